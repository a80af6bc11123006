/**
 * Holds back the first few KiB of an export so the content sniff sees them
 * before any CSV parsing (an HTML page must not be reported as missing
 * columns), and drops a UTF-8 byte order mark.
 */
import { SNIFF_BYTES, sniffInventoryHead } from './sniff-inventory-head.ts';

export class HeadHoldback {
  private parts: Uint8Array[] | null = [];
  private bytes = 0;

  /** Whether the head has been released; later chunks go straight to the scanner. */
  get released(): boolean {
    return this.parts === null;
  }

  /** Keeps `chunk`; returns the sniffed head (BOM removed) once there are enough bytes, else null. */
  push(chunk: Uint8Array): Uint8Array | null {
    this.parts!.push(chunk.slice()); // the caller may reuse its buffer
    this.bytes += chunk.length;
    return this.bytes >= SNIFF_BYTES ? this.release() : null;
  }

  /** Sniffs and returns what was held (BOM removed); throws InventoryFormatError when it is not CSV text. */
  release(): Uint8Array {
    const head = new Uint8Array(this.bytes);
    let offset = 0;
    for (const part of this.parts!) {
      head.set(part, offset);
      offset += part.length;
    }
    this.parts = null;
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const text = head.subarray(bom);
    sniffInventoryHead(text.subarray(0, SNIFF_BYTES));
    return text;
  }
}
