/**
 * What changed between two snapshots, host by host: numeric ids are merged in
 * one pass over both sorted id columns; text ids go through a Map. A host that
 * changed team counts in its later team; a removed host in its earlier team.
 */
import { sortOrder } from '../snapshot/sort-order.ts';
import type { Snapshot, SnapshotHosts } from '../snapshot/snapshot.ts';
import { STATE_CODE } from '../snapshot/snapshot.ts';
import type { MovedHost, SnapshotDiff, TeamDiff } from './history-model.ts';
import type { ReportModel } from './report-model.ts';

export interface DiffOptions {
  /** Moved hosts listed per team (default 10). */
  readonly movedPerTeam?: number;
}

interface Tally {
  migrated: number;
  regressed: number;
  added: number;
  removed: number;
  moved: MovedHost[];
}

const MIGRATED = STATE_CODE.migrated;
const stateOf = (h: SnapshotHosts, row: number) => h.state[row] & 3;
const idOf = (h: SnapshotHosts, row: number) => String(h.ids.values[row]);
const versionOf = (h: SnapshotHosts, row: number) => h.version.values[h.version.codes[row]];

/** Row order by ascending numeric id, or null when the rows already are in it. */
function ascending(ids: Float64Array): Uint32Array | null {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1] < ids[i])) return sortOrder(ids);
  return null;
}

/** Calls `both(a, b)`, `onlyA(a)`, `onlyB(b)` for every host, matching rows by id. */
function matchHosts(
  a: SnapshotHosts,
  b: SnapshotHosts,
  both: (ra: number, rb: number) => void,
  onlyA: (ra: number) => void,
  onlyB: (rb: number) => void,
) {
  if (a.ids.kind === 'numeric' && b.ids.kind === 'numeric') {
    const ia = a.ids.values;
    const ib = b.ids.values;
    const oa = ascending(ia);
    const ob = ascending(ib);
    let i = 0;
    let j = 0;
    while (i < a.count || j < b.count) {
      const ra = oa ? oa[i] : i;
      const rb = ob ? ob[j] : j;
      if (j >= b.count || (i < a.count && ia[ra] < ib[rb])) {
        onlyA(ra);
        i++;
      } else if (i >= a.count || ib[rb] < ia[ra]) {
        onlyB(rb);
        j++;
      } else {
        both(ra, rb);
        i++;
        j++;
      }
    }
    return;
  }
  // Text ids (or a change of id kind between exports): compare ids as text.
  const rowOfA = new Map<string, number>();
  for (let i = 0; i < a.count; i++) rowOfA.set(idOf(a, i), i);
  const seen = new Uint8Array(a.count);
  for (let j = 0; j < b.count; j++) {
    const ra = rowOfA.get(idOf(b, j));
    if (ra === undefined) onlyB(j);
    else {
      seen[ra] = 1;
      both(ra, j);
    }
  }
  for (let i = 0; i < a.count; i++) if (!seen[i]) onlyA(i);
}

const delta = (now: number | null | undefined, then: number | null | undefined) =>
  now == null || then == null ? null : now - then;

function teamOrder(earlier: ReportModel, later: ReportModel): string[] {
  const names = later.teams.map((t) => t.team);
  const known = new Set(names);
  for (const t of earlier.teams) if (!known.has(t.team)) names.push(t.team);
  return names;
}

/**
 * The change from `earlier` to `later`.
 *
 * @example diffSnapshots(lastWeek, today).teams[0] // { team: 'Team Blue', migrated: 12, regressed: 1, … }
 */
export function diffSnapshots(earlier: Snapshot, later: Snapshot, options: DiffOptions = {}): SnapshotDiff {
  const limit = options.movedPerTeam ?? 10;
  const a = earlier.hosts;
  const b = later.hosts;
  const names = teamOrder(earlier.report, later.report);
  const tallies = new Map<string, Tally>();
  const tallyOf = (name: string) => {
    const t = tallies.get(name) ?? { migrated: 0, regressed: 0, added: 0, removed: 0, moved: [] };
    tallies.set(name, t);
    return t;
  };
  names.forEach(tallyOf);
  const teamsA = a.team.values.map(tallyOf);
  const teamsB = b.team.values.map(tallyOf);

  const both = (ra: number, rb: number) => {
    const was = stateOf(a, ra) === MIGRATED;
    const is = stateOf(b, rb) === MIGRATED;
    if (was === is) return;
    const t = teamsB[b.team.codes[rb]];
    const change = is ? 'migrated' : 'regressed';
    t[change]++;
    if (t.moved.length < limit)
      t.moved.push({ id: idOf(b, rb), from: versionOf(a, ra), to: versionOf(b, rb), change });
  };
  matchHosts(
    a,
    b,
    both,
    (ra) => teamsA[a.team.codes[ra]].removed++,
    (rb) => teamsB[b.team.codes[rb]].added++,
  );

  const teamNow = new Map(later.report.teams.map((t) => [t.team, t.progressPercent]));
  const teamThen = new Map(earlier.report.teams.map((t) => [t.team, t.progressPercent]));
  const teams: TeamDiff[] = [...tallies].map(([team, t]) => ({
    team,
    progressDeltaPoints: delta(teamNow.get(team), teamThen.get(team)),
    ...t,
  }));
  const sum = (key: 'migrated' | 'regressed' | 'added' | 'removed') => teams.reduce((n, t) => n + t[key], 0);
  return {
    from: earlier.meta.asOf,
    to: later.meta.asOf,
    progressDeltaPoints: delta(later.report.totals.progressPercent, earlier.report.totals.progressPercent),
    migrated: sum('migrated'),
    regressed: sum('regressed'),
    added: sum('added'),
    removed: sum('removed'),
    teams: teams.filter((t) => teamNow.has(t.team) || teamThen.has(t.team) || t.added || t.removed),
  };
}
