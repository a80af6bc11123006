import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../src/core/render/blocks/action-ids.ts';
import { homeErrorView } from '../../../../src/core/render/blocks/home-error-view.ts';
import { homeView } from '../../../../src/core/render/blocks/home-view.ts';
import type { ReportModel } from '../../../../src/core/report/report-model.ts';
import type { StatusView } from '../../../../src/core/report/view-model.ts';
import { blockKitViolations, displayedTexts } from '../../../support/block-kit-limits.ts';
import { HOSTILE_TEAMS, makeDiff, makeReport, type TeamSpec } from './report-fixture.ts';

type Json = Record<string, unknown>;

function withOwners(report: ReportModel, owners: Record<string, string[]>): ReportModel {
  return { ...report, teams: report.teams.map((t) => ({ ...t, owners: owners[t.team] ?? [] })) };
}

function status(specs: TeamSpec[], owners: Record<string, string[]> = {}): StatusView {
  return { report: withOwners(makeReport(specs), owners), diff: null, notes: [] };
}

const SPECS: TeamSpec[] = [
  { team: 'Team Blue', migrated: 2, pending: 40, unknown: 1, stale: 3 },
  { team: 'Team Red', migrated: 30, pending: 10 },
  { team: 'Team Green', migrated: 5, pending: 5, unknown: 2 },
];

const textOf = (blocks: readonly unknown[]) => displayedTexts(blocks).join('\n');

/** The Home tab allows 100 blocks where a message allows 50; everything else is the same. */
const violations = (blocks: readonly unknown[]) =>
  blockKitViolations(blocks.slice(0, 50)).concat(blocks.length > 100 ? ['over 100 blocks'] : []);

describe('homeView', () => {
  it('shows the fleet figures of the report', () => {
    const view = homeView({ status: status(SPECS), user: 'U0NOBODY' });
    expect(view.type).toBe('home');
    const texts = textOf(view.blocks);
    // Hand sums: migrated 37, pending 55, unknown 3, stale 3, hosts 95.
    expect(JSON.stringify(view.blocks[0])).toContain(`${((37 / 92) * 100).toFixed(1)} % done`);
    expect(texts).toContain('*Migrated*\n37');
    expect(texts).toContain('*Pending*\n55');
    expect(texts).toContain('*Unknown version*\n3');
    expect(texts).toContain('*Stale*\n3');
    expect(texts).toContain('*Hosts*\n95');
    expect(texts).toContain('*Teams*\n3');
    // Furthest behind: Blue 4.8 %, Green 50 %, Red 75 %.
    const behind = texts.slice(texts.indexOf('*Furthest behind*'));
    expect(behind.indexOf('Team Blue *4.8 %*')).toBeGreaterThan(0);
    expect(behind.indexOf('Team Blue')).toBeLessThan(behind.indexOf('Team Green'));
    expect(behind.indexOf('Team Green')).toBeLessThan(behind.indexOf('Team Red'));
    expect(texts).toContain('Inventory read 09:02 UTC');
    expect(texts).not.toContain('Your team');
    expect(violations(view.blocks)).toEqual([]);
  });

  it('gives an owner their team’s line, and no one else', () => {
    const s = status(SPECS, { 'Team Red': ['U0OWNER', 'S0GROUP'], 'Team Green': ['U0OTHER'] });
    const owner = textOf(homeView({ status: s, user: 'U0OWNER' }).blocks);
    expect(owner).toContain('*Your team · Team Red*');
    expect(owner).toContain(`*${((30 / 40) * 100).toFixed(1)} %* of 40 hosts`);
    expect(owner).toContain('10 pending');
    expect(owner).not.toContain('Your team · Team Green');
    expect(textOf(homeView({ status: s, user: 'U0NOBODY' }).blocks)).not.toContain('Your team');
    expect(textOf(homeView({ status: s, user: 'U0OTHER' }).blocks)).toContain('*Your team · Team Green*');
  });

  it('gives the line to a member of an owning user group, and not to members of other groups', () => {
    const s = status(SPECS, { 'Team Red': ['S0GROUP'], 'Team Green': ['U0OTHER'] });
    const member = textOf(homeView({ status: s, user: 'U0MEMBER', userGroups: new Set(['S0GROUP']) }).blocks);
    expect(member).toContain('*Your team · Team Red*');
    expect(member).not.toContain('Your team · Team Green');
    const outsider = homeView({ status: s, user: 'U0MEMBER', userGroups: new Set(['S0ELSE']) });
    expect(textOf(outsider.blocks)).not.toContain('Your team');
    expect(textOf(homeView({ status: s, user: 'U0MEMBER' }).blocks)).not.toContain('Your team');
  });

  it('shows the change since last week when history exists, on the fleet and on the owner’s line', () => {
    const s: StatusView = {
      ...status(SPECS, { 'Team Blue': ['U0OWNER'] }),
      diff: makeDiff([{ team: 'Team Blue', progressDeltaPoints: -1.34, regressed: 1 }]),
    };
    const texts = textOf(homeView({ status: s, user: 'U0OWNER' }).blocks);
    expect(texts).toContain('+3.1 pts since Mon 25 Nov 2024');
    expect(texts).toContain('*Since Mon 25 Nov 2024:* 12 migrated · 1 regressed · 4 new · 2 gone');
    expect(texts).toContain('Team Blue *4.8 %* ▼');
    expect(texts).toMatch(/Your team · Team Blue\*\n.*−1\.3 pts since Mon 25 Nov 2024/);
  });

  it('escapes hostile team names everywhere they appear', () => {
    const hostile = HOSTILE_TEAMS;
    const s = status(
      hostile.map((team, i) => ({ team, migrated: i, pending: 10 })),
      Object.fromEntries(hostile.map((t) => [t, ['U0OWNER']])),
    );
    const view = homeView({ status: s, user: 'U0OWNER' });
    const texts = displayedTexts(view.blocks);
    for (const text of texts) {
      expect(text).not.toMatch(/<[!@#]|<https?:/);
      expect(text).not.toContain('\u202e');
    }
    const all = texts.join('\n');
    expect(all).toContain('&lt;!channel&gt; Ops');
    expect(all).toContain('R&amp;D');
    expect(all).toContain('*Your team · &lt;@U123|x&gt;*');
    expect(violations(view.blocks)).toEqual([]);
  });

  it('stays within the Home tab’s limits with 300 teams, all owned by the viewer', () => {
    const specs = Array.from({ length: 300 }, (_, i) => ({
      team: `Team ${'x'.repeat(120)} ${i}`,
      migrated: i,
      pending: 300 - i,
    }));
    const s = status(specs, Object.fromEntries(specs.map((t) => [t.team, ['U0OWNER']])));
    const view = homeView({ status: s, user: 'U0OWNER' });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(violations(view.blocks)).toEqual([]);
    expect(textOf(view.blocks)).toContain('…and 295 more teams you own');
  });

  it('offers the heatmap by direct message, or shows it when it has a public https URL', () => {
    const s = status(SPECS);
    const plain = homeView({ status: s, user: 'U0ALICE' }).blocks as unknown as Json[];
    expect(plain.some((b) => b.type === 'image')).toBe(false);
    const buttons = plain
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements as Json[])
      .map((e) => e.action_id);
    expect(buttons).toContain(ACTION_IDS.homeHeatmap);

    const url = 'https://charts.example/heatmap.png';
    const shown = homeView({ status: s, user: 'U0ALICE', heatmapUrl: url }).blocks as unknown as Json[];
    const image = shown.find((b) => b.type === 'image');
    expect(image).toMatchObject({ image_url: url });
    expect(String(image?.alt_text)).toContain('3 teams');
    expect(JSON.stringify(shown)).not.toContain(ACTION_IDS.homeHeatmap);

    // Slack fetches image_url from outside: a plain http URL is not offered to it.
    const insecure = homeView({ status: s, user: 'U0ALICE', heatmapUrl: 'http://10.0.0.1/h.png' });
    expect(JSON.stringify(insecure.blocks)).not.toContain('"image"');
  });

  it('an empty inventory still renders, without a heatmap', () => {
    const view = homeView({ status: status([]), user: 'U0ALICE' });
    expect(textOf(view.blocks)).toContain('No hosts in the inventory');
    expect(JSON.stringify(view.blocks)).not.toContain(ACTION_IDS.homeHeatmap);
  });

  it('the error view says what went wrong, escaped', () => {
    const view = homeErrorView('The inventory <!here> could not be fetched.', 'Check INVENTORY_URL.');
    const texts = textOf(view.blocks);
    expect(texts).toContain('&lt;!here&gt;');
    expect(texts).toContain('Check INVENTORY_URL.');
  });
});
