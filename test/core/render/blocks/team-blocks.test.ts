import { describe, expect, it } from 'vitest';
import { ACTION_IDS, parsePendingCsvValue } from '../../../../src/core/render/blocks/action-ids.ts';
import { teamBlocks } from '../../../../src/core/render/blocks/team-blocks.ts';
import { teamNotFoundBlocks } from '../../../../src/core/render/blocks/team-not-found-blocks.ts';
import type { PendingHost, TeamView } from '../../../../src/core/report/view-model.ts';
import { blockKitViolations, displayedTexts } from '../../../support/block-kit-limits.ts';
import { makeReport } from './report-fixture.ts';

function teamView(name: string, pending: PendingHost[], pendingTotal: number): TeamView {
  const report = makeReport([
    { team: name, migrated: 2, pending: 40, unknown: 1 },
    { team: 'Team Red', migrated: 30, pending: 10 },
  ]);
  const team = report.teams.find((t) => t.team === name)!;
  return { report, team, pending, pendingTotal, diff: null, trend: null, forecast: null, notes: [] };
}

const host = (id: string, over: Partial<PendingHost> = {}): PendingHost => ({
  id,
  distribution: 'Jessie [8]',
  environment: 'LIVE',
  version: '8.202.b08-85',
  state: 'pending',
  stale: false,
  ...over,
});

describe('teamBlocks', () => {
  it('shows the team, its versions with counts and percents, and the first pending hosts', () => {
    const view = teamView(
      'Team Blue',
      [host('1001'), host('1002', { state: 'unknown', version: '', stale: true })],
      41,
    );
    const msg = teamBlocks(view);
    const texts = displayedTexts(msg.blocks).join('\n');
    expect(JSON.stringify(msg.blocks[0])).toContain(`Team Blue · ${((2 / 42) * 100).toFixed(1)} % done`);
    expect(texts).toContain(`\`8.202.b08-85\` 40 hosts · ${((40 / 43) * 100).toFixed(1)} %`);
    expect(texts).toContain('`1001` LIVE · Jessie [8]');
    expect(texts).toContain('first 2 of 41');
    expect(texts).toMatch(/`1002`.*version unknown.*stale/);
    const csv = JSON.stringify(msg.blocks.at(-1));
    expect(csv).toContain(ACTION_IDS.pendingCsv);
    expect(blockKitViolations(msg.blocks)).toEqual([]);
  });

  it('escapes a hostile team name and host fields, and keeps the raw name in the CSV button', () => {
    const name = '<!channel> Ops';
    const view = teamView(name, [host('<@U1>', { environment: '<!here>', distribution: 'a`b' })], 1);
    const msg = teamBlocks(view);
    for (const t of [msg.text, ...displayedTexts(msg.blocks)]) expect(t).not.toMatch(/<[!@#]/);
    const buttons = (msg.blocks.at(-1) as unknown as { elements: { action_id: string; value?: string }[] })
      .elements;
    const csv = buttons.find((b) => b.action_id === ACTION_IDS.pendingCsv)!;
    expect(parsePendingCsvValue(csv.value!)).toBe(name);
  });

  it('stays inside the limits with hundreds of long versions', () => {
    const view = teamView('Team Blue', [], 0);
    const versions = Array.from({ length: 400 }, (_, i) => ({
      version: `8.${i}.b${'0'.repeat(60)}`,
      count: 1,
      percent: 0.25,
    }));
    const msg = teamBlocks({ ...view, team: { ...view.team, versions } });
    expect(blockKitViolations(msg.blocks)).toEqual([]);
    expect(displayedTexts(msg.blocks).join('\n')).toMatch(/…and \d+ more versions/);
  });
});

describe('teamNotFoundBlocks', () => {
  it('offers the closest names as buttons that carry the team name', () => {
    const suggestions = ['Team Blue', 'Team Blueberry', '<!channel> Ops'];
    const msg = teamNotFoundBlocks({ kind: 'not-found', query: 'bleu <!here>', suggestions });
    const texts = displayedTexts(msg.blocks).join('\n');
    expect(texts).toContain('bleu &lt;!here&gt;');
    for (const t of displayedTexts(msg.blocks)) expect(t).not.toMatch(/<[!@#]/);
    const buttons = (msg.blocks[1] as unknown as { elements: { action_id: string; value: string }[] })
      .elements;
    expect(buttons.map((b) => b.value)).toEqual(suggestions);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(3);
    expect(blockKitViolations(msg.blocks)).toEqual([]);
  });

  it('says a name is ambiguous, and points to status when there is nothing close', () => {
    const amb = teamNotFoundBlocks({ kind: 'ambiguous', query: 'team', suggestions: ['Team A', 'Team B'] });
    expect(displayedTexts(amb.blocks).join()).toContain('more than one team');
    const none = teamNotFoundBlocks({ kind: 'not-found', query: 'zzz', suggestions: [] });
    expect(none.blocks).toHaveLength(1);
    expect(displayedTexts(none.blocks).join()).toContain('/java-migration status');
  });
});
