import { describe, expect, it } from 'vitest';
import { digestBlocks } from '../../../src/core/digest/digest-blocks.ts';
import { renderDigestText } from '../../../src/core/digest/render-digest-text.ts';
import { blockKitViolations, displayedTexts } from '../../support/block-kit-limits.ts';
import type { TeamPlan } from '../../support/digest-series.ts';
import { fixtureDigest, OPS } from './digest-fixture.ts';

const allText = (blocks: readonly unknown[]) => displayedTexts(blocks).join('\n');
/** Every `<…>` Slack would parse as a mention or link. */
const angleTokens = (text: string) => text.match(/<[^>]*>/g) ?? [];

describe('digestBlocks', () => {
  const model = fixtureDigest();
  const message = digestBlocks(model);
  const text = allText(message.blocks);

  it('stays within Slack limits', () => {
    expect(blockKitViolations(message.blocks)).toEqual([]);
  });

  it('shows fleet progress, the change and the team table with arrows', () => {
    const pct = (model.totals.progressPercent ?? 0).toFixed(1);
    expect(message.blocks[0]).toMatchObject({ type: 'header' });
    expect(text).toContain(`*${pct} %*`);
    expect(text).toContain(`${model.change?.migrated} migrated · 1 regressed · 0 new · 0 gone`);
    const table = (displayedTexts(message.blocks).find((t) => t.includes('```')) ?? '').split('\n');
    const row = (name: string) => table.find((l) => l.startsWith(name)) ?? '';
    // Blue 6 -> 8 of 10: +20 pts; Amber 7 -> 6: -10 pts with 1 regressed; Red flat.
    expect(row('Team Blue')).toMatch(/80\.0%\s+▲\+20\.0\s+·$/);
    expect(row('Team Amber')).toMatch(/60\.0%\s+▼-10\.0\s+1$/);
    expect(row('Team Red')).toMatch(/10\.0%\s+▶0\.0\s+·$/);
  });

  it('escapes names so a team called <!channel> pings nobody', () => {
    expect(text).toContain('&lt;!channel&gt; Ops');
    expect(text).not.toContain('<!channel>');
    expect(message.text).not.toMatch(/<[!@]/);
  });

  it('mentions owners only next to teams that need action', () => {
    expect(new Set(angleTokens(text))).toEqual(
      new Set(['<@U0RED>', '<@U0PLUM>', '<!subteam^S0PLUMOPS>', '<@U0AMBER>']),
    );
    const lines = text.split('\n');
    const lineOf = (mention: string) => lines.find((l) => l.includes(mention)) ?? '';
    expect(lineOf('<@U0RED>')).toContain('Team Red');
    expect(lineOf('<@U0RED>')).toContain('no progress');
    expect(lineOf('<@U0AMBER>')).toContain('1 host regressed');
    const plum = model.late.find((l) => l.team === 'Team Plum');
    expect(lineOf('<@U0PLUM>')).toContain(`${plum?.daysLate} days late`);
  });

  it('names owners without mentioning them when asked to be quiet', () => {
    const quiet = allText(digestBlocks(model, { quietMentions: true }).blocks);
    expect(angleTokens(quiet)).toEqual([]);
    expect(quiet).toContain('`@U0PLUM` `@S0PLUMOPS`');
    expect(quiet).not.toContain('U0BLUE');
  });

  it('renders the same digest for a terminal without mentions or escapes', () => {
    const out = renderDigestText(model);
    expect(out).toContain(OPS);
    expect(out).toContain('owners: U0PLUM, S0PLUMOPS');
    expect(out).not.toContain('U0BLUE');
    expect(out).not.toMatch(/<@/);
  });
});

describe('digestBlocks with 300 teams', () => {
  // Hostile, long names; every team late (stalled) and regressing, each with owners.
  const plans: TeamPlan[] = Array.from({ length: 300 }, (_, i) => ({
    team: `<!here> R&D ${'x'.repeat(60)} ${i}`,
    hosts: 3,
    migrated: [2, 2, 2, 1],
    owners: [`U${String(i).padStart(9, '0')}`, `S${String(i).padStart(9, '0')}`],
  }));
  const model = fixtureDigest(plans, { behindCount: 5 });
  const message = digestBlocks(model);
  const text = allText(message.blocks);

  it('fits one message and counts the teams it cannot list', () => {
    expect(model.needsAction).toHaveLength(300);
    expect(blockKitViolations(message.blocks)).toEqual([]);
    const listed = text.split('\n').filter((l) => l.startsWith('• ')).length;
    const more = Number(/…and (\d+) more teams need action/.exec(text)?.[1]);
    expect(listed).toBeGreaterThan(10);
    expect(listed + more).toBe(300);
    const tableMore = Number(/…and (\d+) more teams: /.exec(text)?.[1]);
    const rows = (displayedTexts(message.blocks).find((t) => t.includes('```')) ?? '').split('\n');
    expect(rows.filter((r) => r.includes('R&amp;D')).length + tableMore).toBe(300);
  });

  it('never lets a name ping or link', () => {
    expect(text).not.toContain('<!here>');
    for (const token of angleTokens(text)) expect(token).toMatch(/^<(@U\d{9}|!subteam\^S\d{9})>$/);
  });
});
