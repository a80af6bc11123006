/**
 * The rules of one migration campaign, as the core needs them. Read from the
 * YAML config by `src/config.ts`; the core never reads files or the environment.
 */
import type { ColumnRole } from './inventory/inventory.ts';

export interface Campaign {
  /** Shown in titles: "Java 11+ migration". */
  readonly name: string;
  /** Java major a host must reach to count as migrated. */
  readonly target: number;
  /** Percent of hosts that counts as "done" for the forecast (default 100). */
  readonly goalPercent: number;
  /** Campaign deadline, `YYYY-MM-DD`, or null. */
  readonly deadline: string | null;
  /** Header name per column role. */
  readonly columns: Readonly<Record<ColumnRole, string>>;
  /** Hosts not seen for more than this many days before the export's newest `Last seen` are stale. */
  readonly staleDays: number;
  /** Alias (lower-case) -> canonical team name, for lookups and for merging renamed teams. */
  readonly teamAliases: Readonly<Record<string, string>>;
  /** Canonical team name -> Slack user / user-group ids (`U…`, `S…`) to mention. */
  readonly teamOwners: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_COLUMNS: Readonly<Record<ColumnRole, string>> = Object.freeze({
  id: 'CMDB_Id',
  distribution: 'Distribution',
  environment: 'Environment',
  team: 'Team',
  lastSeen: 'Last seen',
  version: 'Installed version',
});

export const DEFAULT_CAMPAIGN: Campaign = Object.freeze({
  name: 'Java 11+ migration',
  target: 11,
  goalPercent: 100,
  deadline: null,
  columns: DEFAULT_COLUMNS,
  staleDays: 30,
  teamAliases: Object.freeze({}),
  teamOwners: Object.freeze({}),
});
