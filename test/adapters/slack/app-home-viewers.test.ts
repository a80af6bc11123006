import { describe, expect, it } from 'vitest';
import { createRecentHomeViewers } from '../../../src/adapters/slack/listeners/events/recent-home-viewers.ts';

describe('recent Home tab viewers', () => {
  it('keeps the most recent openers first, up to the capacity', () => {
    const viewers = createRecentHomeViewers({ capacity: 3, now: () => 0 });
    for (const user of ['U1', 'U2', 'U3', 'U1', 'U4']) viewers.add(user);
    // U2 was the least recent once U1 opened again, so U4 pushed it out.
    expect(viewers.list()).toEqual(['U4', 'U1', 'U3']);
    viewers.forget('U1');
    expect(viewers.list()).toEqual(['U4', 'U3']);
  });

  it('forgets openers after the maximum age', () => {
    let now = 0;
    const viewers = createRecentHomeViewers({ maxAgeMs: 1000, now: () => now });
    viewers.add('U1');
    now = 600;
    viewers.add('U2');
    now = 1500;
    expect(viewers.list()).toEqual(['U2']);
    expect(viewers.size).toBe(1);
    now = 1601;
    expect(viewers.list()).toEqual([]);
  });
});
