/**
 * Turns the raw bytes of a quoted field into its value: the surrounding quotes
 * go, doubled quotes become one, blanks outside the quotes go. Text after the
 * closing quote (`"a"b`, not valid RFC 4180) is kept as it is rather than lost.
 */
export class FieldUnquoter {
  bytes = new Uint8Array(256);
  view = new DataView(this.bytes.buffer);

  /** Writes the value of the quoted field `buf[start, end)` to `this.bytes`; returns its length. */
  unquote(buf: Uint8Array, start: number, end: number): number {
    if (end - start > this.bytes.length) {
      this.bytes = new Uint8Array(Math.max(end - start, this.bytes.length * 2));
      this.view = new DataView(this.bytes.buffer);
    }
    const out = this.bytes;
    let i = start;
    while (i < end && buf[i] !== 34) i++;
    i++;
    let n = 0;
    while (i < end) {
      const c = buf[i];
      if (c === 34) {
        if (i + 1 < end && buf[i + 1] === 34) {
          out[n++] = 34;
          i += 2;
          continue;
        }
        i++;
        break;
      }
      out[n++] = c;
      i++;
    }
    let j = i;
    while (j < end && (buf[j] === 32 || buf[j] === 9)) j++;
    if (j < end) while (i < end) out[n++] = buf[i++];
    return n;
  }
}
