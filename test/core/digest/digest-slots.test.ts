import { describe, expect, it } from 'vitest';
import { catchUpSlot, latestSlot, nextSlot, previousSlot } from '../../../src/core/digest/digest-slots.ts';

const monday9Paris = { cron: '0 9 * * 1', timezone: 'Europe/Paris' };
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('digest slots', () => {
  it('reads the pattern in its time zone, summer and winter time alike', () => {
    // Mon 2 Dec 2024 09:00 in Paris is 08:00 UTC (CET); Mon 1 Jul 2024 09:00 is 07:00 UTC (CEST).
    expect(iso(latestSlot(monday9Paris, new Date('2024-12-04T12:00:00Z')))).toBe('2024-12-02T08:00:00.000Z');
    expect(iso(latestSlot(monday9Paris, new Date('2024-07-03T12:00:00Z')))).toBe('2024-07-01T07:00:00.000Z');
    expect(iso(nextSlot(monday9Paris, new Date('2024-12-04T12:00:00Z')))).toBe('2024-12-09T08:00:00.000Z');
  });

  it('counts a slot at exactly now as the latest, and the one before as previous', () => {
    const at = new Date('2024-12-02T08:00:00.000Z');
    expect(iso(latestSlot(monday9Paris, at))).toBe(at.toISOString());
    expect(iso(nextSlot(monday9Paris, at))).toBe('2024-12-09T08:00:00.000Z');
    expect(iso(previousSlot(monday9Paris, at))).toBe('2024-11-25T08:00:00.000Z');
  });

  it('catches up only on the latest slot, and only inside the window', () => {
    const day = 86_400_000;
    const slot = Date.parse('2024-12-02T08:00:00.000Z');
    expect(iso(catchUpSlot(monday9Paris, new Date(slot + day - 1), day))).toBe('2024-12-02T08:00:00.000Z');
    expect(catchUpSlot(monday9Paris, new Date(slot + day + 1), day)).toBeNull();
    // Eight days after a slot the latest slot is yesterday's week, never the one before it.
    expect(iso(catchUpSlot(monday9Paris, new Date(slot + 8 * day), 2 * day))).toBe(
      '2024-12-09T08:00:00.000Z',
    );
  });

  it('understands six fields with seconds first', () => {
    const every3s = { cron: '*/3 * * * * *', timezone: 'UTC' };
    expect(iso(latestSlot(every3s, new Date('2024-12-02T08:00:07.500Z')))).toBe('2024-12-02T08:00:06.000Z');
    expect(iso(nextSlot(every3s, new Date('2024-12-02T08:00:07.500Z')))).toBe('2024-12-02T08:00:09.000Z');
  });
});
