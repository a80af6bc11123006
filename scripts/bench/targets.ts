/** The targets as table rows: what was measured, the limit, and PASS / FAIL / SKIP. */

export type Verdict = 'PASS' | 'FAIL' | 'SKIP';

export interface TargetRow {
  readonly name: string;
  readonly measured: string;
  readonly limit: string;
  readonly verdict: Verdict;
}

/**
 * A row for `value` against an upper `limit`; SKIP when `value` is null.
 * `shown` is how the measurement reads (default: `value` as `unit` shows it).
 */
export function atMost(
  name: string,
  value: number | null,
  limit: number,
  unit: (n: number) => string,
  shown?: string,
): TargetRow {
  const limitText = `≤ ${unit(limit)}`;
  if (value === null || Number.isNaN(value)) {
    return { name, measured: shown ?? 'not measured', limit: limitText, verdict: 'SKIP' };
  }
  return {
    name,
    measured: shown ?? unit(value),
    limit: limitText,
    verdict: value <= limit ? 'PASS' : 'FAIL',
  };
}

export function formatTable(rows: readonly TargetRow[]): string {
  const head = ['target', 'measured', 'limit', 'result'];
  const cells = rows.map((r) => [r.name, r.measured, r.limit, r.verdict]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
