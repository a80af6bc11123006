/**
 * Snapshot history in Redis, under one key prefix:
 *   <prefix>snapshot:<id>  the encoded blob (binary string)
 *   <prefix>summaries      hash id -> summary JSON (trends read only these)
 *   <prefix>index          sorted set of ids scored by asOf (epoch ms)
 * A put writes all three in one MULTI with NX flags, so storing the same
 * snapshot twice changes nothing, and the index never names a missing blob.
 */
import type { Redis } from 'ioredis';
import type { SnapshotStore, StoredSnapshot } from '../../app/ports.ts';
import { type RetentionPolicy, selectPrunable } from '../../core/snapshot/select-prunable.ts';
import type { SnapshotSummary } from '../../core/snapshot/snapshot.ts';
import { redisGuard } from './redis-guard.ts';
import { sortSummaries } from './sort-summaries.ts';

const bound = (iso: string | undefined, open: '-inf' | '+inf') =>
  iso === undefined ? open : Date.parse(iso);

/**
 * `client` answers the small commands within the request-path timeout; `bulk`
 * (default: the same client) moves the blobs, megabytes at a million hosts,
 * with a timeout that allows for that.
 */
export function createRedisSnapshotStore(client: Redis, prefix: string, bulk: Redis = client): SnapshotStore {
  const guard = redisGuard(client);
  const bulkGuard = bulk === client ? guard : redisGuard(client, bulk);
  const blobKey = (id: string) => `${prefix}snapshot:${id}`;
  const summariesKey = `${prefix}summaries`;
  const indexKey = `${prefix}index`;

  const parse = (json: string | null): SnapshotSummary | null => {
    if (json === null) return null;
    try {
      return JSON.parse(json) as SnapshotSummary;
    } catch {
      return null; // a damaged entry hides one point of history, it does not break the trend
    }
  };

  const summariesBetween = (from: number | string, to: number | string) =>
    guard('summaries', async () => {
      const ids = await client.zrangebyscore(indexKey, from, to);
      if (ids.length === 0) return [];
      const found = (await client.hmget(summariesKey, ...ids)).map(parse);
      return sortSummaries(found.filter((s): s is SnapshotSummary => s !== null));
    });

  const get = (id: string) =>
    bulkGuard('get', async (): Promise<StoredSnapshot | null> => {
      const [summary, bytes] = await Promise.all([
        client.hget(summariesKey, id),
        bulk.getBuffer(blobKey(id)),
      ]);
      const parsed = parse(summary);
      return parsed && bytes ? { summary: parsed, bytes } : null;
    });

  /** The newest summary at the highest score at or below `max`. */
  const newestAtOrBelow = async (max: number | '+inf') => {
    const top = await guard('latest', () =>
      client.zrevrangebyscore(indexKey, max, '-inf', 'WITHSCORES', 'LIMIT', 0, 1),
    );
    if (top.length < 2) return null;
    return (await summariesBetween(top[1], top[1])).at(-1) ?? null;
  };

  return {
    put: ({ summary, bytes }) =>
      bulkGuard('put', async () => {
        if ((await client.zscore(indexKey, summary.id)) !== null) return false;
        const results = await bulk
          .multi()
          .set(blobKey(summary.id), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'NX')
          .hsetnx(summariesKey, summary.id, JSON.stringify(summary))
          .zadd(indexKey, 'NX', Date.parse(summary.asOf), summary.id)
          .exec();
        const added = results?.[2];
        if (!added || added[0]) throw added?.[0] ?? new Error('transaction discarded');
        return Number(added[1]) === 1;
      }),
    latest: async () => {
      const newest = await newestAtOrBelow('+inf');
      return newest ? get(newest.id) : null;
    },
    get,
    summaries: (range = {}) => summariesBetween(bound(range.from, '-inf'), bound(range.to, '+inf')),
    nearestBefore: (asOf) => newestAtOrBelow(Date.parse(asOf)),
    prune: async (policy: RetentionPolicy) => {
      const drop = selectPrunable(await summariesBetween('-inf', '+inf'), policy);
      if (drop.length === 0) return 0;
      await guard('prune', () =>
        client
          .multi()
          .del(...drop.map(blobKey))
          .hdel(summariesKey, ...drop)
          .zrem(indexKey, ...drop)
          .exec(),
      );
      return drop.length;
    },
  };
}
