/**
 * The trend model: the fleet's line, the lines of the teams furthest behind
 * (plus any team asked for), and a forecast for the fleet and every team.
 */
import type { Campaign } from '../campaign.ts';
import type { SnapshotSummary } from '../snapshot/snapshot.ts';
import { forecast } from './forecast.ts';
import type { TrendModel } from './history-model.ts';
import { sortFurthestBehind } from './report-order.ts';
import { latestPerAsOf, trendSeries } from './trend-series.ts';

export interface TrendOptions {
  /** Forecast "now" (ISO 8601); default: the newest summary's asOf. */
  readonly asOf?: string;
  /** How many of the teams furthest behind get a line (default 5). */
  readonly teamsShown?: number;
  /** Teams that get a line whatever their rank (e.g. the one a user asked for). */
  readonly include?: readonly string[];
}

/**
 * Trend and forecasts from snapshot summaries.
 *
 * @example buildTrend(summaries, campaign).forecasts.fleet.doneOn // '2024-08-12'
 */
export function buildTrend(
  summaries: readonly SnapshotSummary[],
  campaign: Pick<Campaign, 'goalPercent' | 'deadline'> & { readonly name?: string },
  options: TrendOptions = {},
): TrendModel {
  const ordered = latestPerAsOf(summaries);
  const asOf = options.asOf ?? ordered.at(-1)?.asOf ?? new Date(0).toISOString();
  const until = Date.parse(asOf);
  const latest = ordered.filter((s) => Date.parse(s.asOf) <= until).at(-1);
  const behind = sortFurthestBehind((latest?.teams ?? []).map((t) => ({ ...t, team: t.name }))).map(
    (t) => t.team,
  );
  const shown = [...new Set([...behind.slice(0, options.teamsShown ?? 5), ...(options.include ?? [])])];
  const predict = (name: string | null) =>
    forecast(trendSeries(ordered, name), campaign.goalPercent, campaign.deadline, asOf);
  return {
    fleet: trendSeries(ordered, null),
    teams: shown.map((team) => trendSeries(ordered, team)),
    forecasts: { fleet: predict(null), teams: behind.map(predict) },
    ...(campaign.name === undefined
      ? {}
      : { campaign: { name: campaign.name, goalPercent: campaign.goalPercent } }),
  };
}
