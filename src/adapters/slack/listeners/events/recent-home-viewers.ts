/**
 * Who opened the Home tab recently, so their views can be republished when a
 * new snapshot is taken. In memory and bounded (the oldest opener goes first
 * past `capacity`, anyone after `maxAgeMs`): after a restart, the next open
 * publishes a fresh view anyway.
 */

export interface RecentHomeViewers {
  /** Remember `user` as the most recent opener. */
  add(user: string): void;
  forget(user: string): void;
  /** Users who opened the tab within `maxAgeMs`, most recent first. */
  list(): string[];
  readonly size: number;
}

export interface RecentHomeViewersOptions {
  /** Most users kept (default 500). */
  readonly capacity?: number;
  /** How long an open counts as recent (default 7 days). */
  readonly maxAgeMs?: number;
  /** Milliseconds now (default Date.now). */
  readonly now?: () => number;
}

export function createRecentHomeViewers(options: RecentHomeViewersOptions = {}): RecentHomeViewers {
  const capacity = Math.max(1, options.capacity ?? 500);
  const maxAgeMs = options.maxAgeMs ?? 7 * 24 * 3600_000;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: re-inserting moves a user to the end (the newest).
  const openedAt = new Map<string, number>();

  const dropExpired = () => {
    const oldest = now() - maxAgeMs;
    for (const [user, at] of openedAt) {
      if (at >= oldest) break;
      openedAt.delete(user);
    }
  };

  return {
    add(user) {
      openedAt.delete(user);
      openedAt.set(user, now());
      while (openedAt.size > capacity) openedAt.delete(openedAt.keys().next().value as string);
    },
    forget(user) {
      openedAt.delete(user);
    },
    list() {
      dropExpired();
      return [...openedAt.keys()].reverse();
    },
    get size() {
      dropExpired();
      return openedAt.size;
    },
  };
}
