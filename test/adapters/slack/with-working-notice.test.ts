import { describe, expect, it } from 'vitest';
import { withWorkingNotice } from '../../../src/adapters/slack/with-working-notice.ts';

describe('withWorkingNotice', () => {
  it('sends the note when the work is slower than the delay, and before the answer', async () => {
    const events: string[] = [];
    let finish: (v: string) => void = () => {};
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const result = withWorkingNotice(work, 0, async () => {
      events.push('note');
      finish('answer');
    }).then((v) => {
      events.push(v);
      return v;
    });
    expect(await result).toBe('answer');
    expect(events).toEqual(['note', 'answer']);
  });

  it('sends nothing when the work is done first', async () => {
    let notes = 0;
    const value = await withWorkingNotice(Promise.resolve(42), 60_000, async () => {
      notes += 1;
    });
    expect(value).toBe(42);
    expect(notes).toBe(0);
  });

  it('passes the failure of the work on', async () => {
    await expect(
      withWorkingNotice(Promise.reject(new Error('down')), 60_000, async () => {}),
    ).rejects.toThrow('down');
  });
});
