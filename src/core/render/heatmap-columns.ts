/**
 * Which versions the heatmap shows as columns. Columns are grouped by state
 * (pending, then migrated, then unknown) and keep the model's version order
 * inside each group, so the band under the axis is one run per state. Past
 * `maxVersions`, the rarest versions (fleet-wide host count) are summed into
 * one `other` column per state, so a summed column never mixes migrated and
 * pending hosts.
 */
import type { HostState } from '../inventory/fleet.ts';
import type { ReportModel, VersionInfo } from '../report/report-model.ts';

export interface HeatmapColumn {
  /** Axis label: the version, `(blank)`, or `N other versions` (the band says which state). */
  readonly name: string;
  /** Cleaned version strings summed in this column (one for a plain column). */
  readonly versions: readonly string[];
  readonly state: HostState;
  /** Hosts fleet-wide. */
  readonly count: number;
  readonly other: boolean;
}

export interface HeatmapColumns {
  readonly columns: readonly HeatmapColumn[];
  readonly summedVersions: number;
  readonly summedHosts: number;
}

const STATE_ORDER: readonly HostState[] = ['pending', 'migrated', 'unknown'];

const plain = (info: VersionInfo): HeatmapColumn => ({
  name: info.version === '' ? '(blank)' : info.version,
  versions: [info.version],
  state: info.state,
  count: info.count,
  other: false,
});

/** The `keep` most common versions (ties: earlier in version order). */
const mostCommon = (versions: readonly VersionInfo[], keep: number): Set<string> =>
  new Set(
    versions
      .map((info, index) => ({ info, index }))
      .sort((a, b) => b.info.count - a.info.count || a.index - b.index)
      .slice(0, keep)
      .map(({ info }) => info.version),
  );

const statesOf = (versions: readonly VersionInfo[]): number => new Set(versions.map((v) => v.state)).size;

/**
 * Columns for the heatmap: at most `maxVersions`, grouped by state, rare versions summed.
 * @example heatmapColumns(report, 30).columns.map((c) => c.name) // ['8.202.b08-66', ..., '(blank)']
 */
export function heatmapColumns(report: ReportModel, maxVersions: number): HeatmapColumns {
  const all = report.versions;
  const limit = Math.max(STATE_ORDER.length + 1, Math.floor(maxVersions));
  let kept = new Set(all.map((v) => v.version));
  if (all.length > limit) {
    // Each state that loses a version needs an `other` column; shrink until both fit.
    let keep = limit - 1;
    for (;;) {
      kept = mostCommon(all, keep);
      const dropped = all.filter((v) => !kept.has(v.version));
      if (keep + statesOf(dropped) <= limit) break;
      keep -= 1;
    }
  }
  const columns: HeatmapColumn[] = [];
  let summedVersions = 0;
  let summedHosts = 0;
  for (const state of STATE_ORDER) {
    const inState = all.filter((v) => v.state === state);
    columns.push(...inState.filter((v) => kept.has(v.version)).map(plain));
    const dropped = inState.filter((v) => !kept.has(v.version));
    if (dropped.length === 0) continue;
    const count = dropped.reduce((sum, v) => sum + v.count, 0);
    summedVersions += dropped.length;
    summedHosts += count;
    columns.push({
      name: `${dropped.length} other versions`,
      versions: dropped.map((v) => v.version),
      state,
      count,
      other: true,
    });
  }
  return { columns, summedVersions, summedHosts };
}
