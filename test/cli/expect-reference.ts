/** Checks CLI JSON output against the independent reference (test/core/report/reference-report.ts). */
import { expect } from 'vitest';
import { type RefCounts, readCsv, referenceReport, refProgress } from '../core/report/reference-report.ts';

export function expectCounts(actual: Record<string, unknown>, expected: RefCounts) {
  const { hosts, migrated, pending, unknown, stale } = expected;
  expect(actual).toMatchObject({ hosts, migrated, pending, unknown, stale });
  const progress = refProgress(expected);
  if (progress === null) expect(actual.progressPercent).toBeNull();
  else expect(actual.progressPercent as number).toBeCloseTo(progress, 10);
}

export function expectJsonMatchesReference(
  json: { teams: Record<string, unknown>[]; totals: Record<string, unknown> },
  csv: string,
  target = 11,
) {
  const ref = referenceReport(readCsv(csv), target, 30);
  expectCounts(json.totals, ref.totals);
  expect(json.teams.map((t) => t.team).sort()).toEqual([...ref.teams.keys()].sort());
  for (const team of json.teams) {
    const expected = ref.teams.get(team.team as string)!;
    expectCounts(team, expected);
    const versions = team.versions as { version: string; count: number; percent: number }[];
    expect(new Map(versions.map((v) => [v.version, v.count]))).toEqual(expected.versions);
    for (const v of versions) expect(v.percent).toBeCloseTo((100 * v.count) / expected.hosts, 10);
  }
}
