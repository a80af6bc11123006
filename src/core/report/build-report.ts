/**
 * The one report model from a cleaned fleet. Hosts are first collapsed into a
 * small cube of counts (typed arrays), then every figure is computed from the
 * cube with Arquero verbs: totals, per team, per environment, per
 * distribution, and the article's version x team percentage table.
 *
 * @example buildReport(fleet, campaign, { readAt, source: 'cmdb.csv', warnings: [] }).totals.progressPercent // 62.4
 */
import { op, table } from 'arquero';
import type { Campaign } from '../campaign.ts';
import type { Fleet } from '../inventory/fleet.ts';
import { buildCube } from './build-cube.ts';
import { compareVersions } from './compare-versions.ts';
import { hostState } from './host-state.ts';
import type { NamedCounts, ReportModel, TeamReport, VersionInfo, VersionShare } from './report-model.ts';
import { countsOf, type GroupCounts, sumCounts, withStateColumns } from './rollup-counts.ts';
import { sortEnvironments, sortFurthestBehind, teamCollator } from './report-order.ts';

export interface BuildReportOptions {
  /** When the inventory was read (the caller's clock). */
  readonly readAt: Date;
  /** Display name of the source (no credentials). */
  readonly source: string;
  /** Warnings from reading the export, shown with the report. */
  readonly warnings: readonly string[];
}

type Row = Record<string, unknown>;

function named<K extends string>(rows: readonly GroupCounts<K>[], key: K): NamedCounts[] {
  return rows.map((r) => ({
    name: r[key],
    hosts: r.hosts,
    migrated: r.migrated,
    pending: r.pending,
    unknown: r.unknown,
    stale: r.stale,
    progressPercent: r.progressPercent,
  }));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function unreadableLastSeen(fleet: Fleet): number {
  let n = 0;
  for (let i = 0; i < fleet.hosts; i++) if (Number.isNaN(fleet.lastSeen[i])) n++;
  return n;
}

export function buildReport(fleet: Fleet, campaign: Campaign, options: BuildReportOptions): ReportModel {
  const cube = buildCube(fleet, campaign.target);
  const counted = withStateColumns(table(cube.cells));
  // The big cube is grouped three times; every coarser figure is summed from those small results.
  const byTeamEnvironment = sumCounts(counted, ['team', 'environment']);
  const byTeam = sumCounts(byTeamEnvironment, ['team']);
  const byTeamVersion = counted.groupby('team', 'version', 'major').rollup({ count: op.sum('hosts') });
  const teams = countsOf<'team'>(byTeam);

  const versions: VersionInfo[] = (
    byTeamVersion
      .groupby('version', 'major')
      .rollup({ count: op.sum('count') })
      .objects() as Row[]
  )
    .map((r) => ({
      version: r.version as string,
      major: r.major as number | null,
      state: hostState(r.major as number | null, campaign.target),
      count: r.count as number,
    }))
    .sort((a, b) => compareVersions(a.version, b.version));
  const versionRank = new Map(versions.map((v, i) => [v.version, i]));

  // The article's table: count(team, version) / count(team) x 100, blank versions included.
  const shares = byTeamVersion
    .join(byTeam.select('team', 'hosts'), 'team')
    .derive({ percent: (d: Row) => (100 * (d.count as number)) / (d.hosts as number) })
    .objects() as Row[];
  const sharesByTeam = groupBy(shares, (r) => r.team as string);

  const environmentsByTeam = groupBy(countsOf<'team' | 'environment'>(byTeamEnvironment), (r) => r.team);

  const teamReports: TeamReport[] = teams
    .map(({ team, ...counts }) => ({
      team,
      ...counts,
      versions: (sharesByTeam.get(team) ?? [])
        .map(
          (r): VersionShare => ({
            version: r.version as string,
            count: r.count as number,
            percent: r.percent as number,
          }),
        )
        .sort((a, b) => versionRank.get(a.version)! - versionRank.get(b.version)!),
      environments: sortEnvironments(named(environmentsByTeam.get(team) ?? [], 'environment')),
      owners: campaign.teamOwners[team] ?? [],
    }))
    .sort((a, b) => teamCollator.compare(a.team, b.team));

  const missingLastSeen = unreadableLastSeen(fleet);
  const warnings = [...options.warnings];
  if (missingLastSeen > 0) {
    warnings.push(`${missingLastSeen} host(s) have no readable "Last seen" and are counted as stale`);
  }

  return {
    campaign: {
      name: campaign.name,
      target: campaign.target,
      goalPercent: campaign.goalPercent,
      deadline: campaign.deadline,
    },
    asOf: Number.isNaN(fleet.asOf) ? null : new Date(fleet.asOf).toISOString(),
    readAt: options.readAt.toISOString(),
    source: options.source,
    totals: countsOf(sumCounts(byTeam, []))[0],
    teams: teamReports,
    furthestBehind: sortFurthestBehind(teamReports).map((t) => t.team),
    environments: sortEnvironments(
      named(countsOf<'environment'>(sumCounts(byTeamEnvironment, ['environment'])), 'environment'),
    ),
    distributions: named(countsOf<'distribution'>(table(cube.distributions)), 'distribution').sort(
      (a, b) => b.hosts - a.hosts || teamCollator.compare(a.name, b.name),
    ),
    versions,
    duplicatesDropped: fleet.duplicatesDropped,
    warnings,
  };
}
