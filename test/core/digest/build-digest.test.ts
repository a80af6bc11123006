import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.ts';
import { campaignFor, seriesSnapshots } from '../../support/digest-series.ts';
import { DATES, DEADLINE, fixtureDigest, OPS, PLANS } from './digest-fixture.ts';

const DAY = 86_400_000;
const last = (p: { migrated: readonly number[] }) => p.migrated[p.migrated.length - 1];
const prior = (p: { migrated: readonly number[] }) => p.migrated[p.migrated.length - 2];
const pct = (m: number, n: number) => (m / n) * 100;

function seriesReport() {
  const snapshots = seriesSnapshots(PLANS, campaignFor(PLANS, DEADLINE), DATES);
  return snapshots[snapshots.length - 1].report;
}

describe('buildDigest', () => {
  const model = fixtureDigest();
  const team = (name: string) => {
    const t = model.teams.find((x) => x.team === name);
    if (!t) throw new Error(`no ${name}`);
    return t;
  };

  it('gives the fleet progress and its change since the previous digest', () => {
    const hosts = PLANS.reduce((n, p) => n + p.hosts, 0);
    const now = PLANS.reduce((n, p) => n + last(p), 0);
    const then = PLANS.reduce((n, p) => n + prior(p), 0);
    expect(model.totals.hosts).toBe(hosts);
    expect(model.totals.migrated).toBe(now);
    expect(model.totals.progressPercent).toBeCloseTo(pct(now, hosts), 9);
    expect(model.change?.progressDeltaPoints).toBeCloseTo(pct(now, hosts) - pct(then, hosts), 9);
    const up = PLANS.reduce((n, p) => n + Math.max(0, last(p) - prior(p)), 0);
    const down = PLANS.reduce((n, p) => n + Math.max(0, prior(p) - last(p)), 0);
    expect(model.change).toMatchObject({ migrated: up, regressed: down, added: 0, removed: 0 });
    expect(model.change?.since).toBe(DATES[2]);
  });

  it('orders teams furthest behind first, with their change in points and regressed hosts', () => {
    const expected = [...PLANS]
      .sort((a, b) => pct(last(a), a.hosts) - pct(last(b), b.hosts))
      .map((p) => p.team);
    expect(model.teams.map((t) => t.team)).toEqual(expected);
    for (const p of PLANS) {
      const t = team(p.team);
      expect(t.deltaPoints).toBeCloseTo(pct(last(p), p.hosts) - pct(prior(p), p.hosts), 9);
      expect(t.regressed).toBe(Math.max(0, prior(p) - last(p)));
      expect(t.migratedSince).toBe(Math.max(0, last(p) - prior(p)));
    }
  });

  it('names the teams furthest behind, late ones with how late, and regressions', () => {
    expect(model.behind).toEqual(['Team Red', 'Team Plum']);
    // Plum: 10, 15, 15, 20 % a week apart -> least squares 3 pts a week; 80 pts to go.
    const doneOn = new Date(Date.parse(DATES[3]) + (80 / 3) * 7 * DAY).toISOString().slice(0, 10);
    const daysLate = Math.round((Date.parse(doneOn) - Date.parse(DEADLINE)) / DAY);
    expect(daysLate).toBeGreaterThan(0);
    expect(model.late).toEqual([
      { team: 'Team Red', daysLate: null, doneOn: null },
      { team: 'Team Plum', daysLate, doneOn },
    ]);
    expect(model.regressed).toEqual([{ team: 'Team Amber', hosts: 1 }]);
    // Green finishes 75 pts / 5 a week = 15 weeks out: before the deadline, so not late.
    expect(team('Team Green').forecast?.status).toBe('on-track');
  });

  it('mentions owners only for teams that need action', () => {
    expect(model.needsAction).toEqual(['Team Red', 'Team Plum', 'Team Amber']);
    expect(team('Team Red').reasons).toEqual(['behind', 'late']);
    expect(team('Team Amber').reasons).toEqual(['regressed']);
    expect(team('Team Plum').mentions).toEqual(['U0PLUM', 'S0PLUMOPS']);
    for (const quiet of ['Team Blue', 'Team Green', OPS]) {
      expect(team(quiet).reasons).toEqual([]);
      expect(team(quiet).mentions).toEqual([]);
    }
  });

  it('has no late teams without a deadline, and no change without a diff', () => {
    const noDeadline = fixtureDigest(PLANS, { behindCount: 2 }, null);
    expect(noDeadline.late).toEqual([]);
    expect(noDeadline.needsAction).toEqual(['Team Red', 'Team Plum', 'Team Amber']);
    expect(noDeadline.teams.find((t) => t.team === 'Team Red')?.reasons).toEqual(['behind']);
    const report = seriesReport();
    const bare = buildDigest({ slot: DATES[3], report, diff: null, trend: null }, { behindCount: 2 });
    expect(bare.change).toBeNull();
    expect(bare.fleetForecast).toBeNull();
    expect(bare.teams.every((t) => t.deltaPoints === null && t.regressed === 0)).toBe(true);
    expect(bare.needsAction).toEqual(['Team Red', 'Team Plum']);
  });
});
