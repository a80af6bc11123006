/**
 * A DigestPoster that counts digest messages by outcome: `posted`,
 * `cannot_post` (not in the channel, archived, ...) and `failed` (rejected;
 * the scheduler retries). Slots skipped as already sent never reach the poster.
 */
import type { DigestPoster } from '../../app/digest-poster.ts';
import type { Metrics } from './create-metrics.ts';

export function observeDigestPoster(
  poster: DigestPoster,
  metrics: Pick<Metrics, 'digestsPosted'>,
): DigestPoster {
  return {
    async post(channel, message, slot) {
      try {
        const result = await poster.post(channel, message, slot);
        metrics.digestsPosted.inc({ outcome: result.ok ? 'posted' : 'cannot_post' });
        return result;
      } catch (error) {
        metrics.digestsPosted.inc({ outcome: 'failed' });
        throw error;
      }
    },
    attach: (channel, threadTs, files) => poster.attach(channel, threadTs, files),
  };
}
