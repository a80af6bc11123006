/**
 * The team report names how many owners a team has but mentions none of
 * them: anyone can run it, as often as they like, in any channel, and a
 * mention notifies wherever it appears in a message. The digest is where
 * owners are mentioned on purpose.
 */
import { describe, expect, it } from 'vitest';
import { teamBlocks } from '../../../../src/core/render/blocks/team-blocks.ts';
import type { TeamView } from '../../../../src/core/report/view-model.ts';
import { displayedTexts } from '../../../support/block-kit-limits.ts';
import { makeReport } from './report-fixture.ts';

function view(owners: string[]): TeamView {
  const report = makeReport([{ team: 'Team Red', migrated: 3, pending: 9 }]);
  const team = { ...report.teams[0], owners };
  return { report, team, pending: [], pendingTotal: 9, diff: null, trend: null, forecast: null, notes: [] };
}

describe('owners on the team report', () => {
  it('are counted, never mentioned', () => {
    const msg = teamBlocks(view(['U0OWNER1', 'W0OWNER2', 'S0GROUP3']));
    const all = JSON.stringify(msg);
    for (const id of ['U0OWNER1', 'W0OWNER2', 'S0GROUP3']) expect(all).not.toContain(id);
    expect(all).not.toMatch(/<[@!]/);
    const texts = displayedTexts(msg.blocks).join('\n');
    expect(texts).toContain('*Owners*\n3 on record');
    expect(texts).toContain('weekly digest');
  });

  it('a team without owners has no owners field', () => {
    expect(displayedTexts(teamBlocks(view([])).blocks).join('\n')).not.toContain('Owners');
  });
});
