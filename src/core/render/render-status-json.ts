/**
 * The fleet report as JSON for machines (`java-migration status --json`):
 * `{ target, totals, teams: [{ team, ..., versions: [{ version, count, percent }] }] }`
 * plus context keys. progressPercent is null when nothing is migrated or
 * pending; version is the cleaned string (`""` for blank); percent is full precision.
 *
 * @example JSON.parse(renderStatusJson(report)).teams[0].versions[1] // { version: '8.202.b08-85', count: 40, percent: 95.23809523809524 }
 */
import type { SnapshotDiff } from '../report/history-model.ts';
import { countsOnly } from '../report/counts-only.ts';
import type { ReportModel } from '../report/report-model.ts';
import { teamJson } from './render-team-json.ts';

/** With `history`, the JSON gains `diff`: the change since last week (null without history). */
export function renderStatusJson(
  report: ReportModel,
  history?: { readonly diff: SnapshotDiff | null },
): string {
  const json = {
    target: report.campaign.target,
    campaign: report.campaign,
    asOf: report.asOf,
    readAt: report.readAt,
    source: report.source,
    totals: countsOnly(report.totals),
    teams: report.teams.map(teamJson),
    furthestBehind: report.furthestBehind,
    environments: report.environments.map((e) => ({ name: e.name, ...countsOnly(e) })),
    distributions: report.distributions.map((d) => ({ name: d.name, ...countsOnly(d) })),
    versions: report.versions.map((v) => ({
      version: v.version,
      major: v.major,
      state: v.state,
      count: v.count,
    })),
    duplicatesDropped: report.duplicatesDropped,
    warnings: report.warnings,
    ...(history ? { diff: history.diff } : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
