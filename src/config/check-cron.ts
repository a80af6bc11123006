/**
 * Check a cron pattern the way the digest scheduler will read it: BullMQ
 * hands `pattern` to cron-parser, so the same parser decides here.
 */
import { CronExpressionParser } from 'cron-parser';

const ALIASES = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@hourly']);

/** Null when the pattern is valid, else what is wrong with it. */
export function cronProblem(pattern: string, timezone = 'UTC'): string | null {
  const trimmed = pattern.trim();
  const fields = trimmed.split(/\s+/).length;
  // cron-parser fills in missing trailing fields; a 3-field pattern is a typo, not a schedule.
  if (!ALIASES.has(trimmed) && (fields < 5 || fields > 6)) return `${fields} fields`;
  try {
    CronExpressionParser.parse(trimmed, { tz: timezone });
    return null;
  } catch (error) {
    const message = (error as Error).message;
    return message.charAt(0).toLowerCase() + message.slice(1);
  }
}

/** The next time the pattern fires after `from`, for summaries ("next Mon 9 Dec 09:00"). */
export function nextCronRun(pattern: string, timezone: string, from: Date): Date {
  return CronExpressionParser.parse(pattern.trim(), { tz: timezone, currentDate: from }).next().toDate();
}
