/**
 * Snapshot history as files, for the CLI and a first run with nothing
 * installed: `<dir>/snapshots/<id>.snap` (the blob) and `<id>.json` (its
 * summary, written last and create-only, so it marks a complete snapshot and
 * a second put of the same id changes nothing). Summaries never change once
 * written, so they are read once per process and cached.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotStore, StoredSnapshot } from '../../app/ports.ts';
import { type RetentionPolicy, selectPrunable } from '../../core/snapshot/select-prunable.ts';
import type { SnapshotSummary } from '../../core/snapshot/snapshot.ts';
import { fileGuard } from './file-guard.ts';
import { sortSummaries } from './sort-summaries.ts';
import { createFileAtomic, writeFileAtomic } from './write-file-atomic.ts';

const SUMMARY = '.json';
const ID = /^\d{15}-[0-9a-f]{8,16}$/;

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export function createFileSnapshotStore(dataDir: string): SnapshotStore {
  const dir = join(dataDir, 'snapshots');
  const guard = fileGuard(dataDir);
  const cache = new Map<string, SnapshotSummary | null>();
  const path = (id: string, ext: string) => join(dir, `${id}${ext}`);

  const readSummary = async (id: string): Promise<SnapshotSummary | null> => {
    try {
      return JSON.parse(await readFile(path(id, SUMMARY), 'utf8')) as SnapshotSummary;
    } catch (error) {
      if (missing(error) || error instanceof SyntaxError) return null; // gone, or damaged by hand: skip it
      throw error;
    }
  };

  const all = () =>
    guard('summaries', async () => {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (missing(error)) return [];
        throw error;
      }
      const ids = new Set(names.filter((n) => n.endsWith(SUMMARY)).map((n) => n.slice(0, -SUMMARY.length)));
      for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
      for (const id of ids) if (ID.test(id) && !cache.has(id)) cache.set(id, await readSummary(id));
      return sortSummaries([...cache.values()].filter((s): s is SnapshotSummary => s !== null));
    });

  const get = (id: string) =>
    guard('get', async (): Promise<StoredSnapshot | null> => {
      if (!ID.test(id)) return null;
      const summary = cache.get(id) ?? (await readSummary(id));
      if (!summary) return null;
      try {
        return { summary, bytes: new Uint8Array(await readFile(path(id, '.snap'))) };
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    });

  const within = (s: SnapshotSummary, from?: string, to?: string) =>
    (from === undefined || Date.parse(s.asOf) >= Date.parse(from)) &&
    (to === undefined || Date.parse(s.asOf) <= Date.parse(to));

  return {
    put: ({ summary, bytes }) =>
      guard('put', async () => {
        if (!ID.test(summary.id)) throw new RangeError(`not a snapshot id: ${summary.id}`);
        if (cache.get(summary.id) || (await readSummary(summary.id))) return false;
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(path(summary.id, '.snap'), bytes);
        const created = await createFileAtomic(path(summary.id, SUMMARY), JSON.stringify(summary));
        if (created) cache.set(summary.id, summary);
        return created;
      }),
    latest: async () => {
      const newest = (await all()).at(-1);
      return newest ? get(newest.id) : null;
    },
    get,
    summaries: async (range = {}) => (await all()).filter((s) => within(s, range.from, range.to)),
    nearestBefore: async (asOf) => (await all()).filter((s) => within(s, undefined, asOf)).at(-1) ?? null,
    prune: async (policy: RetentionPolicy) => {
      const drop = selectPrunable(await all(), policy);
      await guard('prune', async () => {
        for (const id of drop) {
          // Summary first: without it the blob is invisible, so a crash here loses nothing shown.
          await unlink(path(id, SUMMARY)).catch((e) => (missing(e) ? undefined : Promise.reject(e)));
          await unlink(path(id, '.snap')).catch((e) => (missing(e) ? undefined : Promise.reject(e)));
          cache.delete(id);
        }
      });
      return drop.length;
    },
  };
}
