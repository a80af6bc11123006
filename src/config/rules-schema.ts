/**
 * The YAML rules file (`MIGRATION_CONFIG`): what the campaign is and how the
 * bot behaves. Every key is optional; defaults reproduce the article's export.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const slackId = z.string().regex(/^[USWG][A-Z0-9]{2,}$/, 'a Slack user or user-group id (U…, W… or S…)');
const channelId = z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'a Slack channel id (C…, G… or D…)');

export const rulesSchema = z
  .object({
    campaign: z
      .object({
        name: z.string().min(1).max(80).optional(),
        target: z.number().int().min(2).max(99).default(11),
        goalPercent: z.number().gt(0).max(100).default(100),
        deadline: isoDate.nullable().default(null),
      })
      .strict()
      .prefault({}),
    columns: z
      .object({
        id: z.string().min(1).default('CMDB_Id'),
        distribution: z.string().min(1).default('Distribution'),
        environment: z.string().min(1).default('Environment'),
        team: z.string().min(1).default('Team'),
        lastSeen: z.string().min(1).default('Last seen'),
        version: z.string().min(1).default('Installed version'),
      })
      .strict()
      .prefault({}),
    staleDays: z.number().int().min(1).max(3650).default(30),
    teams: z
      .record(
        z.string().min(1),
        z
          .object({
            aliases: z.array(z.string().min(1)).default([]),
            owners: z.array(slackId).default([]),
          })
          .strict(),
      )
      .default({}),
    inventory: z
      .object({
        freshnessMinutes: z.number().min(0).max(1440).default(15),
        timeoutSeconds: z.number().gt(0).max(600).default(60),
        maxMegabytes: z.number().gt(0).max(10_000).default(512),
        maxBadRowsPercent: z.number().min(0).max(100).default(1),
      })
      .strict()
      .prefault({}),
    digest: z
      .object({
        cron: z
          .string()
          .regex(/^\S+(\s+\S+){4,5}$/, 'a cron pattern with 5 or 6 fields')
          .default('0 9 * * 1'),
        timezone: z.string().default('UTC'),
        channels: z.array(channelId).default([]),
        catchUpHours: z.number().min(0).max(168).default(24),
      })
      .strict()
      .prefault({}),
    history: z
      .object({
        keepAllDays: z.number().int().min(7).max(36500).default(730),
      })
      .strict()
      .prefault({}),
    access: z
      .object({
        hostListChannels: z.array(channelId).nullable().default(null),
        hostListUserGroups: z.array(slackId).default([]),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Rules = z.output<typeof rulesSchema>;
