/**
 * `java-migration digest --now | --dry-run`, run in-process with the real
 * config, inventory file, embedded store and the Slack stand-in: --now posts
 * the current slot's digest through the scheduler's path (a second --now, or
 * the scheduled run of the same slot, posts nothing more); --dry-run posts nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDigestRuntime } from '../../../src/adapters/scheduler/create-digest-runtime.ts';
import { buildService } from '../../../src/cli/build-service.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import { digestCommand } from '../../../src/cli/commands/digest.ts';
import { runCli } from '../../../src/cli/run-cli.ts';
import { weekRecords } from '../../support/digest-series.ts';
import { SERIES_PLANS, silentLogger } from '../../support/digest-setup.ts';
import { type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';

let slack: SlackStandIn;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  slack = await startSlackStandIn();
  dir = mkdtempSync(join(tmpdir(), 'jm-digest-cli-'));
  const header =
    'CMDB_Id,Distribution,Architecture,Environment,Team,Last seen,Last modified,Installed version';
  const rows = weekRecords(SERIES_PLANS, 3, new Date(Date.now() - 3_600_000).toISOString()).map((r) =>
    [r.id, r.distribution, 'amd64', r.environment, r.team, r.lastSeen, r.lastSeen, r.version].join(','),
  );
  writeFileSync(join(dir, 'inventory.csv'), [header, ...rows].join('\n'));
  // Hourly, so the current slot is inside the catch-up window and the scheduled path runs it.
  writeFileSync(join(dir, 'rules.yml'), "digest:\n  cron: '0 * * * *'\n");
  env = {
    MIGRATION_CONFIG: join(dir, 'rules.yml'),
    SLACK_BOT_TOKEN: 'xoxb-cli-test',
    SLACK_API_URL: slack.apiUrl,
    INVENTORY_URL: join(dir, 'inventory.csv'),
    DATA_DIR: join(dir, 'data'),
    DIGEST_CHANNELS: 'C0ONE,C0TWO',
  };
});
afterAll(async () => {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => slack.reset());

async function cli(args: string[], extraEnv: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env: { ...env, ...extraEnv },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: dir,
  };
  const code = await runCli(['digest', ...args], { digest: digestCommand, help: digestCommand }, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const posts = () => slack.callsTo('chat.postMessage').filter((c) => c.outcome === 'ok');

describe('java-migration digest', () => {
  it('prints the digest with --dry-run and posts nothing', async () => {
    const run = await cli(['--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Weekly digest · Java 11+ migration');
    expect(run.out).toContain('<!channel> Ops');
    expect(slack.calls).toHaveLength(0);
  });

  it('posts the current slot with --now', async () => {
    const run = await cli(['--now'], { DATA_DIR: join(dir, 'fresh') });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('C0ONE: posted');
    expect(run.out).toContain('C0TWO: posted');
    expect(posts().map((p) => p.body.channel)).toEqual(['C0ONE', 'C0TWO']);
  });

  it('posts nothing with --now when the scheduler already posted the slot: same path, same claims', async () => {
    const quiet = { env, out: () => {}, err: () => {}, cwd: dir };
    const { service, config, store } = buildService(
      { config: undefined, inventory: undefined, target: undefined },
      quiet,
      {
        history: true,
      },
    );
    if (!store) throw new Error('no store');
    // A short posting lease, so the CLI run below need not wait it out.
    const runtime = createDigestRuntime({
      config,
      service,
      store: store.store,
      logger: silentLogger,
      timing: { leaseMs: 300 },
    });
    const scheduled = await runtime.digest.runScheduled(runtime.digest.currentSlot().getTime());
    expect(scheduled?.channels.map((c) => c.outcome)).toEqual(['posted', 'posted']);
    await store.close();
    await new Promise((resolve) => setTimeout(resolve, 400));

    const run = await cli(['--now']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('C0ONE: already posted for this slot');
    expect(run.out).toContain('C0TWO: already posted for this slot');
    expect(posts()).toHaveLength(2);
  });

  it('says what is missing: a mode, or a token to post with', async () => {
    expect((await cli([])).code).toBe(2);
    const noToken = await cli(['--now'], { SLACK_BOT_TOKEN: '' });
    expect(noToken.code).toBe(2);
    expect(noToken.err).toContain('SLACK_BOT_TOKEN');
  });
});
