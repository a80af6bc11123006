import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from '../../../src/core/campaign.ts';
import { createInventoryReader } from '../../../src/core/inventory/create-inventory-reader.ts';
import type { Inventory } from '../../../src/core/inventory/inventory.ts';
import { InventoryFormatError } from '../../../src/core/inventory/inventory-format-error.ts';
import { parseInventory } from '../../../src/core/inventory/parse-inventory.ts';

const HEADER = 'CMDB_Id,Distribution,Architecture,Environment,Team,Last seen,Last modified,Installed version';
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string, maxBadRowsPercent = 1) =>
  parseInventory(utf8(text), DEFAULT_COLUMNS, { maxBadRowsPercent });

/** Each kept row as [id, distribution, environment, team, last seen, version]. */
function rowsOf(inv: Inventory): string[][] {
  const cell = (c: Inventory['team'], i: number) => c.values[c.codes[i]];
  return Array.from({ length: inv.rows }, (_, i) => [
    String(inv.ids.values[i]),
    cell(inv.distribution, i),
    cell(inv.environment, i),
    cell(inv.team, i),
    cell(inv.lastSeen, i),
    cell(inv.version, i),
  ]);
}

function failure(run: () => unknown): InventoryFormatError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InventoryFormatError);
    return error as InventoryFormatError;
  }
  throw new Error('expected an InventoryFormatError');
}

describe('reading a well-formed export', () => {
  it('keeps the six needed columns as raw text, dictionary-encoded, ids numeric', () => {
    const inv = read(
      `${HEADER}\n` +
        '101,Debian 8.11,amd64,LIVE,Team Blue,2019-04-29 06:42,2019-04-29 06:42,8.202.b08-66(amd64)\n' +
        '102,Debian 9.8,arm64,dev, Team Red ,2019-04-28 06:42,x,\n' +
        '103,Debian 8.11,amd64,LIVE,Team Blue,2019-04-29 06:42,y,11.0.2+9-3\n',
    );
    expect(inv.rows).toBe(3);
    expect(inv.ids).toEqual({ kind: 'numeric', values: new Float64Array([101, 102, 103]) });
    expect(rowsOf(inv)).toEqual([
      ['101', 'Debian 8.11', 'LIVE', 'Team Blue', '2019-04-29 06:42', '8.202.b08-66(amd64)'],
      ['102', 'Debian 9.8', 'dev', ' Team Red ', '2019-04-28 06:42', ''],
      ['103', 'Debian 8.11', 'LIVE', 'Team Blue', '2019-04-29 06:42', '11.0.2+9-3'],
    ]);
    expect(inv.team.values).toEqual(['Team Blue', ' Team Red ']);
    expect(Array.from(inv.team.codes)).toEqual([0, 1, 0]);
    expect(inv.warnings).toEqual([]);
  });

  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', () => {
    const inv = read(
      `${HEADER}\n` +
        '1,"Debian, 8","a,b",LIVE,"Team ""Q"" Blue",2019-04-29,"multi\nline",8u212\n' +
        '2,x,y,"LI\r\nVE","",t,u,"1.8.0_202"\n',
    );
    expect(rowsOf(inv)).toEqual([
      ['1', 'Debian, 8', 'LIVE', 'Team "Q" Blue', '2019-04-29', '8u212'],
      ['2', 'x', 'LI\r\nVE', '', 't', '1.8.0_202'],
    ]);
  });

  it('matches header names trimmed and case-insensitively, in any order, after a BOM', () => {
    const inv = read(
      '\uFEFF installed VERSION ,team,  cmdb_id,"Environment ",Last Seen,distribution\r\n' +
        '17,Team Blue,5,QA,2019-01-01,Debian 10.1\r\n',
    );
    expect(rowsOf(inv)).toEqual([['5', 'Debian 10.1', 'QA', 'Team Blue', '2019-01-01', '17']]);
  });

  it('reads CRLF, skips blank lines, and keeps a last line without a newline', () => {
    const inv = read(`\r\n${HEADER}\r\n\r\n1,D,a,E,T,L,M,V\r\n   \r\n2,D,a,E,T,L,M,W`);
    expect(rowsOf(inv).map((r) => r[5])).toEqual(['V', 'W']);
    expect(inv.warnings).toEqual([]);
  });

  it('decodes non-ASCII UTF-8 team names', () => {
    const inv = read(`${HEADER}\n1,D,a,E,Équipe Zoë 🚀,L,M,V\n2,D,a,E,チーム青,L,M,V\n`);
    expect(inv.team.values).toEqual(['Équipe Zoë 🚀', 'チーム青']);
  });

  it('falls back to text ids when one id is not a plain integer of at most 15 digits', () => {
    expect(read(`${HEADER}\n12,D,a,E,T,L,M,V\nhost-7,D,a,E,T,L,M,V\n`).ids).toEqual({
      kind: 'text',
      values: ['12', 'host-7'],
    });
    expect(read(`${HEADER}\n12,D,a,E,T,L,M,V\n007,D,a,E,T,L,M,V\n`).ids).toEqual({
      kind: 'text',
      values: ['12', '007'],
    });
    expect(read(`${HEADER}\n1234567890123456,D,a,E,T,L,M,V\n`).ids.kind).toBe('text');
    expect(read(`${HEADER}\n123456789012345,D,a,E,T,L,M,V\n`).ids).toEqual({
      kind: 'numeric',
      values: new Float64Array([123456789012345]),
    });
  });

  it('skips rows with a blank host id and says which lines', () => {
    const inv = read(`${HEADER}\n1,D,a,E,T,L,M,V\n  ,D,a,E,T,L,M,V\n"",D,a,E,T,L,M,V\n4,D,a,E,T,L,M,V\n`);
    expect(inv.rows).toBe(2);
    expect(inv.warnings).toEqual([
      {
        code: 'blank-id',
        count: 2,
        lines: [3, 4],
        message: '2 rows have a blank CMDB_Id and were skipped: lines 3 and 4.',
      },
    ]);
  });

  it('gives the same inventory for any split of the bytes into chunks', () => {
    // The reader holds back the first 4 KiB for the content sniff, so the tricky rows
    // come after a padding that long: there the scanner sees the chunks as pushed.
    const padding = Array.from(
      { length: 70 },
      (_, i) => `${1000 + i},Debian 9.8,amd64,LIVE,Team Pad,2019-04-29 06:42,2019-04-29 06:42,11.0.2+9-3\r\n`,
    ).join('');
    const tricky =
      '1,"Deb""ian",a,"LI\r\nVE",Équipe Zoë,L,"x,y",8u\r\n\r\n' +
      '2,D,a,E,"T ""2""",L,M,"11"\r\n3,D,a,E,T,"x"",y","a""\nb",V';
    const bytes = utf8(`\uFEFF${HEADER}\r\n${padding}${tricky}`);
    const expectedTail = [
      ['1', 'Deb"ian', 'LI\r\nVE', 'Équipe Zoë', 'L', '8u'],
      ['2', 'D', 'E', 'T "2"', 'L', '11'],
      ['3', 'D', 'E', 'T', 'x",y', 'V'],
    ];
    const check = (inv: Inventory) => {
      const rows = rowsOf(inv);
      expect(rows.length).toBe(73);
      expect(rows[0]).toEqual(['1000', 'Debian 9.8', 'LIVE', 'Team Pad', '2019-04-29 06:42', '11.0.2+9-3']);
      expect(rows.slice(70)).toEqual(expectedTail);
    };
    const trickyStart = bytes.length - utf8(tricky).length;
    for (let cut = 0; cut <= bytes.length; cut += cut < trickyStart - 8 ? 61 : 1) {
      const reader = createInventoryReader(DEFAULT_COLUMNS);
      reader.push(bytes.subarray(0, cut));
      reader.push(bytes.subarray(cut));
      check(reader.end());
    }
    const bytewise = createInventoryReader(DEFAULT_COLUMNS);
    for (let i = 0; i < bytes.length; i++) bytewise.push(bytes.subarray(i, i + 1));
    check(bytewise.end());
  });

  it('counts physical lines, including line breaks inside quoted fields, in warnings', () => {
    const inv = read(`${HEADER}\n1,D,a,"two\nlines",T,L,M,V\n,D,a,E,T,L,M,V\n`);
    expect(inv.warnings[0].lines).toEqual([4]);
  });
});

describe('exports that are not a usable inventory', () => {
  it('empty file', () => {
    const error = failure(() => read(''));
    expect(error.code).toBe('empty');
    expect(error.message).toBe(
      'The inventory is empty (0 bytes): the export produced no data. Check the export job or the inventory location.',
    );
    expect(failure(() => read('\n\r\n  \n')).message).toMatch(
      /no header row: its 6 bytes are only blank lines/,
    );
  });

  it('header only', () => {
    const error = failure(() => read(`${HEADER}\r\n\r\n`));
    expect(error.code).toBe('no-data-rows');
    expect(error.message).toMatch(
      /^The inventory has a header but no data rows \(columns: CMDB_Id, Distribution,/,
    );
  });

  it('an HTML login page (an expired INVENTORY_AUTHORIZATION)', () => {
    const page =
      '\n  <!DOCTYPE html>\n<html><head><title>Sign in · CMDB</title></head><body>Log in</body></html>';
    const error = failure(() => read(page));
    expect(error.code).toBe('html');
    expect(error.message).toContain(
      'The inventory is an HTML page titled "Sign in · CMDB", not a CSV export',
    );
    expect(error.message).toContain('login page: check that INVENTORY_AUTHORIZATION is set and not expired');
  });

  it('JSON instead of CSV', () => {
    const error = failure(() => read('[{"CMDB_Id": 1}]'));
    expect(error.code).toBe('json');
    expect(error.message).toMatch(
      /^The inventory is JSON, not CSV \(it starts with "\[\{\\"CMDB_Id\\": 1\}\]"\)/,
    );
  });

  it('missing required columns: names them and lists the columns found', () => {
    const error = failure(() =>
      read('CMDB_Id,Distro,Environment,Squad,Last seen,Installed version\n1,a,b,c,d,e\n'),
    );
    expect(error.code).toBe('missing-columns');
    expect(error.message).toBe(
      'The inventory is missing required columns: "Distribution", "Team". Columns found: "CMDB_Id", "Distro", ' +
        '"Environment", "Squad", "Last seen", "Installed version". Column names come from the config (columns:); fix the export or the config.',
    );
  });

  it('a first line that is data, not a header', () => {
    const error = failure(() => read('1,Debian 8.11,amd64,LIVE,Team Blue,2019,2019,8u\n'));
    expect(error.message).toContain('None of the expected columns is there: is the first line a header row');
  });

  it.each([
    [';', 'semicolons (";")'],
    ['\t', 'tabs'],
    ['|', 'pipes ("|")'],
  ])('another delimiter (%j) is named', (delimiter, words) => {
    const text = `${HEADER.split(',').join(delimiter)}\n${'1,D,a,E,T,L,M,V'.split(',').join(delimiter)}\n`;
    const error = failure(() => read(text));
    expect(error.code).toBe('wrong-delimiter');
    expect(error.message).toMatch(
      new RegExp(
        `^The inventory is separated by ${words.replace(/[(|")]/g, '\\$&')}, but commas \\(","\\) are expected`,
      ),
    );
  });

  it('no line break in the first MiB', () => {
    const error = failure(() => read('x'.repeat(1_100_000)));
    expect(error.code).toBe('header-too-long');
    expect(error.message).toBe(
      'The inventory has no header line in its first 1 MiB: it is not a CSV export (or has no line breaks).',
    );
  });

  it('a required column twice', () => {
    const error = failure(() => read(`${HEADER},team\n1,D,a,E,T,L,M,V,X\n`));
    expect(error.code).toBe('duplicate-columns');
    expect(error.message).toBe(
      'The inventory header has the column "Team" twice (columns 5 and 9); keep one so it is clear which to read.',
    );
  });

  it.each([
    [
      'NUL bytes',
      Uint8Array.from([...utf8('CMDB_Id,Team\n'), 0, 1, 2]),
      /it contains NUL bytes \(first at byte 14\)/,
    ],
    [
      'gzip not declared',
      Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]),
      /gzip-compressed data that was not declared as gzip/,
    ],
    ['a zip archive', Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0]), /it is a zip archive/],
  ])('binary data: %s', (_, bytes, message) => {
    const error = failure(() => parseInventory(bytes, DEFAULT_COLUMNS));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(message);
    expect(error.message).toContain('name the file *.gz or serve it with Content-Encoding: gzip');
  });

  it('UTF-16 text', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x43, 0, 0x4d, 0]);
    expect(failure(() => parseInventory(bytes, DEFAULT_COLUMNS)).message).toBe(
      'The inventory is UTF-16 text; export it as UTF-8 CSV (UTF-8 is the only encoding read).',
    );
  });
});

describe('ragged rows policy', () => {
  const good = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => `${from + i},D,a,E,T,L,M,V\n`).join('');

  it('skips them with a warning at or under maxBadRowsPercent', () => {
    // 198 good rows + 2 ragged = 200 data rows: 1 % exactly.
    const text = `${HEADER}\n${good(50)}51,D,a,E,T\n${good(100, 52)}x,y,z,1,2,3,4,5,6\n${good(48, 153)}`;
    const inv = read(text, 1);
    expect(inv.rows).toBe(198);
    expect(inv.warnings).toEqual([
      {
        code: 'ragged-rows',
        count: 2,
        lines: [52, 153],
        message:
          '2 of 200 data rows (1.00 %) do not have the 8 fields of the header: lines 52 and 153. They were skipped.',
      },
    ]);
  });

  it('fails with the count and line numbers above it', () => {
    const ragged = Array.from({ length: 12 }, () => '1,2,3\n').join('');
    const error = failure(() => read(`${HEADER}\n${good(88)}${ragged}`, 1));
    expect(error.code).toBe('ragged-rows');
    expect(error.message).toBe(
      '12 of 100 data rows (12.0 %) do not have the 8 fields of the header: lines 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, … (first 10 of 12). ' +
        'That is more than the 1 % allowed (inventory.maxBadRowsPercent), so the inventory was not loaded. ' +
        'A comma or quote inside an unquoted value is the usual cause: fix the export or quote such values.',
    );
  });

  it('treats an unterminated quote at the end of input as a truncated row', () => {
    const inv = read(`${HEADER}\n${good(200)}201,D,a,E,"Team Bl`, 1);
    expect(inv.rows).toBe(200);
    expect(inv.warnings[0].message).toBe(
      '1 of 201 data rows (0.50 %) do not have the 8 fields of the header: line 202. ' +
        'The row at line 202 has a quoted field that never closes: the export may be truncated. They were skipped.',
    );
    const error = failure(() => read(`${HEADER}\n1,D,a,E,T,L,M,V\n2,D,a,"E,T,L,M,V\n3,D,a,E,T,L,M,V\n`, 1));
    expect(error.message).toContain('The row at line 3 has a quoted field that never closes');
  });

  it('with maxBadRowsPercent 0 any ragged row fails', () => {
    expect(failure(() => read(`${HEADER}\n${good(1000)}1,2\n`, 0)).code).toBe('ragged-rows');
  });
});
