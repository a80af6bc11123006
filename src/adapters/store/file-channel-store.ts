/**
 * Digest subscriptions (`<dir>/subscriptions.json`) and once-only claims
 * (`<dir>/once/<sha256 of key>`, created exclusively, holding the expiry and
 * the holder's name) for
 * the embedded store. Meant for one process, as the embedded store is;
 * updates within the process are serialised so none is lost.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChannelSubscriptions, Clock, OnceClaims } from '../../app/ports.ts';
import { fileGuard } from './file-guard.ts';
import { createFileAtomic, writeFileAtomic } from './write-file-atomic.ts';

const ANONYMOUS = '1';

export function createFileChannelStore(
  dataDir: string,
  clock: Clock = { now: () => new Date() },
): ChannelSubscriptions & OnceClaims {
  const guard = fileGuard(dataDir);
  const subscriptionsPath = join(dataDir, 'subscriptions.json');
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => {});
    return next;
  };

  const channels = async (): Promise<string[]> => {
    try {
      const parsed: unknown = JSON.parse(await readFile(subscriptionsPath, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return [];
      throw error;
    }
  };
  const update = (operation: string, change: (set: Set<string>) => boolean) =>
    serial(() =>
      guard(operation, async () => {
        const set = new Set(await channels());
        if (!change(set)) return false;
        await mkdir(dataDir, { recursive: true });
        await writeFileAtomic(subscriptionsPath, JSON.stringify([...set].sort()));
        return true;
      }),
    );

  const claimPath = async (key: string) => {
    const dir = join(dataDir, 'once');
    await mkdir(dir, { recursive: true });
    return join(dir, createHash('sha256').update(key).digest('hex'));
  };
  /** `<expiry ms> <holder>`; an unreadable file counts as expired. */
  const readClaim = async (path: string) => {
    const text = await readFile(path, 'utf8').catch(() => '');
    const space = text.indexOf(' ');
    return {
      expires: Number(space < 0 ? text : text.slice(0, space)),
      holder: space < 0 ? '' : text.slice(space + 1),
    };
  };
  const claim = async (path: string, ttlMs: number, holder: string, retry: boolean): Promise<boolean> => {
    const now = clock.now().getTime();
    if (await createFileAtomic(path, `${now + ttlMs} ${holder}`)) return true;
    const { expires } = await readClaim(path);
    if (!retry || expires > now) return false;
    await unlink(path).catch(() => {}); // expired (or unreadable): the key is free again
    return claim(path, ttlMs, holder, false);
  };

  return {
    subscribe: (channel) => update('subscribe', (set) => !set.has(channel) && Boolean(set.add(channel))),
    unsubscribe: (channel) => update('unsubscribe', (set) => set.delete(channel)),
    subscribedChannels: () => guard('subscriptions', async () => (await channels()).sort()),
    claimOnce: (key, ttlMs, holder = ANONYMOUS) =>
      serial(() => guard('claim', async () => claim(await claimPath(key), ttlMs, holder, true))),
    release: (key, holder) =>
      serial(() =>
        guard('release', async () => {
          const path = await claimPath(key);
          const held = await readClaim(path);
          if (held.holder === holder && held.expires > clock.now().getTime())
            await unlink(path).catch(() => {});
        }),
      ),
    holderOf: (key) =>
      serial(() =>
        guard('claim', async () => {
          const held = await readClaim(await claimPath(key));
          return held.expires > clock.now().getTime() ? held.holder : null;
        }),
      ),
  };
}
