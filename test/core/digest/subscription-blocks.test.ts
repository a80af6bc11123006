import { describe, expect, it } from 'vitest';
import { subscriptionBlocks } from '../../../src/core/digest/subscription-blocks.ts';
import { blockKitViolations, displayedTexts } from '../../support/block-kit-limits.ts';

const next = '2024-12-09T09:00:00.000Z';
const text = (m: { blocks: readonly unknown[] }) => displayedTexts(m.blocks).join('\n');

describe('subscriptionBlocks', () => {
  it('confirms a subscription with the next digest and how to preview it', () => {
    const m = subscriptionBlocks({ change: 'subscribed', configured: false, next });
    expect(m.text).toBe('This channel will get the weekly digest.');
    expect(text(m)).toContain('Next digest: Mon 9 Dec 2024 09:00 UTC.');
    expect(text(m)).toContain('digest preview');
    expect(blockKitViolations(m.blocks)).toEqual([]);
  });

  it('says when unsubscribing cannot stop a digest the config sends', () => {
    const m = subscriptionBlocks({ change: 'unsubscribed', configured: true, next });
    expect(text(m)).toContain('still comes here (next: Mon 9 Dec 2024 09:00 UTC)');
    expect(text(m)).toContain('digest.channels');
    const plain = subscriptionBlocks({ change: 'not-subscribed', configured: false, next });
    expect(plain.text).toBe('This channel was not subscribed to the weekly digest.');
    expect(text(plain)).not.toContain('Next digest');
  });
});
