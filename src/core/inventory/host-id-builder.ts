/**
 * Builds the host id column while the scanner reads. Ids stay numbers (8 bytes
 * a host, no string per row) while every id is a plain integer of at most 15
 * digits (exact in a double); the first other id switches the whole column to
 * text. A leading zero also means text: `007` and `7` must stay two hosts.
 * Spaces and tabs around an id are dropped in both forms (they never belong to
 * an identifier), so a text id reads the same whether it came first or later.
 */
import type { HostIds } from './inventory.ts';
import { trimToLength } from './trim-to-length.ts';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export class HostIdBuilder {
  private numbers: Float64Array | null = new Float64Array(1 << 14);
  private texts: string[] | null = null;
  private length = 0;

  /** Appends the cell `buf[start, end)` (`view` over `buf`); returns false (and appends nothing) when it is blank. */
  push(buf: Uint8Array, view: DataView, start: number, end: number): boolean {
    let s = start;
    let e = end;
    while (s < e && (buf[s] === 32 || buf[s] === 9)) s++;
    while (e > s && (buf[e - 1] === 32 || buf[e - 1] === 9)) e--;
    if (s === e) return false;
    const numbers = this.numbers;
    if (numbers !== null) {
      const value = e - s <= 15 && (buf[s] !== 48 || e - s === 1) ? digitsValue(buf, view, s, e) : -1;
      if (value >= 0) {
        if (this.length === numbers.length) this.growNumbers();
        this.numbers![this.length++] = value;
        return true;
      }
      this.switchToText();
    }
    this.texts!.push(decode(buf, s, e));
    this.length++;
    return true;
  }

  /** Makes room for `rows` ids in all, so a known-size export needs no growth copies. */
  reserve(rows: number): void {
    if (this.numbers === null || rows <= this.numbers.length) return;
    const numbers = new Float64Array(rows);
    numbers.set(this.numbers.subarray(0, this.length));
    this.numbers = numbers;
  }

  build(): HostIds {
    if (this.numbers !== null) return { kind: 'numeric', values: trimToLength(this.numbers, this.length) };
    return { kind: 'text', values: this.texts! };
  }

  private growNumbers(): void {
    const bigger = new Float64Array(this.numbers!.length * 2);
    bigger.set(this.numbers!);
    this.numbers = bigger;
  }

  private switchToText(): void {
    const texts: string[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) texts[i] = String(this.numbers![i]);
    this.texts = texts;
    this.numbers = null;
  }
}

/** The integer value of an all-digit range, or -1. Four digits at a time (SWAR) where it can. */
function digitsValue(buf: Uint8Array, view: DataView, start: number, end: number): number {
  let value = 0;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const x = view.getInt32(i, true);
    // Every byte 0x30-0x39: high nibble 3, and still 3 after adding 6.
    if ((x & 0xf0f0f0f0) !== 0x30303030 || ((x + 0x06060606) & 0xf0f0f0f0) !== 0x30303030) return -1;
    let v = x - 0x30303030; // digit bytes, most significant first (lowest byte)
    v = (v * 10 + (v >>> 8)) & 0x00ff00ff; // two 2-digit numbers
    v = (v * 100 + (v >>> 16)) & 0xffff; // one 4-digit number
    value = value * 10000 + v;
  }
  for (; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function decode(buf: Uint8Array, start: number, end: number): string {
  // Short ASCII ids (the usual case) are cheaper to build by char code than through TextDecoder.
  if (end - start <= 32) {
    let text = '';
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c > 127) return utf8.decode(buf.subarray(start, end));
      text += String.fromCharCode(c);
    }
    return text;
  }
  return utf8.decode(buf.subarray(start, end));
}
