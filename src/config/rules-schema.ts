/**
 * The YAML rules file (`MIGRATION_CONFIG`): what the campaign is and how the
 * bot behaves. Every key is optional; defaults reproduce the article's export.
 * Unknown keys are errors (a typo must not silently fall back to a default).
 * `migration.example.yml` documents every key; a test keeps the two in step.
 */
import { z } from 'zod';
import {
  channelId,
  cronPattern,
  isoDate,
  numberIn,
  section,
  slackUserId,
  text,
  timeZone,
  wholeNumber,
} from './schema-parts.ts';

const column = (header: string) => text(200, 'a column header').default(header);

const team = z.preprocess(
  (v) => (v === null ? {} : v),
  z
    .object({
      aliases: z.array(text(200, 'a team name')).default([]),
      owners: z.array(slackUserId).default([]),
    })
    .strict(),
);

export const rulesSchema = z
  .object({
    campaign: section({
      name: text(80, 'a title').optional(),
      target: wholeNumber(2, 99).default(11),
      goalPercent: numberIn(0, 100, true).default(100),
      deadline: isoDate.nullable().default(null),
    }),
    columns: section({
      id: column('CMDB_Id'),
      distribution: column('Distribution'),
      environment: column('Environment'),
      team: column('Team'),
      lastSeen: column('Last seen'),
      version: column('Installed version'),
    }),
    staleDays: wholeNumber(1, 3650).default(30),
    teams: z.preprocess(
      (v) => (v === null ? undefined : v),
      z
        .record(text(200, 'a team name'), team)
        .default({})
        .describe('a mapping of team name to { aliases, owners }'),
    ),
    inventory: section({
      freshnessMinutes: numberIn(0, 1440).default(15),
      timeoutSeconds: numberIn(0, 600, true).default(60),
      maxMegabytes: numberIn(0, 10_000, true).default(512),
      maxBadRowsPercent: numberIn(0, 100).default(1),
    }),
    digest: section({
      cron: cronPattern.default('0 9 * * 1'),
      timezone: timeZone.default('UTC'),
      channels: z.array(channelId).default([]).describe('a list of Slack channel ids'),
      catchUpHours: numberIn(0, 168).default(24),
    }),
    history: section({
      keepAllDays: wholeNumber(7, 36_500).default(730),
    }),
    access: section({
      hostListChannels: z
        .array(channelId)
        .nullable()
        .default(null)
        .describe('a list of Slack channel ids, or null'),
      hostListUserGroups: z.array(slackUserId).default([]).describe('a list of Slack user-group ids'),
    }),
    server: section({
      shutdownGraceSeconds: wholeNumber(1, 600).default(10),
    }),
  })
  .strict();

export type Rules = z.output<typeof rulesSchema>;
