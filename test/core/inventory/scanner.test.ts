/** The CSV record finder's contract: raw field ranges, quote flags, physical line numbers, resumable chunks. */
import { describe, expect, it } from 'vitest';
import { CsvScanner } from '../../../src/core/inventory/csv-scanner.ts';

interface Scanned {
  fields: string[];
  quoted: number[];
  line: number;
  unterminated: boolean;
}

/** Scans `text` pushed in chunks of `size` bytes; returns each record's raw fields. */
function scan(text: string, size = Number.POSITIVE_INFINITY): Scanned[] {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const records: Scanned[] = [];
  const scanner: CsvScanner = new CsvScanner({
    record(count, line, unterminated) {
      const { buf, bounds, quoted, quotedFields } = scanner;
      records.push({
        fields: Array.from({ length: count }, (_, i) =>
          decoder.decode(buf.subarray(bounds[i] + 1, bounds[i + 1])),
        ),
        quoted: Array.from({ length: count }, (_, i) => (quotedFields > 0 ? quoted[i] : 0)),
        line,
        unterminated,
      });
    },
  });
  for (let i = 0; i < bytes.length; i += Math.min(size, bytes.length))
    scanner.push(bytes.subarray(i, i + size));
  scanner.finish();
  return records;
}

describe('CsvScanner', () => {
  it('gives raw field ranges (quotes still in) and marks quoted fields', () => {
    expect(scan('a,"b,c",d\r\n  "x""y" ,,z')).toEqual([
      { fields: ['a', '"b,c"', 'd'], quoted: [0, 1, 0], line: 1, unterminated: false },
      { fields: ['  "x""y" ', '', 'z'], quoted: [1, 0, 0], line: 2, unterminated: false },
    ]);
  });

  it('treats a quote inside an unquoted field, and a lone CR, as text', () => {
    expect(scan('ab"c,d\re\n').map((r) => r.fields)).toEqual([['ab"c', 'd\re']]);
  });

  it('numbers records by their first physical line, counting line breaks inside quotes', () => {
    expect(scan('h\n"1\n2\n3"\n\nx\n').map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h'],
      [2, '"1\n2\n3"'],
      [5, ''],
      [6, 'x'],
    ]);
  });

  it('flags a record left open by an unterminated quote at the end', () => {
    expect(scan('a,b\nc,"d\ne')).toEqual([
      { fields: ['a', 'b'], quoted: [0, 0], line: 1, unterminated: false },
      { fields: ['c', '"d\ne'], quoted: [0, 1], line: 2, unterminated: true },
    ]);
  });

  it('finds the same records whatever the chunk size, with specials at every word alignment', () => {
    const text = Array.from(
      { length: 40 },
      (_, i) => `${'x'.repeat(i % 9)},"${'q'.repeat(i % 5)}""",${i}\r\n`,
    ).join('');
    const whole = scan(text);
    expect(whole).toHaveLength(40);
    expect(whole[7].fields).toEqual(['x'.repeat(7), '"qq"""', '7']);
    for (const size of [1, 2, 3, 5, 7, 64]) expect(scan(text, size)).toEqual(whole);
  });
});
