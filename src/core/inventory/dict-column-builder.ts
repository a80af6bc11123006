/**
 * Builds one dictionary-encoded column while the scanner reads: a growable
 * Uint32Array of codes plus a byte-level intern table for the values.
 */
import { ByteInternTable } from './byte-intern-table.ts';
import type { DictColumn } from './inventory.ts';
import { trimToLength } from './trim-to-length.ts';

export class DictColumnBuilder {
  private readonly table = new ByteInternTable();
  private codes = new Uint32Array(1 << 14);
  private length = 0;

  /** Appends the cell `buf[start, end)`; `view` is a DataView over `buf`. */
  push(buf: Uint8Array, view: DataView, start: number, end: number): void {
    if (this.length === this.codes.length) {
      const codes = new Uint32Array(this.codes.length * 2);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.codes[this.length++] = this.table.intern(buf, view, start, end);
  }

  /** Makes room for `rows` cells in all, so a known-size export needs no growth copies. */
  reserve(rows: number): void {
    if (rows <= this.codes.length) return;
    const codes = new Uint32Array(rows);
    codes.set(this.codes.subarray(0, this.length));
    this.codes = codes;
  }

  build(): DictColumn {
    return { codes: trimToLength(this.codes, this.length), values: this.table.values };
  }
}
