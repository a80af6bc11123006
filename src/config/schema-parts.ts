/**
 * Building blocks for the config schemas. Each carries, in `.describe()`,
 * the words an error uses for what is expected ("a whole number from 2 to 99").
 */
import { z } from 'zod';
import { cronProblem } from './check-cron.ts';
import { canonicalTimeZone } from './is-time-zone.ts';

export const wholeNumber = (min: number, max: number) =>
  z.number().int().min(min).max(max).describe(`a whole number from ${min} to ${max}`);

/** A number in [min, max]; `above` makes the lower bound exclusive (a timeout of 0 makes no sense). */
export const numberIn = (min: number, max: number, above = false) =>
  (above ? z.number().gt(min) : z.number().min(min))
    .max(max)
    .describe(above ? `a number above ${min} and at most ${max}` : `a number from ${min} to ${max}`);

export const text = (max: number, what = 'text') =>
  z.string().trim().min(1).max(max).describe(`${what} of 1 to ${max} characters`);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'no such day')
  .describe('a date as YYYY-MM-DD');

export const slackUserId = z
  .string()
  .regex(/^[USW][A-Z0-9]{2,}$/)
  .describe('a Slack user or user-group id (U…, W… or S…)');

export const channelId = z
  .string()
  .regex(/^[CGD][A-Z0-9]{2,}$/)
  .describe('a Slack channel id (C…, G… or D…)');

export const timeZone = z
  .string()
  .refine((s) => canonicalTimeZone(s) !== null, 'not a time zone Intl knows')
  .transform((s) => canonicalTimeZone(s) ?? s)
  .describe('an IANA time zone such as Europe/Paris or UTC');

export const cronPattern = z
  .string()
  .superRefine((s, ctx) => {
    const problem = cronProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('a cron pattern with 5 or 6 fields such as "0 9 * * 1"');

/** A YAML section: strict keys, and an empty section (`digest:` with nothing under it) means defaults. */
export const section = <S extends z.ZodRawShape>(shape: S) =>
  // Every key of a section has a default, so {} is a valid input; zod cannot see that through the generic.
  z.preprocess(
    (v) => (v === null ? undefined : v),
    z
      .object(shape)
      .strict()
      .prefault({} as never),
  );
