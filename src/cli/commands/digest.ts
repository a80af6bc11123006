/**
 * `java-migration digest --now | --dry-run [--config FILE]`: the weekly digest
 * for the current slot (the latest time the schedule fired). `--now` posts it
 * to the configured and subscribed channels through the scheduler's own code
 * path, so a channel that already has this slot's digest is skipped;
 * `--dry-run` prints it and posts nothing. If another process is posting the
 * same slot at that moment, --now waits until it has (its posting lease is
 * released then; 30 s at most if it died) and reports the channel as already
 * posted.
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createLogger } from '../../adapters/log/create-logger.ts';
import { createDigestRuntime } from '../../adapters/scheduler/create-digest-runtime.ts';
import type { DigestRun } from '../../app/digest-service.ts';
import { buildService } from '../build-service.ts';
import type { CliCommand, CliIo } from '../cli-io.ts';
import { UsageError } from '../usage-error.ts';

const USAGE = 'java-migration digest --now | --dry-run [--config FILE]';

const OUTCOME_WORDS: Record<DigestRun['channels'][number]['outcome'], string> = {
  posted: 'posted',
  'already-sent': 'already posted for this slot',
  'cannot-post': 'cannot post there',
  failed: 'failed',
};

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      options: {
        now: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('. ')[0], USAGE);
  }
}

function cliLogger(env: CliIo['env'], level: string) {
  return createLogger({
    level: env.LOG_LEVEL ? level : 'silent',
    destination: pino.destination({ dest: 2, sync: true }),
    name: 'java-migration-cli',
  });
}

export const digestCommand: CliCommand = {
  summary: 'post the weekly digest for the current slot now (--now), or print it (--dry-run)',
  usage: USAGE,
  async run(args, io) {
    const values = parse(args);
    if (values.help) {
      io.out(`usage: ${USAGE}`);
      return 0;
    }
    const dryRun = values['dry-run'] ?? false;
    if (!values.now && !dryRun)
      throw new UsageError('say --now to post the digest, or --dry-run to print it', USAGE);
    const { service, config, store } = buildService(
      { config: values.config, inventory: undefined, target: undefined },
      io,
      { history: true },
    );
    if (!store) throw new Error('the digest needs the history store');
    try {
      if (!dryRun && !config.slack.botToken)
        throw new UsageError('posting the digest needs SLACK_BOT_TOKEN (or try --dry-run)', USAGE);
      const logger = cliLogger(io.env, config.logLevel);
      const { digest } = createDigestRuntime({ config, service, store: store.store, logger });
      const slot = digest.currentSlot();
      if (dryRun) {
        io.out((await digest.draft(slot)).text);
        return 0;
      }
      const run = await digest.postSlot(slot);
      if (run.channels.length === 0) {
        io.err(
          'no channels: set digest.channels (or DIGEST_CHANNELS), or /java-migration subscribe in a channel',
        );
        return 1;
      }
      for (const c of run.channels)
        io.out(
          `${c.channel}: ${OUTCOME_WORDS[c.outcome]}${c.outcome === 'cannot-post' ? ` (${c.detail})` : ''}`,
        );
      io.out(`digest for ${run.slot}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
