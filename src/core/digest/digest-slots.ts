/**
 * Digest slots: the times a cron pattern fires, in its time zone. A slot is
 * what a digest is for (and what its idempotency keys name), whoever posts it
 * and however late. The same cron-parser BullMQ uses reads the pattern, so the
 * in-process scheduler, catch-up and BullMQ agree on every slot.
 */
import { CronExpressionParser } from 'cron-parser';

export interface DigestSchedule {
  /** 5-field cron, or 6 with seconds first. */
  readonly cron: string;
  /** IANA time zone the pattern is read in. */
  readonly timezone: string;
}

const parse = (s: DigestSchedule, from: Date) =>
  CronExpressionParser.parse(s.cron.trim(), { tz: s.timezone, currentDate: from });

/**
 * The latest slot at or before `now`.
 * @example latestSlot({ cron: '0 9 * * 1', timezone: 'UTC' }, new Date('2024-12-04T00:00:00Z')) // 2024-12-02T09:00:00Z
 */
export function latestSlot(schedule: DigestSchedule, now: Date): Date {
  // prev() is strictly before its start: start 1 ms later so a slot at exactly `now` counts.
  return parse(schedule, new Date(now.getTime() + 1))
    .prev()
    .toDate();
}

/**
 * The first slot strictly after `now`.
 * @example nextSlot({ cron: '0 9 * * 1', timezone: 'UTC' }, new Date('2024-12-02T09:00:00Z')) // 2024-12-09T09:00:00Z
 */
export function nextSlot(schedule: DigestSchedule, now: Date): Date {
  return parse(schedule, now).next().toDate();
}

/**
 * The slot before `slot`: the one the previous digest was for.
 * @example previousSlot({ cron: '0 9 * * 1', timezone: 'UTC' }, new Date('2024-12-09T09:00:00Z')) // 2024-12-02T09:00:00Z
 */
export function previousSlot(schedule: DigestSchedule, slot: Date): Date {
  return parse(schedule, slot).prev().toDate();
}

/**
 * The slot to catch up on at start-up: the latest one, if it is at most `windowMs` old; never an older one.
 * @example catchUpSlot({ cron: '0 9 * * 1', timezone: 'UTC' }, new Date('2024-12-02T10:00:00Z'), 86_400_000) // 2024-12-02T09:00:00Z
 */
export function catchUpSlot(schedule: DigestSchedule, now: Date, windowMs: number): Date | null {
  const slot = latestSlot(schedule, now);
  return now.getTime() - slot.getTime() <= windowMs ? slot : null;
}
