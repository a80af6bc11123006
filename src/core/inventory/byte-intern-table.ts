/**
 * Byte-level string interning for dictionary-encoded columns: a fleet has few
 * distinct teams, versions and environments, so hashing the cell's bytes and
 * comparing them to the stored bytes is much cheaper than making a JS string
 * per cell. A string is decoded only for a new distinct value. Bytes are
 * hashed and compared four at a time through DataViews (unaligned reads).
 *
 * In front of the hash table sits a direct-mapped cache keyed by the length and
 * five sampled words (the first 8 bytes, 4 from the middle, the last 8), which
 * it also stores: those cover every byte of a value of up to 20 bytes (teams,
 * versions, dates), so a hit needs no other read. Cache collisions only cost a
 * miss (the full lookup), never a long probe chain.
 */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const CACHE_SIZE = 1024;

export class ByteInternTable {
  /** Distinct values, in order of first appearance: code i is `values[i]`. */
  readonly values: string[] = [];
  private slots = new Int32Array(64); // entry index + 1; 0 = empty (open addressing, linear probing)
  private mask = 63;
  private hashes = new Int32Array(16);
  private offsets = new Int32Array(16);
  private lengths = new Int32Array(16);
  private arena = new Uint8Array(1024);
  private arenaView = new DataView(this.arena.buffer);
  private arenaUsed = 0;
  // Per cache slot: code + 1 (0 = empty), length, the five sampled words, unused.
  private readonly cache = new Int32Array(CACHE_SIZE * 8);

  /** Code of the text in `buf[start, end)` (`view` is a DataView over `buf`), adding it when new. */
  intern(buf: Uint8Array, view: DataView, start: number, end: number): number {
    const length = end - start;
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    let w3 = 0;
    let w4 = 0;
    if (length >= 8) {
      w0 = view.getInt32(start, true);
      w1 = view.getInt32(start + 4, true);
      if (length > 16) w2 = view.getInt32(start + (length >> 1) - 2, true);
      w3 = view.getInt32(end - 8, true);
      w4 = view.getInt32(end - 4, true);
    } else if (length >= 4) {
      w0 = view.getInt32(start, true);
      w4 = view.getInt32(end - 4, true);
    } else if (length > 0) {
      w0 = buf[start] | (buf[end - 1] << 8) | (buf[start + (length >> 1)] << 16);
    }
    // Independent multiplies (no dependency chain): only a cache index, collisions cost a miss.
    let h =
      (Math.imul(w0 ^ length, 0x9e3779b1) +
        Math.imul(w1, 0x85ebca6b) +
        Math.imul(w2, 0xc2b2ae35) +
        Math.imul(w3, 0x27d4eb2f) +
        Math.imul(w4, 0x165667b1)) |
      0;
    h ^= h >>> 15;
    const k = ((h ^ (h >>> 9)) & (CACHE_SIZE - 1)) << 3;
    const cache = this.cache;
    if (
      cache[k + 1] === length &&
      cache[k + 2] === w0 &&
      cache[k + 3] === w1 &&
      cache[k + 4] === w2 &&
      cache[k + 5] === w3 &&
      cache[k + 6] === w4 &&
      cache[k] !== 0
    ) {
      const cached = cache[k] - 1;
      if (length <= 20 || this.equals(cached, buf, view, start, end, 0)) return cached;
    }
    const code = this.lookup(buf, view, start, end);
    cache[k] = code + 1;
    cache[k + 1] = length;
    cache[k + 2] = w0;
    cache[k + 3] = w1;
    cache[k + 4] = w2;
    cache[k + 5] = w3;
    cache[k + 6] = w4;
    return code;
  }

  private lookup(buf: Uint8Array, view: DataView, start: number, end: number): number {
    const h = hashBytes(buf, view, start, end);
    const length = end - start;
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const entry = slots[slot];
      if (entry === 0) return this.add(buf, start, end, h, slot);
      const code = entry - 1;
      if (
        this.hashes[code] === h &&
        this.lengths[code] === length &&
        this.equals(code, buf, view, start, end, 0)
      ) {
        return code;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether `buf[start, end)` equals the bytes of `code` from offset `skip` on. */
  private equals(
    code: number,
    buf: Uint8Array,
    view: DataView,
    start: number,
    end: number,
    skip: number,
  ): boolean {
    const arena = this.arena;
    const arenaView = this.arenaView;
    let j = this.offsets[code] + skip;
    let i = start;
    for (; i + 4 <= end; i += 4, j += 4)
      if (arenaView.getInt32(j, true) !== view.getInt32(i, true)) return false;
    for (; i < end; i++, j++) if (arena[j] !== buf[i]) return false;
    return true;
  }

  private add(buf: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const code = this.values.length;
    const length = end - start;
    if (code === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.offsets = grow(this.offsets);
      this.lengths = grow(this.lengths);
    }
    if (this.arenaUsed + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
      arena.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = arena;
      this.arenaView = new DataView(arena.buffer);
    }
    this.arena.set(buf.subarray(start, end), this.arenaUsed);
    this.hashes[code] = h;
    this.offsets[code] = this.arenaUsed;
    this.lengths[code] = length;
    this.arenaUsed += length;
    this.values.push(utf8.decode(buf.subarray(start, end)));
    this.slots[slot] = code + 1;
    // Keep the load factor under 1/2 so probe chains stay short.
    if ((code + 1) * 2 > this.slots.length) this.rehash();
    return code;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let code = 0; code < this.values.length; code++) {
      let slot = this.hashes[code] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A 32-bit hash of `buf[start, end)`, mixed so its low bits (the slot) depend on every byte. */
function hashBytes(buf: Uint8Array, view: DataView, start: number, end: number): number {
  let h = Math.imul(end - start, 0x9e3779b1);
  let i = start;
  for (; i + 4 <= end; i += 4) h = Math.imul(h ^ view.getInt32(i, true), 0x85ebca6b) ^ (h >>> 13);
  for (; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
