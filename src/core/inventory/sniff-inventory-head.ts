/**
 * Looks at the first bytes of an export before any CSV parsing, to name the
 * common wrong answers a server gives: an HTML page (often a login page after
 * the credentials expired), JSON, compressed or other binary data.
 */
import { InventoryFormatError } from './inventory-format-error.ts';

/** How many leading bytes are enough to tell. */
export const SNIFF_BYTES = 4096;

const utf8 = new TextDecoder('utf-8');

/**
 * Throws an InventoryFormatError when `head` (the first bytes, BOM removed) is not CSV text.
 * @example sniffInventoryHead(new TextEncoder().encode('<!DOCTYPE html>')) // throws code 'html'
 */
export function sniffInventoryHead(head: Uint8Array): void {
  if (head[0] === 0x1f && head[1] === 0x8b) {
    throw binary('it is gzip-compressed data that was not declared as gzip');
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw binary('it is a zip archive');
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new InventoryFormatError(
      'binary',
      'The inventory is UTF-16 text; export it as UTF-8 CSV (UTF-8 is the only encoding read).',
    );
  }
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === 0) throw binary(`it contains NUL bytes (first at byte ${i + 1})`);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) controls++;
  }
  // Real exports have no control characters at all; a few percent means binary.
  if (controls > 8 && controls * 50 > head.length) {
    throw binary(`${controls} of its first ${head.length} bytes are control characters`);
  }
  const text = utf8.decode(head).trimStart();
  if (text.startsWith('<')) throw htmlPage(text);
  if (/^[[{]\s*["{[\]}]/.test(text)) {
    throw new InventoryFormatError(
      'json',
      `The inventory is JSON, not CSV (it starts with ${quote(text.slice(0, 40))}). Point the inventory location at the CSV export.`,
    );
  }
}

function binary(why: string): InventoryFormatError {
  return new InventoryFormatError(
    'binary',
    `The inventory is not CSV text: ${why}. If the export is gzip-compressed, name the file *.gz or serve it with Content-Encoding: gzip; otherwise export it as plain CSV.`,
  );
}

function htmlPage(text: string): InventoryFormatError {
  const title = /<title[^>]*>([^<]*)</i.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
  const what = title ? `an HTML page titled ${quote(title.slice(0, 80))}` : 'an HTML page';
  return new InventoryFormatError(
    'html',
    `The inventory is ${what}, not a CSV export (it starts with ${quote(text.slice(0, 30))}). ` +
      'This is usually a login page: check that INVENTORY_AUTHORIZATION is set and not expired, and that the inventory URL points at the CSV export.',
  );
}

/** Quotes untrusted text for a message: no control characters, no line breaks. */
function quote(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return JSON.stringify(text.replace(/[\u0000-\u001f\u007f]+/g, ' '));
}
