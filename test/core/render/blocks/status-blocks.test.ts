import { describe, expect, it } from 'vitest';
import { statusBlocks } from '../../../../src/core/render/blocks/status-blocks.ts';
import type { StatusView } from '../../../../src/core/report/view-model.ts';
import { blockKitViolations, displayedTexts } from '../../../support/block-kit-limits.ts';
import { HOSTILE_TEAMS, makeDiff, makeReport } from './report-fixture.ts';

function view(report = makeReport([])): StatusView {
  return { report, diff: null, notes: [] };
}

const hostile = HOSTILE_TEAMS;

describe('statusBlocks', () => {
  it('shows the progress and the counts of the report', () => {
    const report = makeReport([
      { team: 'Team Blue', migrated: 2, pending: 40, unknown: 1, stale: 3 },
      { team: 'Team Red', migrated: 30, pending: 10 },
    ]);
    const msg = statusBlocks(view(report));
    const texts = displayedTexts(msg.blocks).join('\n');
    const expected = ((32 / 82) * 100).toFixed(1);
    expect(JSON.stringify(msg.blocks[0])).toContain(`${expected} %`);
    expect(texts).toContain('*Migrated*\n32');
    expect(texts).toContain('*Pending*\n50');
    expect(texts).toContain('*Unknown version*\n1');
    expect(texts).toContain('*Stale*\n3');
    // Furthest behind first: Blue (4.8 %) before Red (75 %).
    const table = texts.slice(texts.indexOf('```'));
    expect(table.indexOf('Team Blue')).toBeLessThan(table.indexOf('Team Red'));
    expect(texts).toContain('Inventory read 09:02 UTC');
    expect(texts).toContain('inventory.csv');
    expect(blockKitViolations(msg.blocks)).toEqual([]);
  });

  it('adds arrows and the change when a diff exists', () => {
    const report = makeReport([
      { team: 'Team Blue', migrated: 2, pending: 40 },
      { team: 'Team Red', migrated: 30, pending: 10 },
    ]);
    const msg = statusBlocks({
      report,
      notes: [{ level: 'warning', text: 'History is unavailable <!here>' }],
      diff: makeDiff([
        { team: 'Team Blue', progressDeltaPoints: -1, regressed: 1 },
        { team: 'Team Red', progressDeltaPoints: 5, migrated: 12, added: 4, removed: 2 },
      ]),
    });
    const texts = displayedTexts(msg.blocks).join('\n');
    expect(texts).toContain('+3.1 pts since Mon 25 Nov 2024');
    expect(texts).toMatch(/Team Blue \*4\.8 %\* ▼/);
    expect(texts).toMatch(/Team Red \*75\.0 %\* ▲/);
    expect(texts).toContain('12 migrated · 1 regressed · 4 new · 2 gone');
    expect(texts).toContain('History is unavailable &lt;!here&gt;');
  });

  it('escapes hostile team names everywhere they are shown', () => {
    const report = makeReport(hostile.map((team, i) => ({ team, migrated: i, pending: 10 })));
    const msg = statusBlocks(view(report));
    const texts = [msg.text, ...displayedTexts(msg.blocks)];
    for (const t of texts) {
      expect(t).not.toMatch(/<[!@#]/);
      expect(t).not.toMatch(/<https?:/);
      expect(t).not.toMatch(/[\u202a-\u202e]/);
    }
    expect(texts.join('\n')).toContain('&lt;!channel&gt; Ops');
    // The menu's values carry the raw names, so choosing one finds the team.
    const select = (msg.blocks.at(-1) as unknown as { elements: { options?: { value: string }[] }[] })
      .elements[0];
    expect(select.options?.map((o) => o.value).sort()).toEqual([...hostile].sort());
  });

  it('stays inside Slack limits for 300 teams with long names, and says how many are left out', () => {
    const specs = Array.from({ length: 300 }, (_, i) => ({
      team: `Team ${String(i).padStart(3, '0')} ${'Platform & Infrastructure <Ops> '.repeat(8)}`,
      migrated: i,
      pending: 300 - i,
      unknown: i % 3,
    }));
    const msg = statusBlocks(view(makeReport(specs)));
    expect(blockKitViolations(msg.blocks)).toEqual([]);
    const texts = displayedTexts(msg.blocks).join('\n');
    const shown = Number(/…and (\d+) more teams/.exec(texts)?.[1]);
    expect(shown).toBeGreaterThan(0);
    const rows = texts.split('```')[1].trim().split('\n').length - 1;
    expect(rows + shown).toBe(300);
    // Every team can still be picked from the menu (in groups of at most 100).
    const select = (
      msg.blocks.at(-1) as unknown as { elements: { option_groups?: { options: { value: string }[] }[] }[] }
    ).elements[0];
    const values = select.option_groups?.flatMap((g) => g.options.map((o) => o.value)) ?? [];
    expect(new Set(values).size).toBe(300);
  });

  it('says so when the inventory has no hosts', () => {
    const msg = statusBlocks(view());
    expect(displayedTexts(msg.blocks).join('\n')).toContain('No hosts');
    expect(JSON.stringify(msg.blocks[0])).toContain('n/a');
    expect(blockKitViolations(msg.blocks)).toEqual([]);
  });
});
