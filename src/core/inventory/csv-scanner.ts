/**
 * The byte-level CSV record finder under the inventory reader (RFC 4180):
 * pushed chunks of any size, it finds records and the byte range of each field
 * without making a string per row, and hands each record to its sink.
 *
 * Chunk boundaries may fall anywhere (inside a quoted field, between CR and LF,
 * inside a multi-byte character): the unfinished record is kept and the scan
 * resumes where it stopped, so no byte is scanned twice.
 *
 * Choices for input RFC 4180 leaves open: a quote opens a quoted field only at
 * the start of a field (after optional spaces/tabs); elsewhere it is text. A
 * record ends at LF; a CR right before it is dropped; a lone CR is text.
 */
const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/**
 * Called per record. Field i is `buf[bounds[i] + 1, bounds[i + 1])`: `bounds`
 * holds the position before the record, each comma, and the end of the last
 * field. When `quotedFields` > 0, `quoted[i]` is 1 for fields that need unquoting.
 */
export interface RecordSink {
  record(fieldCount: number, line: number, unterminated: boolean): void;
}

export class CsvScanner {
  buf: Uint8Array = new Uint8Array(1 << 16);
  /** A DataView over `buf`, for word-at-a-time reads. */
  view = new DataView(this.buf.buffer);
  bounds = new Int32Array(64);
  quoted = new Uint8Array(64);
  /** Quoted fields in the current record. */
  quotedFields = 0;
  private len = 0;
  private recStart = 0;
  private pos = 0;
  private fieldIdx = 0;
  private inQuote = false;
  private line = 1;
  private recLine = 1;

  constructor(private readonly sink: RecordSink) {
    this.bounds[0] = -1;
  }

  /** Bytes of the record not finished yet. */
  get pendingBytes(): number {
    return this.len - this.recStart;
  }

  push(chunk: Uint8Array): void {
    this.append(chunk);
    this.scan(false);
  }

  /** End of input: a last record without a newline, or one inside an unterminated quote, is emitted too. */
  finish(): void {
    this.scan(true);
    const fieldStart = this.bounds[this.fieldIdx] + 1;
    if (this.fieldIdx > 0 || fieldStart < this.len || this.inQuote) {
      let end = this.len;
      if (!this.inQuote && end > fieldStart && this.buf[end - 1] === CR) end--;
      if (this.fieldIdx + 1 >= this.bounds.length) this.growFields(this.fieldIdx + 2);
      this.bounds[this.fieldIdx + 1] = end;
      this.emit(this.fieldIdx + 1, this.inQuote);
    }
    this.recStart = this.pos = this.len;
    this.fieldIdx = 0;
    this.bounds[0] = this.len - 1;
    this.inQuote = false;
  }

  private emit(count: number, unterminated: boolean): void {
    this.sink.record(count, this.recLine, unterminated);
    if (this.quotedFields > 0) {
      this.quoted.fill(0, 0, count);
      this.quotedFields = 0;
    }
  }

  private append(chunk: Uint8Array): void {
    const keep = this.len - this.recStart;
    const shift = this.recStart;
    if (keep + chunk.length > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, keep + chunk.length));
      bigger.set(this.buf.subarray(shift, this.len));
      this.buf = bigger;
      this.view = new DataView(bigger.buffer);
    } else if (shift > 0) {
      this.buf.copyWithin(0, shift, this.len);
    }
    this.buf.set(chunk, keep);
    this.len = keep + chunk.length;
    this.recStart = 0;
    this.pos -= shift;
    for (let i = 0; i <= this.fieldIdx; i++) this.bounds[i] -= shift;
  }

  private growFields(min: number): void {
    const size = Math.max(min, this.bounds.length * 2);
    const bounds = new Int32Array(size);
    const quoted = new Uint8Array(size);
    bounds.set(this.bounds);
    quoted.set(this.quoted);
    this.bounds = bounds;
    this.quoted = quoted;
  }

  // The hot loop: state lives in locals and is written back on return.
  private scan(final: boolean): void {
    const buf = this.buf;
    const view = this.view;
    const len = this.len;
    const wordEnd = len - 3;
    let pos = this.pos;
    let fieldIdx = this.fieldIdx;
    let inQuote = this.inQuote;
    let line = this.line;
    let bounds = this.bounds;
    let fieldStart = bounds[fieldIdx] + 1;
    while (pos < len) {
      if (inQuote) {
        while (pos < len) {
          const c = buf[pos];
          if (c === QUOTE) {
            if (pos + 1 < len) {
              if (buf[pos + 1] === QUOTE) {
                pos += 2;
                continue;
              }
            } else if (!final) {
              break; // `"` or `""`? The next chunk decides.
            }
            inQuote = false;
            pos++;
            break;
          }
          if (c === LF) line++;
          pos++;
        }
        if (inQuote) break;
      }
      while (pos < len) {
        // Skip four bytes at a time while none is a comma, LF or quote (SWAR zero-byte test);
        // the lowest flagged byte is exactly the first special one.
        while (pos < wordEnd) {
          const x = view.getInt32(pos, true);
          const a = x ^ 0x2c2c2c2c;
          const b = x ^ 0x0a0a0a0a;
          const d = x ^ 0x22222222;
          const m =
            (((a - 0x01010101) & ~a) | ((b - 0x01010101) & ~b) | ((d - 0x01010101) & ~d)) & 0x80808080;
          if (m !== 0) {
            pos += (31 - Math.clz32(m & -m)) >> 3;
            break;
          }
          pos += 4;
        }
        if (pos >= len) break;
        const c = buf[pos];
        if (c === COMMA) {
          if (++fieldIdx >= bounds.length) {
            this.growFields(fieldIdx + 1);
            bounds = this.bounds;
          }
          bounds[fieldIdx] = pos;
          fieldStart = ++pos;
        } else if (c === LF) {
          if (fieldIdx + 1 >= bounds.length) this.growFields(fieldIdx + 2);
          this.bounds[fieldIdx + 1] = pos > fieldStart && buf[pos - 1] === CR ? pos - 1 : pos;
          this.emit(fieldIdx + 1, false);
          bounds = this.bounds;
          line++;
          this.recLine = line;
          bounds[0] = pos;
          this.recStart = fieldStart = ++pos;
          fieldIdx = 0;
        } else if (c === QUOTE && onlyBlanks(buf, fieldStart, pos)) {
          inQuote = true;
          this.quoted[fieldIdx] = 1;
          this.quotedFields++;
          pos++;
          break;
        } else {
          pos++;
        }
      }
    }
    this.pos = pos;
    this.fieldIdx = fieldIdx;
    this.inQuote = inQuote;
    this.line = line;
  }
}

function onlyBlanks(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== 32 && buf[i] !== 9) return false;
  return true;
}
