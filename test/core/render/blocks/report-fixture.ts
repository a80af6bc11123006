/**
 * Hand-made report models for the Block Kit tests: totals are plain sums here,
 * written independently of the core's report builder.
 */
import type { SnapshotDiff, TeamDiff } from '../../../../src/core/report/history-model.ts';
import type { ReportModel, TeamReport } from '../../../../src/core/report/report-model.ts';

export interface TeamSpec {
  readonly team: string;
  readonly migrated: number;
  readonly pending: number;
  readonly unknown?: number;
  readonly stale?: number;
}

function pct(migrated: number, pending: number): number | null {
  return migrated + pending === 0 ? null : (migrated / (migrated + pending)) * 100;
}

export function teamReport(spec: TeamSpec): TeamReport {
  const unknown = spec.unknown ?? 0;
  const hosts = spec.migrated + spec.pending + unknown;
  const versions = [
    { version: '8.202.b08-85', count: spec.pending, percent: (spec.pending / hosts) * 100 },
    { version: '11.0.2+9-3', count: spec.migrated, percent: (spec.migrated / hosts) * 100 },
    { version: '', count: unknown, percent: (unknown / hosts) * 100 },
  ].filter((v) => v.count > 0);
  const counts = {
    hosts,
    migrated: spec.migrated,
    pending: spec.pending,
    unknown,
    stale: spec.stale ?? 0,
    progressPercent: pct(spec.migrated, spec.pending),
  };
  return {
    team: spec.team,
    ...counts,
    versions,
    environments: [{ name: 'LIVE', ...counts }],
    owners: [],
  };
}

export function makeReport(specs: readonly TeamSpec[]): ReportModel {
  const teams = specs.map(teamReport).sort((a, b) => a.team.localeCompare(b.team));
  const sum = (k: 'hosts' | 'migrated' | 'pending' | 'unknown' | 'stale') =>
    teams.reduce((n, t) => n + t[k], 0);
  const totals = {
    hosts: sum('hosts'),
    migrated: sum('migrated'),
    pending: sum('pending'),
    unknown: sum('unknown'),
    stale: sum('stale'),
    progressPercent: pct(sum('migrated'), sum('pending')),
  };
  const behind = [...teams]
    .sort((a, b) => (a.progressPercent ?? 101) - (b.progressPercent ?? 101) || a.team.localeCompare(b.team))
    .map((t) => t.team);
  return {
    campaign: { name: 'Java 11+ migration', target: 11, goalPercent: 100, deadline: null },
    asOf: '2024-12-01T18:00:00.000Z',
    readAt: '2024-12-02T09:02:41.000Z',
    source: 'inventory.csv',
    totals,
    teams,
    furthestBehind: behind,
    environments: [{ name: 'LIVE', ...totals }],
    distributions: [],
    versions: [
      { version: '8.202.b08-85', major: 8, state: 'pending', count: totals.pending },
      { version: '11.0.2+9-3', major: 11, state: 'migrated', count: totals.migrated },
      { version: '', major: null, state: 'unknown', count: totals.unknown },
    ],
    duplicatesDropped: 0,
    warnings: [],
  };
}

/** Team names that try to ping, link, or reorder text: every renderer must show them inert. */
export const HOSTILE_TEAMS: readonly string[] = [
  '<!channel> Ops',
  '<@U123|x>',
  '<https://evil.example|click me>',
  'R&D',
  'Team\u202eBlue\nX',
];

/** A team's line of a diff: the given change in points, the counts 0 unless given. */
export type TeamDiffSpec = Pick<TeamDiff, 'team' | 'progressDeltaPoints'> & Partial<TeamDiff>;

/**
 * A week's diff from Mon 25 Nov 2024 to Mon 2 Dec 2024: the fleet +3.14 pts,
 * 12 migrated, 1 regressed, 4 new, 2 gone; `teams` as given.
 */
export function makeDiff(teams: readonly TeamDiffSpec[]): SnapshotDiff {
  return {
    from: '2024-11-25T09:00:00Z',
    to: '2024-12-02T09:00:00Z',
    progressDeltaPoints: 3.14,
    migrated: 12,
    regressed: 1,
    added: 4,
    removed: 2,
    teams: teams.map((t) => ({ migrated: 0, regressed: 0, added: 0, removed: 0, moved: [], ...t })),
  };
}
