import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/adapters/metrics/create-metrics.ts';
import { observeDigestPoster } from '../../../src/adapters/metrics/observe-digest-poster.ts';
import type { DigestPoster, DigestPostResult } from '../../../src/app/digest-poster.ts';
import { parsePrometheus } from './parse-prometheus.ts';

describe('observeDigestPoster', () => {
  it('counts posted, cannot_post and failed digests, and passes results and errors through', async () => {
    const answers: (() => Promise<DigestPostResult>)[] = [
      async () => ({ ok: true, ts: '1.1' }),
      async () => ({ ok: true, ts: '1.2' }),
      async () => ({ ok: false, reason: 'not_in_channel' }),
      async () => {
        throw new Error('ratelimited');
      },
    ];
    const attached: string[] = [];
    const inner: DigestPoster = {
      post: () => answers.shift()!(),
      attach: async (channel, ts) => void attached.push(`${channel}/${ts}`),
    };
    const metrics = createMetrics({ processMetrics: false });
    const poster = observeDigestPoster(inner, metrics);
    const message = { text: 'digest', blocks: [] };
    expect(await poster.post('C1', message, 's')).toEqual({ ok: true, ts: '1.1' });
    await poster.post('C2', message, 's');
    expect(await poster.post('C3', message, 's')).toEqual({ ok: false, reason: 'not_in_channel' });
    await expect(poster.post('C4', message, 's')).rejects.toThrow('ratelimited');
    await poster.attach('C1', '1.1', []);
    expect(attached).toEqual(['C1/1.1']);
    const e = parsePrometheus(await metrics.registry.metrics());
    expect(e.value('java_migration_digests_posted_total', { outcome: 'posted' })).toBe(2);
    expect(e.value('java_migration_digests_posted_total', { outcome: 'cannot_post' })).toBe(1);
    expect(e.value('java_migration_digests_posted_total', { outcome: 'failed' })).toBe(1);
  });
});
