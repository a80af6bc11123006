/**
 * The user-group directory behind the host-list allow-list and the Home tab's
 * "your team" line: one `usergroups.list` (with members) answers for every
 * user until it is stale, a group the workspace does not have is logged once,
 * and a read Slack refuses counts as "in no group", logged, without asking
 * again on every request.
 */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUserGroupDirectory } from '../../../src/adapters/slack/user-group-directory.ts';
import { slackClientOptions } from '../../../src/adapters/slack/slack-client-options.ts';
import { type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import { type LogLine, recordingLogger } from './start-test-bot.ts';

let slack: SlackStandIn;
let client: webApi.WebClient;

beforeAll(async () => {
  slack = await startSlackStandIn();
  const options = slackClientOptions(slack.apiUrl, { timeoutMs: 1000, retries: 0 });
  client = new webApi.WebClient('xoxb-test', { ...options, logLevel: webApi.LogLevel.ERROR });
});
afterAll(() => slack.close());
beforeEach(() => {
  slack.reset();
  slack.userGroup('S0OPS', ['U0ANN', 'U0BEN']);
  slack.userGroup('S0DEV', ['U0BEN']);
});

function directory(logs: LogLine[] = []) {
  let now = 1_000_000;
  const groups = createUserGroupDirectory({ logger: recordingLogger(logs), ttlMs: 60_000, now: () => now });
  return { groups, advance: (ms: number) => (now += ms) };
}

describe('user-group directory', () => {
  it('tells which of the asked groups a user is in, from one usergroups.list with members', async () => {
    const logs: LogLine[] = [];
    const { groups } = directory(logs);
    const owning = new Set(['S0OPS', 'S0DEV', 'S0GONE']);
    expect([...(await groups.groupsOf('U0BEN', owning, client))].sort()).toEqual(['S0DEV', 'S0OPS']);
    expect([...(await groups.groupsOf('U0ANN', owning, client))]).toEqual(['S0OPS']);
    expect((await groups.groupsOf('U0NOBODY', owning, client)).size).toBe(0);
    const calls = slack.callsTo('usergroups.list');
    expect(calls).toHaveLength(1);
    expect(String(calls[0].body.include_users)).toBe('true');
    // The group the workspace does not have: logged once for this read, not on every question.
    expect(
      logs.filter((l) => l.level === 'warn').map((l) => (l.obj as { usergroup?: string }).usergroup),
    ).toEqual(['S0GONE']);
  });

  it('asks Slack nothing when no group is asked about', async () => {
    const { groups } = directory();
    expect((await groups.groupsOf('U0ANN', new Set(), client)).size).toBe(0);
    expect(slack.callsTo('usergroups.list')).toHaveLength(0);
  });

  it('reads the groups again once they are stale, and sees a new member then', async () => {
    const { groups, advance } = directory();
    const owning = new Set(['S0OPS']);
    expect((await groups.groupsOf('U0CAL', owning, client)).size).toBe(0);
    slack.userGroup('S0OPS', ['U0ANN', 'U0BEN', 'U0CAL']);
    advance(59_000);
    expect((await groups.groupsOf('U0CAL', owning, client)).size).toBe(0);
    advance(2_000);
    expect([...(await groups.groupsOf('U0CAL', owning, client))]).toEqual(['S0OPS']);
    expect(slack.callsTo('usergroups.list')).toHaveLength(2);
  });

  it('a refused read (no usergroups:read scope) counts as no group, is logged, and is not retried on every view', async () => {
    const logs: LogLine[] = [];
    const { groups, advance } = directory(logs);
    slack.fail('usergroups.list', { error: 'missing_scope' });
    const owning = new Set(['S0OPS']);
    expect((await groups.groupsOf('U0ANN', owning, client)).size).toBe(0);
    expect((await groups.groupsOf('U0BEN', owning, client)).size).toBe(0);
    expect(slack.callsTo('usergroups.list')).toHaveLength(1);
    expect(logs.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual([
      'could not read the user groups; counted as no membership',
    ]);
    advance(60_000);
    expect([...(await groups.groupsOf('U0ANN', owning, client))]).toEqual(['S0OPS']);
  });
});
