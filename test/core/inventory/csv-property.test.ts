/**
 * Property-based tests of the CSV reader (issue 8): any bytes give an Inventory
 * or an InventoryFormatError; valid tables written as CSV and cut into random
 * chunks read back to the same values; line endings and a BOM change nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from '../../../src/core/campaign.ts';
import { createInventoryReader } from '../../../src/core/inventory/create-inventory-reader.ts';
import type { Inventory } from '../../../src/core/inventory/inventory.ts';
import { InventoryFormatError } from '../../../src/core/inventory/inventory-format-error.ts';

const HEADER = [
  'CMDB_Id',
  'Distribution',
  'Architecture',
  'Environment',
  'Team',
  'Last seen',
  'Last modified',
  'Installed version',
];
const encoder = new TextEncoder();

/** A minimal RFC 4180 writer, independent of the reader: quote when needed, double the quotes. */
function writeCsv(rows: readonly (readonly string[])[], eol: string): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return rows.map((row) => row.map(cell).join(',')).join(eol) + eol;
}

/** Reads `bytes` pushed as chunks ending at the given cut points ('bytewise': one byte a chunk). */
function readInChunks(
  bytes: Uint8Array,
  cuts: readonly number[] | 'bytewise',
  maxBadRowsPercent = 1,
): Inventory {
  const reader = createInventoryReader(DEFAULT_COLUMNS, { maxBadRowsPercent });
  if (cuts === 'bytewise') {
    for (let i = 0; i < bytes.length; i++) reader.push(bytes.subarray(i, i + 1));
    return reader.end();
  }
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(bytes.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  reader.push(bytes.subarray(from));
  return reader.end();
}

function columnsOf(inv: Inventory) {
  const cells = (c: Inventory['team']) => Array.from(c.codes, (code) => c.values[code]);
  return {
    ids: Array.from(inv.ids.values as ArrayLike<number | string>),
    distribution: cells(inv.distribution),
    environment: cells(inv.environment),
    team: cells(inv.team),
    lastSeen: cells(inv.lastSeen),
    version: cells(inv.version),
  };
}

// Cell text: printable text mixed with the characters CSV has to escape.
const cellText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', ' ', '\t', 'é', '🚀', 'ß', '\u200F', '\uFEFF'),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));
const trimmedId = (id: string) => id.replace(/^[ \t]+|[ \t]+$/g, '');
const hostId = fc.oneof(
  fc.integer({ min: 0, max: 999_999_999_999_999 }).map(String),
  cellText.filter((id) => trimmedId(id) !== ''),
);
const row = fc.tuple(hostId, cellText, cellText, cellText, cellText, cellText, cellText, cellText);
const table = fc.array(row, { minLength: 1, maxLength: 40 });

// The reader holds back the first 4 KiB for its content sniff; padding rows in
// front make the scanner see the random part in the chunks as pushed.
const PADDING = Array.from({ length: 60 }, (_, i) => [
  String(5000 + i),
  'Debian 9.8',
  'amd64',
  'LIVE',
  'Team Pad',
  '2019-04-29 06:42',
  '2019-04-29 06:42',
  '11.0.2+9-3(amd64)',
]);

function expected(rows: readonly string[][]) {
  const ids = rows.map((r) => trimmedId(r[0]));
  const numeric = ids.every((id) => /^(0|[1-9][0-9]{0,14})$/.test(id));
  return {
    ids: numeric ? ids.map(Number) : ids,
    distribution: rows.map((r) => r[1]),
    environment: rows.map((r) => r[3]),
    team: rows.map((r) => r[4]),
    lastSeen: rows.map((r) => r[5]),
    version: rows.map((r) => r[7]),
  };
}

describe('CSV reader properties', () => {
  it('valid tables cut into random chunks read back to the same values', () => {
    fc.assert(
      fc.property(table, fc.option(fc.array(fc.nat(), { maxLength: 12 })), (rows, cuts) => {
        const bytes = encoder.encode(writeCsv([HEADER, ...PADDING, ...rows], '\n'));
        const inv = readInChunks(bytes, cuts === null ? 'bytewise' : cuts.map((c) => c % (bytes.length + 1)));
        expect(inv.rows).toBe(PADDING.length + rows.length);
        expect(inv.warnings).toEqual([]);
        expect(columnsOf(inv)).toEqual(expected([...PADDING, ...rows]));
      }),
      { numRuns: 300 },
    );
  });

  it('CRLF or LF line endings and a BOM give identical inventories', () => {
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const lf = encoder.encode(writeCsv([HEADER, ...PADDING, ...rows], '\n'));
        const crlfBom = encoder.encode(`\uFEFF${writeCsv([HEADER, ...PADDING, ...rows], '\r\n')}`);
        const a = columnsOf(readInChunks(lf, []));
        const b = columnsOf(
          readInChunks(
            crlfBom,
            cuts.map((c) => c % (crlfBom.length + 1)),
          ),
        );
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary bytes give an Inventory or an InventoryFormatError, nothing else', () => {
    const validCsv = encoder.encode(writeCsv([HEADER, ['1', 'D', 'a', 'E', 'T', 'L', 'M', 'V']], '\n'));
    const mutated = fc
      .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
      .map((edits) => {
        const bytes = Uint8Array.from(validCsv);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        return bytes;
      });
    const textLike = fc
      .array(fc.constantFrom(...'CMDB_Id,Team"\r\n ;\t|<{x1'.split('')), { maxLength: 300 })
      .map((chars) => encoder.encode(chars.join('')));
    // After 4 KiB of good rows, garbage reaches the streaming scanner rather than the sniff.
    const padded = encoder.encode(writeCsv([HEADER, ...PADDING], '\n'));
    const garbageAfterRows = fc
      .oneof(fc.uint8Array({ maxLength: 300 }), textLike)
      .map((tail) => Uint8Array.from([...padded, ...tail]));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 600 }), mutated, textLike, garbageAfterRows);
    fc.assert(
      fc.property(
        bytes,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.integer({ min: 0, max: 100 }),
        (input, cuts, max) => {
          try {
            const inv = readInChunks(
              input,
              cuts.map((c) => c % (input.length + 1)),
              max,
            );
            expect(inv.rows).toBeGreaterThan(0);
            expect(inv.team.codes.length).toBe(inv.rows);
            expect(inv.ids.values.length).toBe(inv.rows);
          } catch (error) {
            if (!(error instanceof InventoryFormatError)) throw error;
            expect(error.message.length).toBeGreaterThan(20);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
