import { describe, expect, it } from 'vitest';
import { helpBlocks, usageBlocks } from '../../../../src/core/render/blocks/help-blocks.ts';
import {
  errorBlocks,
  notInChannelBlocks,
  workingBlocks,
} from '../../../../src/core/render/blocks/notice-blocks.ts';
import { statusBlocks } from '../../../../src/core/render/blocks/status-blocks.ts';
import { blockKitViolations, displayedTexts } from '../../../support/block-kit-limits.ts';
import { makeReport } from './report-fixture.ts';

describe('notices', () => {
  it('help lists every subcommand', () => {
    const texts = displayedTexts(helpBlocks().blocks).join('\n');
    for (const sub of ['status', 'team NAME', 'trend', 'refresh', 'help']) expect(texts).toContain(sub);
  });

  it('usage quotes what the user typed, escaped', () => {
    const msg = usageBlocks('deploy <!channel> `now`');
    const texts = displayedTexts(msg.blocks).join('\n');
    expect(texts).toContain('deploy &lt;!channel&gt; ˋnowˋ');
    expect(texts).toContain('/java-migration help');
  });

  it('errors and working notes escape their text', () => {
    expect(displayedTexts(errorBlocks('bad <!here>').blocks).join()).toContain('bad &lt;!here&gt;');
    expect(workingBlocks('reading').text).toBe('Working on it…');
  });

  it('the not-in-channel answer says what to do, keeps the figures, and fits 50 blocks', () => {
    const status = statusBlocks({
      report: makeReport([{ team: 'A', migrated: 1, pending: 1 }]),
      diff: null,
      notes: [],
    });
    const msg = notInChannelBlocks('not-in-channel', status);
    const texts = displayedTexts(msg.blocks).join('\n');
    expect(texts).toContain('/invite @java-migration');
    expect(msg.blocks.slice(1)).toEqual(status.blocks);
    const full = { text: 'x', blocks: Array.from({ length: 50 }, () => status.blocks[1]) };
    const fitted = notInChannelBlocks('private', full);
    expect(fitted.blocks.length).toBe(50);
    expect(blockKitViolations(fitted.blocks)).toEqual([]);
  });
});
