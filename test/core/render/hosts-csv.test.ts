import { describe, expect, it } from 'vitest';
import { csvCell, hostsCsv } from '../../../src/core/render/hosts-csv.ts';
import { readCsv } from '../report/reference-report.ts';

const host = (
  version: string,
  extra: Partial<{ id: string; environment: string; distribution: string }> = {},
) => ({
  id: '1',
  distribution: 'Jessie [8]',
  environment: 'LIVE',
  version,
  state: 'pending' as const,
  stale: false,
  ...extra,
});

describe('hostsCsv', () => {
  it('writes a header and one CRLF-terminated line a host', () => {
    expect(hostsCsv([host('8u202'), { ...host(''), id: '2', state: 'unknown', stale: true }])).toBe(
      'host,environment,distribution,version,state,stale\r\n1,LIVE,Jessie [8],8u202,pending,no\r\n2,LIVE,Jessie [8],,unknown,yes\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['8.202.b08-66', '8.202.b08-66'],
    ['', ''],
  ])('cell %j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('round-trips through an RFC 4180 reader, formulas neutralised', () => {
    const hosts = [host('x,"y"\nz', { environment: '=1+1', distribution: '-cmd' })];
    const [row] = readCsv(hostsCsv(hosts));
    expect(row).toEqual({
      host: '1',
      environment: "'=1+1",
      distribution: "'-cmd",
      version: 'x,"y"\nz',
      state: 'pending',
      stale: 'no',
    });
  });
});
