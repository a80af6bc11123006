/**
 * Hosts as an RFC 4180 CSV (CRLF line ends, fields with `,` `"` or line
 * breaks quoted, quotes doubled) that is also safe to open in a spreadsheet:
 * a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be
 * run as a formula, so it gets a leading `'` (the usual neutralisation; the
 * value stays readable). Inventory text is untrusted, so every cell is treated.
 *
 * @example hostsCsv([{ id: '1', distribution: 'Jessie [8]', environment: 'LIVE', version: '=cmd', state: 'pending', stale: false }])
 *   // 'host,environment,distribution,version,state,stale\r\n1,LIVE,Jessie [8],\'=cmd,pending,no\r\n'
 */
import type { PendingHost } from '../report/view-model.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const HEADER = ['host', 'environment', 'distribution', 'version', 'state', 'stale'];
const TEAM = 'team';

/** One cell, neutralised then quoted as needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV; a `team` column first when the hosts carry their team (a fleet-wide list). */
export function hostsCsv(
  hosts: readonly PendingHost[],
  withTeam = hosts.some((h) => h.team !== undefined),
): string {
  const lines = [(withTeam ? [TEAM, ...HEADER] : HEADER).join(',')];
  for (const h of hosts) {
    const cells = [h.id, h.environment, h.distribution, h.version, h.state, h.stale ? 'yes' : 'no'];
    lines.push((withTeam ? [h.team ?? '', ...cells] : cells).map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
