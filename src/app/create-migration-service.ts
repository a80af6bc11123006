/**
 * The use cases over the ports. The inventory is read on first use and cached
 * for `freshnessMs` (until `refresh()` without it; see current-inventory.ts).
 * With `history`, views gain the change since last week, trends and
 * forecasts, and a failed read answers from the last good snapshot; without
 * it, diffs, trends and forecasts are null and `trend()` throws NoHistoryError
 * (as it does until history holds two snapshots).
 */
import type { Campaign } from '../core/campaign.ts';
import { hostsCsv } from '../core/render/hosts-csv.ts';
import { findTeam } from '../core/report/find-team.ts';
import { pendingHostRows, pendingHostsAt } from '../core/report/pending-hosts.ts';
import { type CurrentInventory, createCurrentInventory, type InventoryAnswer } from './current-inventory.ts';
import type { History } from './history.ts';
import { inventoryFailureNotes } from './history-notes.ts';
import { NoHistoryError } from './no-history-error.ts';
import { pendingCsvFilename } from './pending-csv-filename.ts';
import type { ChartRenderer, Clock, FleetLoader, Logger } from './ports.ts';
import type { SnapshotEvents } from './snapshot-events.ts';
import { TeamNotFoundError } from './team-not-found-error.ts';
import type { MigrationService, StatusView, TeamLookup } from './views.ts';

export interface MigrationServiceDeps {
  readonly loader: FleetLoader;
  readonly campaign: Campaign;
  readonly clock: Clock;
  readonly charts: ChartRenderer;
  readonly logger: Logger;
  /** How long a read stays fresh (config `inventory.freshnessMs`); default: until `refresh()`. */
  readonly freshnessMs?: number;
  /** Snapshots, diffs, trends and forecasts (`createHistory`); none without it. */
  readonly history?: History;
  /** Answer from the latest stored snapshot when there is one, reading the source only without (no source configured). */
  readonly preferHistory?: boolean;
  /** New snapshots of `history`'s store (`notifyNewSnapshots`), offered as the service's `onSnapshot`. */
  readonly snapshotEvents?: SnapshotEvents;
}

const PENDING_SHOWN = 10;

export function createMigrationService(deps: MigrationServiceDeps): MigrationService {
  const { loader, campaign, clock, charts, logger, history } = deps;
  const inventory = createCurrentInventory({
    loader,
    campaign,
    clock,
    freshnessMs: deps.freshnessMs ?? Number.POSITIVE_INFINITY,
    lastGood: history?.lastGood,
    preferLastGood: deps.preferHistory,
    logger,
  });

  async function statusOf(answer: InventoryAnswer): Promise<StatusView> {
    const { report } = answer.current;
    const notes = inventoryFailureNotes(answer);
    if (!history) return { report, diff: null, notes };
    const past = await history.status(answer.current);
    return { report, diff: past.diff, notes: [...notes, ...past.notes] };
  }

  // Pending rows per read and team (null: the fleet), found once: a million-host scan per command adds up.
  const pendingByRead = new WeakMap<CurrentInventory, Map<string | null, Uint32Array>>();
  function pendingRows(current: CurrentInventory, team: string | null): Uint32Array {
    let byTeam = pendingByRead.get(current);
    if (!byTeam) {
      byTeam = new Map();
      pendingByRead.set(current, byTeam);
    }
    let rows = byTeam.get(team);
    if (!rows) {
      rows = pendingHostRows(current.fleet, team, campaign.target);
      byTeam.set(team, rows);
    }
    return rows;
  }

  function teamHosts(query: string, current: CurrentInventory) {
    const match = findTeam(current.report, query, campaign.teamAliases);
    if (match.kind !== 'found') return { match, rows: new Uint32Array(0) };
    return { match, rows: pendingRows(current, match.team.team) };
  }

  return {
    status: async () => statusOf(await inventory.get()),

    async team(query): Promise<TeamLookup> {
      const answer = await inventory.get();
      const { match, rows } = teamHosts(query, answer.current);
      if (match.kind !== 'found') return match;
      const past = history
        ? await history.team(answer.current, match.team.team)
        : { diff: null, trend: null, forecast: null, notes: [] };
      return {
        kind: 'found',
        view: {
          report: answer.current.report,
          team: match.team,
          pending: pendingHostsAt(answer.current.fleet, rows, false, 0, PENDING_SHOWN),
          pendingTotal: rows.length,
          diff: past.diff,
          trend: past.trend,
          forecast: past.forecast,
          notes: [...inventoryFailureNotes(answer), ...past.notes],
        },
      };
    },

    async pendingCsv(team) {
      const { current } = await inventory.get();
      if (team === null) {
        const rows = pendingRows(current, null);
        return {
          filename: pendingCsvFilename('fleet', current.report.asOf),
          csv: hostsCsv(pendingHostsAt(current.fleet, rows, true), true),
          rows: rows.length,
        };
      }
      const { match, rows } = teamHosts(team, current);
      if (match.kind !== 'found')
        throw new TeamNotFoundError(team, match.suggestions, match.kind === 'ambiguous');
      return {
        filename: pendingCsvFilename(match.team.team, current.report.asOf),
        csv: hostsCsv(pendingHostsAt(current.fleet, rows, false)),
        rows: rows.length,
      };
    },

    trend: async () => {
      if (!history) throw new NoHistoryError('trend');
      const answer = await inventory.get();
      const past = await history.trend(answer.current);
      // One snapshot is not a trend; with history down the note says why there is only one.
      if (past.trend.fleet.points.length < 2 && past.notes.length === 0) throw new NoHistoryError('trend');
      return {
        report: answer.current.report,
        trend: past.trend,
        notes: [...inventoryFailureNotes(answer), ...past.notes],
      };
    },

    refresh: async () => statusOf(await inventory.refresh()),

    heatmapPng: (report) => charts.heatmap(report),
    trendPng: (trend) => charts.trend(trend),
    ...(deps.snapshotEvents ? { onSnapshot: deps.snapshotEvents.onSnapshot } : {}),
  };
}
