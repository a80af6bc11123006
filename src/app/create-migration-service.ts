/**
 * The use cases over the ports, without history for now: the inventory is
 * loaded on first use and cached (fleet + report) until `refresh()`; diffs,
 * trends and forecasts are null and `trend()` throws NoHistoryError. History,
 * freshness and snapshots are meant to wrap `loadCurrent` and the views.
 */
import type { Campaign } from '../core/campaign.ts';
import type { Fleet } from '../core/inventory/fleet.ts';
import { hostsCsv } from '../core/render/hosts-csv.ts';
import { buildReport } from '../core/report/build-report.ts';
import { findTeam } from '../core/report/find-team.ts';
import { pendingHosts } from '../core/report/pending-hosts.ts';
import type { ReportModel } from '../core/report/report-model.ts';
import { NoHistoryError } from './no-history-error.ts';
import { pendingCsvFilename } from './pending-csv-filename.ts';
import type { ChartRenderer, Clock, FleetLoader, Logger, Validators } from './ports.ts';
import { TeamNotFoundError } from './team-not-found-error.ts';
import type { MigrationService, StatusView, TeamLookup } from './views.ts';

export interface MigrationServiceDeps {
  readonly loader: FleetLoader;
  readonly campaign: Campaign;
  readonly clock: Clock;
  readonly charts: ChartRenderer;
  readonly logger: Logger;
}

/** What one successful inventory read gives: the cleaned fleet and its report. */
export interface CurrentInventory {
  readonly fleet: Fleet;
  readonly report: ReportModel;
  readonly validators: Validators;
}

const PENDING_SHOWN = 10;

export function createMigrationService(deps: MigrationServiceDeps): MigrationService {
  const { loader, campaign, clock, charts, logger } = deps;
  let current: Promise<CurrentInventory> | null = null;

  async function read(previous: CurrentInventory | null): Promise<CurrentInventory> {
    const result = await loader.load(campaign, previous?.validators);
    if (result.status === 'not-modified') {
      if (previous) return previous;
      throw new Error('inventory loader answered "not modified" to a first read');
    }
    const report = buildReport(result.fleet, campaign, {
      readAt: clock.now(),
      source: result.source,
      warnings: result.warnings,
    });
    logger.info(
      { source: result.source, rows: result.rows, hosts: result.fleet.hosts, durationMs: result.durationMs },
      'inventory read',
    );
    return { fleet: result.fleet, report, validators: result.validators };
  }

  /** The cached inventory; a failed read is not cached, so the next call tries again. */
  function loadCurrent(): Promise<CurrentInventory> {
    if (!current) {
      const reading = read(null);
      current = reading;
      reading.catch(() => {
        if (current === reading) current = null;
      });
    }
    return current;
  }

  const statusOf = ({ report }: CurrentInventory): StatusView => ({ report, diff: null, notes: [] });

  async function teamHosts(query: string) {
    const inventory = await loadCurrent();
    const match = findTeam(inventory.report, query, campaign.teamAliases);
    if (match.kind !== 'found') return { inventory, match, hosts: [] };
    return { inventory, match, hosts: pendingHosts(inventory.fleet, match.team.team, campaign.target) };
  }

  return {
    status: async () => statusOf(await loadCurrent()),

    async team(query): Promise<TeamLookup> {
      const { inventory, match, hosts } = await teamHosts(query);
      if (match.kind !== 'found') return match;
      return {
        kind: 'found',
        view: {
          report: inventory.report,
          team: match.team,
          pending: hosts.slice(0, PENDING_SHOWN),
          pendingTotal: hosts.length,
          diff: null,
          trend: null,
          forecast: null,
          notes: [],
        },
      };
    },

    async pendingCsv(team) {
      const { inventory, match, hosts } = await teamHosts(team);
      if (match.kind !== 'found')
        throw new TeamNotFoundError(team, match.suggestions, match.kind === 'ambiguous');
      return {
        filename: pendingCsvFilename(match.team.team, inventory.report.asOf),
        csv: hostsCsv(hosts),
        rows: hosts.length,
      };
    },

    trend: async () => {
      throw new NoHistoryError('trend');
    },

    async refresh() {
      const previous = current ? await current.catch(() => null) : null;
      const next = await read(previous);
      current = Promise.resolve(next);
      return statusOf(next);
    },

    heatmapPng: (report) => charts.heatmap(report),
    trendPng: (trend) => charts.trend(trend),
  };
}
