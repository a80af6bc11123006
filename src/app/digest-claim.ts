/**
 * Exactly-once posting of a digest per slot and channel, on `OnceClaims`
 * (`SET key NX PX ttl`) alone, in two phases:
 *
 * 1. Lease: `digest:posting:<slot>:<channel>`, for `leaseMs`. One holder at a
 *    time. Its holder releases it once the post and its charts are done (or
 *    when it knows nothing was posted), so a waiter learns at once; a holder
 *    killed mid-digest (or unsure whether Slack took the message) never
 *    releases it: it runs out, and the next process to ask (the retried job,
 *    a catch-up, the CLI) takes over.
 * 2. Sent: `digest:sent:<slot>:<channel>`, for `keepMs`, recorded by the
 *    lease holder as soon as Slack has accepted the message, holding the
 *    message's ts.
 * 3. Charts: `digest:charts:<slot>:<channel>`, recorded once the charts are in
 *    the message's thread. A lease holder that finds the post sent but its
 *    charts not recorded (its poster died or the upload failed) attaches them
 *    to that message.
 *
 * Before posting, the lease holder checks "sent" by claiming it for 1 ms: a
 * claim that succeeds proves nobody recorded the post, and is gone again
 * before the holder records its own. Only lease holders check (there is one
 * at a time), so a check never mistakes another check for a post; waiters
 * just retry the lease. Guarantees, given leaseMs is longer than one post:
 * - never two posts while both processes live (one lease holder at a time;
 *   a holder that got slow gives up before posting once half its lease is gone);
 * - a killed process's digest is posted by another once its lease runs out;
 * - a second post only if a process dies in the milliseconds between Slack
 *   accepting its message and "sent" being recorded (or a single Slack call
 *   outlasts the whole lease): at-least-once there, never lost.
 */
import { randomUUID } from 'node:crypto';
import { DigestBusyError } from './digest-busy-error.ts';
import type { Clock, OnceClaims } from './ports.ts';

export interface DigestClaimTiming {
  /** How long a posting lease lasts: well over one chat.postMessage with its retries. */
  readonly leaseMs: number;
  /** How long "sent" is remembered: longer than any retry or catch-up of the slot. */
  readonly keepMs: number;
  /** How often a waiter asks for the lease again. */
  readonly pollMs: number;
}

export type Sleep = (ms: number) => Promise<void>;

export interface DigestLease {
  readonly kind: 'lease';
  /** Still time to post: less than half the lease used, so it cannot run out mid-post. */
  fresh(): boolean;
  /** Record the post (right after Slack accepted it) with its message ts. */
  markSent(ts: string): Promise<void>;
  /** Record that the post's charts are in its thread. */
  markCharts(): Promise<void>;
  /**
   * Free the lease now: only once "sent" is recorded (and the charts tried) or
   * nothing was posted. Best effort: a release that fails leaves the lease to run out.
   */
  release(): Promise<void>;
}

/** The slot was posted to the channel already; the lease is held until `release()`. */
export interface SentDigest {
  readonly kind: 'sent';
  /** The message's ts, when the post recorded one. */
  readonly ts: string | null;
  /** Its charts are recorded as in its thread. */
  readonly chartsAttached: boolean;
  markCharts(): Promise<void>;
  release(): Promise<void>;
}

const PROBE_MS = 1;

export const digestClaimKeys = (slot: string, channel: string) => ({
  posting: `digest:posting:${slot}:${channel}`,
  sent: `digest:sent:${slot}:${channel}`,
  charts: `digest:charts:${slot}:${channel}`,
});

/** A Slack message ts (`1733130000.000100`); older records hold a plain marker instead. */
const MESSAGE_TS = /^\d+\.\d+$/;

/** Take the posting lease for (slot, channel), waiting out another holder; `sent` when it was posted already. */
export async function claimDigest(
  claims: OnceClaims,
  slot: string,
  channel: string,
  timing: DigestClaimTiming,
  clock: Clock,
  sleep: Sleep,
): Promise<DigestLease | SentDigest> {
  const keys = digestClaimKeys(slot, channel);
  const start = clock.now().getTime();
  // A holder that is alive finishes within its lease; one that died frees it when the lease runs out.
  const maxWaitMs = 2 * timing.leaseMs + timing.pollMs;
  const holder = randomUUID();
  while (!(await claims.claimOnce(keys.posting, timing.leaseMs, holder))) {
    const waited = clock.now().getTime() - start;
    if (waited > maxWaitMs) throw new DigestBusyError(slot, channel, waited);
    await sleep(timing.pollMs);
  }
  const takenAt = clock.now().getTime();
  const release = () => claims.release(keys.posting, holder).catch(() => {});
  const markCharts = async () => {
    await claims.claimOnce(keys.charts, timing.keepMs);
  };
  if (!(await claims.claimOnce(keys.sent, PROBE_MS))) {
    // Unreadable records leave the charts alone: a missing chart is better than a second set.
    const [ts, charts] = await Promise.all([
      claims.holderOf(keys.sent).catch(() => null),
      claims.holderOf(keys.charts).catch(() => 'unknown'),
    ]);
    return {
      kind: 'sent',
      ts: ts && MESSAGE_TS.test(ts) ? ts : null,
      chartsAttached: charts !== null,
      markCharts,
      release,
    };
  }
  return {
    kind: 'lease',
    release,
    markCharts,
    fresh: () => clock.now().getTime() - takenAt < timing.leaseMs / 2,
    async markSent(ts) {
      // The 1 ms check may not have run out yet on a very fast post: try again a moment later.
      // A store that fails right after the post gets a few tries too (each miss risks a second post).
      let failure: unknown = null;
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          if (await claims.claimOnce(keys.sent, timing.keepMs, ts)) return;
          failure = null;
        } catch (error) {
          failure = error;
        }
        await sleep(failure ? 100 * 2 ** attempt : PROBE_MS * 5);
      }
      if (failure) throw failure;
      // Still taken: someone else recorded it (a holder whose lease ran out mid-post). Recorded either way.
    },
  };
}
