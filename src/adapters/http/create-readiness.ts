/**
 * Readiness: named checks (Slack connected, Redis answering, an inventory
 * loaded once), each bounded in time, plus "shutting down", which fails
 * readiness at once so the load balancer stops sending work.
 */
export type ReadyCheck = () => boolean | Promise<boolean>;

export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, 'ok' | 'failing'>>;
  readonly failed: readonly string[];
}

export interface Readiness {
  /** Add or replace a check. */
  set(name: string, check: ReadyCheck): void;
  markShuttingDown(): void;
  readonly shuttingDown: boolean;
  report(): Promise<ReadinessReport>;
}

async function run(check: ReadyCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(check), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function createReadiness(timeoutMs = 1000): Readiness {
  const checks = new Map<string, ReadyCheck>();
  let shuttingDown = false;
  return {
    set: (name, check) => {
      checks.set(name, check);
    },
    markShuttingDown: () => {
      shuttingDown = true;
    },
    get shuttingDown() {
      return shuttingDown;
    },
    async report() {
      const names = [...checks.keys()];
      const results = await Promise.all(names.map((n) => run(checks.get(n)!, timeoutMs)));
      const entries: [string, 'ok' | 'failing'][] = names.map((n, i) => [n, results[i] ? 'ok' : 'failing']);
      if (shuttingDown) entries.push(['shutdown', 'failing']);
      const failed = entries.filter(([, s]) => s === 'failing').map(([n]) => n);
      return { ready: failed.length === 0, checks: Object.fromEntries(entries), failed };
    },
  };
}
