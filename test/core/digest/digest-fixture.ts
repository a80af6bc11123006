/**
 * A five-week series whose every digest figure can be worked out by hand:
 * Blue is quick (+20 pts a week), Green steady (+5), Plum slow (3 pts a week
 * by least squares: 10, 15, 15, 20 %), Red stalled, Amber regressed one host
 * in the last week, and a team whose name tries to ping the channel is done.
 */
import { buildDigest, type DigestOptions } from '../../../src/core/digest/build-digest.ts';
import type { DigestModel } from '../../../src/core/digest/digest-model.ts';
import { buildTrend } from '../../../src/core/report/build-trend.ts';
import { diffSnapshots } from '../../../src/core/report/diff-snapshots.ts';
import { summarizeSnapshot } from '../../../src/core/snapshot/summarize-snapshot.ts';
import { campaignFor, seriesSnapshots, type TeamPlan, weeklyDates } from '../../support/digest-series.ts';

export const OPS = '<!channel> Ops';
export const DEADLINE = '2025-03-31';
export const DATES = weeklyDates('2024-11-11T06:00:00.000Z', 4);

export const PLANS: readonly TeamPlan[] = [
  { team: 'Team Blue', hosts: 10, migrated: [2, 4, 6, 8], owners: ['U0BLUE'] },
  { team: 'Team Green', hosts: 20, migrated: [2, 3, 4, 5], owners: ['S0GREEN'] },
  { team: 'Team Plum', hosts: 20, migrated: [2, 3, 3, 4], owners: ['U0PLUM', 'S0PLUMOPS'] },
  { team: 'Team Red', hosts: 10, migrated: [1, 1, 1, 1], owners: ['U0RED'] },
  { team: 'Team Amber', hosts: 10, migrated: [4, 5, 7, 6], owners: ['U0AMBER'] },
  { team: OPS, hosts: 5, migrated: [5, 5, 5, 5], owners: ['U0OPS'] },
];

export function fixtureDigest(
  plans: readonly TeamPlan[] = PLANS,
  options: DigestOptions = { behindCount: 2 },
  deadline: string | null = DEADLINE,
): DigestModel {
  const campaign = campaignFor(plans, deadline);
  const snapshots = seriesSnapshots(plans, campaign, DATES);
  const latest = snapshots[snapshots.length - 1];
  const previous = snapshots[snapshots.length - 2];
  const trend = buildTrend(
    snapshots.map((s) => summarizeSnapshot(s.meta, s.report)),
    campaign,
  );
  return buildDigest(
    {
      slot: '2024-12-02T09:00:00.000Z',
      report: latest.report,
      diff: diffSnapshots(previous, latest),
      trend,
    },
    options,
  );
}
