import { describe, expect, it } from 'vitest';
import { fleetSummaryBlock } from '../../../../src/core/render/blocks/fleet-summary-block.ts';
import { makeReport } from './report-fixture.ts';

const report = makeReport([
  { team: 'Team Blue', migrated: 1200, pending: 34, unknown: 5, stale: 2 },
  { team: 'Team Red', migrated: 30, pending: 10 },
]);

function fieldsOf(block: ReturnType<typeof fleetSummaryBlock>): string[] {
  return (block.fields ?? []).map((f) => f.text);
}

describe('fleetSummaryBlock', () => {
  it('shows the fleet counts as fields and the progress with the change in points', () => {
    const block = fleetSummaryBlock(report, { progressDeltaPoints: 2.26, since: '2024-11-25T09:00:00Z' });
    // 1,230 migrated of 1,274 migrated or pending.
    expect(block.text?.text).toContain('*96.5 %* on Java 11+ · +2.3 pts since Mon 25 Nov 2024');
    expect(fieldsOf(block)).toEqual([
      '*Migrated*\n1,230',
      '*Pending*\n44',
      '*Unknown version*\n5',
      '*Stale*\n2',
      '*Hosts*\n1,279',
      '*Teams*\n2',
    ]);
  });

  it('leaves the change out when there is none or its points are unknown', () => {
    for (const change of [null, { progressDeltaPoints: null, since: '2024-11-25T09:00:00Z' }]) {
      expect(fleetSummaryBlock(report, change).text?.text).toMatch(/on Java 11\+$/);
    }
  });

  it('adds the deadline, and the goal only when asked and below 100 %', () => {
    const campaign = { ...report.campaign, deadline: '2025-03-31', goalPercent: 80 };
    const fleet = { ...report, campaign };
    expect(fieldsOf(fleetSummaryBlock(fleet, null)).slice(6)).toEqual(['*Deadline*\nMon 31 Mar 2025']);
    expect(fieldsOf(fleetSummaryBlock(fleet, null, { withGoal: true })).slice(6)).toEqual([
      '*Deadline*\nMon 31 Mar 2025',
      '*Goal*\n80.0 %',
    ]);
    const full = { ...report, campaign: { ...campaign, goalPercent: 100 } };
    expect(fieldsOf(fleetSummaryBlock(full, null, { withGoal: true })).join()).not.toContain('Goal');
  });
});
