/**
 * The digest use case: one code path posts the digest for a slot, whoever
 * asks (the BullMQ job, the in-process timer, the start-up catch-up, the CLI's
 * `--now`). Each channel is claimed with the two-phase claim of
 * digest-claim.ts, so a slot is posted once per channel across processes and
 * retries. A slot older than the catch-up window is skipped, never posted late.
 */
import { catchUpSlot, type DigestSchedule, latestSlot, nextSlot } from '../core/digest/digest-slots.ts';
import { digestBlocks } from '../core/digest/digest-blocks.ts';
import { renderDigestText } from '../core/digest/render-digest-text.ts';
import type { SlackMessage } from '../core/render/blocks/block-kit.ts';
import { digestChannels } from './digest-channels.ts';
import { claimDigest, type DigestClaimTiming, type Sleep } from './digest-claim.ts';
import { type DigestContent, type DigestContentDeps, loadDigestContent } from './digest-content.ts';
import { DigestIncompleteError } from './digest-incomplete-error.ts';
import type { DigestPoster } from './digest-poster.ts';
import type { ChannelSubscriptions, Clock, OnceClaims } from './ports.ts';

export interface DigestServiceDeps extends DigestContentDeps {
  readonly claims: OnceClaims;
  readonly subscriptions: ChannelSubscriptions | null;
  readonly poster: DigestPoster;
  /** Channels from the config (`digest.channels` / DIGEST_CHANNELS). */
  readonly channels: readonly string[];
  /** A slot missed by more than this is not posted (config `digest.catchUpHours`). */
  readonly catchUpMs: number;
  readonly clock: Clock;
  readonly timing?: Partial<DigestClaimTiming>;
  readonly sleep?: Sleep;
}

export type ChannelOutcome = 'posted' | 'already-sent' | 'cannot-post' | 'failed';

export interface DigestRun {
  readonly slot: string;
  readonly channels: readonly {
    readonly channel: string;
    readonly outcome: ChannelOutcome;
    readonly detail?: string;
  }[];
}

export interface DigestService {
  readonly schedule: DigestSchedule;
  /** Post the digest for `slot` wherever it has not been posted; rejects with DigestIncompleteError to be retried. */
  postSlot(slot: Date): Promise<DigestRun>;
  /** A scheduled run for `slotMs`; null (nothing posted) when the slot is older than the catch-up window. */
  runScheduled(slotMs: number): Promise<DigestRun | null>;
  /** The slot to catch up on at start-up: the latest one, if inside the catch-up window (posted or not). */
  catchUpSlot(): Date | null;
  /** The latest slot at or before now: what `digest --now` posts. */
  currentSlot(): Date;
  /** The digest for `slot` as it would be posted now, for `digest --dry-run` (nothing is claimed or posted). */
  draft(slot: Date): Promise<{ readonly slot: Date; readonly message: SlackMessage; readonly text: string }>;
  /** The next digest as it would look now, for `digest preview` (nothing is claimed or posted). */
  preview(): Promise<{ readonly slot: Date; readonly message: SlackMessage; readonly text: string }>;
}

// The lease outlasts one post (a Slack call is bounded by its 10 s timeout, with no client retries)
// with a wide margin; a holder that dies (or cannot tell whether Slack took its post) holds it that long.
const DEFAULT_TIMING: DigestClaimTiming = {
  leaseMs: 30_000,
  keepMs: 14 * 86_400_000,
  pollMs: 1_000,
};

/** A channel's outcome, and the error of its charts when the post went out without them. */
type ChannelResult = DigestRun['channels'][number] & { readonly chartsError?: unknown };

export function createDigestService(deps: DigestServiceDeps): DigestService {
  const { clock, logger, schedule } = deps;
  const base = { ...DEFAULT_TIMING, ...deps.timing };
  // "Sent" must outlive every retry and catch-up of its slot.
  const timing = { ...base, keepMs: Math.max(base.keepMs, 2 * deps.catchUpMs) };
  const sleep: Sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));

  /** The charts into the post's thread, recorded; a failure is logged and returned (a later run of the slot tries again). */
  async function attachCharts(
    channel: string,
    slot: string,
    ts: string,
    content: DigestContent,
    lease: { markCharts(): Promise<void> },
  ): Promise<unknown> {
    try {
      await deps.poster.attach(channel, ts, await content.files());
    } catch (error) {
      // The digest itself is out; its charts are a bonus not worth a second digest.
      logger.error({ err: error, channel, slot }, 'digest: charts not uploaded; will retry');
      return error;
    }
    try {
      await lease.markCharts();
    } catch (error) {
      logger.warn(
        { err: error, channel, slot },
        'digest: charts uploaded but not recorded; a retry may add them again',
      );
    }
    return null;
  }

  async function postTo(channel: string, slot: string, content: DigestContent): Promise<ChannelResult> {
    const lease = await claimDigest(deps.claims, slot, channel, timing, clock, sleep);
    if (lease.kind === 'sent') {
      // Posted by a process that then died (or failed to upload) before its charts were in: add them now.
      let chartsError: unknown = null;
      if (lease.ts && !lease.chartsAttached) {
        chartsError = await attachCharts(channel, slot, lease.ts, content, lease);
        if (!chartsError)
          logger.info({ channel, slot, ts: lease.ts }, 'digest: charts added to an earlier post');
      }
      await lease.release();
      return { channel, outcome: 'already-sent', ...(chartsError ? { chartsError } : {}) };
    }
    if (!lease.fresh()) {
      await lease.release();
      throw new Error(`posting lease for ${channel} ran half out before posting`);
    }
    // A post that throws may still have reached Slack: the lease then runs out instead of being released.
    const result = await deps.poster.post(channel, content.message, slot);
    if (!result.ok) {
      await lease.release();
      logger.warn({ channel, slot, reason: result.reason }, 'digest: cannot post in this channel');
      return { channel, outcome: 'cannot-post', detail: result.reason };
    }
    let recorded = true;
    try {
      await lease.markSent(result.ts);
    } catch (error) {
      // Posted all the same: report it so, but a later run of this slot may post it again.
      recorded = false;
      logger.error({ err: error, channel, slot }, 'digest posted but not recorded as sent');
    }
    logger.info({ channel, slot, ts: result.ts }, 'digest posted');
    const chartsError = await attachCharts(channel, slot, result.ts, content, lease);
    // Recorded: a waiting replica or `digest --now` learns "already posted" at once.
    if (recorded) await lease.release();
    return { channel, outcome: 'posted', detail: result.ts, ...(chartsError ? { chartsError } : {}) };
  }

  async function postSlot(slotDate: Date): Promise<DigestRun> {
    const slot = slotDate.toISOString();
    const { channels, incomplete } = await digestChannels(deps.channels, deps.subscriptions, logger);
    if (channels.length === 0) {
      logger.info({ slot }, 'digest: no channels configured or subscribed');
      if (incomplete) throw new DigestIncompleteError(slot, [{ channel: '(subscribed)', error: incomplete }]);
      return { slot, channels: [] };
    }
    const content = await loadDigestContent(deps, slotDate);
    const results: DigestRun['channels'][number][] = [];
    const failed: DigestIncompleteError['failed'][number][] = [];
    for (const channel of channels) {
      try {
        const { chartsError, ...result } = await postTo(channel, slot, content);
        results.push(result);
        // Out without its charts: the slot is retried for them (the message itself is not posted again).
        if (chartsError) failed.push({ channel, error: chartsError, chartsOnly: true });
      } catch (error) {
        logger.error({ err: error, channel, slot }, 'digest: post failed; will retry');
        failed.push({ channel, error });
        results.push({ channel, outcome: 'failed', detail: (error as Error).message });
      }
    }
    if (incomplete) failed.push({ channel: '(subscribed)', error: incomplete });
    if (failed.length) throw new DigestIncompleteError(slot, failed);
    return { slot, channels: results };
  }

  const tooOld = (slotMs: number) => clock.now().getTime() - slotMs > deps.catchUpMs;

  return {
    schedule,
    postSlot,
    async runScheduled(slotMs) {
      if (tooOld(slotMs)) {
        logger.warn(
          { slot: new Date(slotMs).toISOString() },
          'digest: slot older than the catch-up window; skipped',
        );
        return null;
      }
      return postSlot(new Date(slotMs));
    },
    catchUpSlot: () => catchUpSlot(schedule, clock.now(), deps.catchUpMs),
    currentSlot: () => latestSlot(schedule, clock.now()),
    async draft(slot) {
      const { model, message } = await loadDigestContent(deps, slot);
      return { slot, message, text: renderDigestText(model) };
    },
    async preview() {
      const slot = nextSlot(schedule, clock.now());
      const { model } = await loadDigestContent(deps, slot);
      // Private, and not yet due: owners are named, not notified.
      const message = digestBlocks(model, {
        quietMentions: true,
        footer: 'preview: owners are named here, and mentioned in the real digest',
      });
      return { slot, message, text: renderDigestText(model) };
    },
  };
}
