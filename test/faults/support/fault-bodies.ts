/** The bodies a misbehaving inventory server sends: a login page, a gzip bomb that is a plausible export, garbage. */
import { gzipSync } from 'node:zlib';

export const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login">' +
  '<input name="user"><input type="password" name="password"></form></body></html>\n';

/**
 * A gzip bomb that is a plausible export: the header, then one row repeated to
 * 64 MiB, about 1000:1 on the wire. Only a size limit counted after
 * decompression stops it (zeros would be refused earlier, as binary).
 */
let bomb: Buffer | null = null;
export function gzipBomb(csv: Buffer): Buffer {
  if (bomb) return bomb;
  const header = csv.subarray(0, csv.indexOf(10) + 1);
  const row = csv.subarray(header.length, csv.indexOf(10, header.length) + 1);
  const block = Buffer.concat(Array.from({ length: Math.ceil(65536 / row.length) }, () => row));
  const body = Buffer.concat([header, ...Array.from({ length: 1024 }, () => block)]);
  bomb = gzipSync(body, { level: 9 });
  return bomb;
}

/** Deterministic bytes that are no CSV at all (mostly non-text, with NULs). */
export function garbage(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 0x2545f491;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
