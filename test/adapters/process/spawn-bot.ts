/**
 * The real bot as a separate process (`node --import tsx src/main.ts`, as the
 * container runs it), for what only a process shows: signals, exit codes and
 * every line it writes. Also a loopback inventory server that can hold a fetch.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface BotProcess {
  readonly child: ChildProcess;
  /** stdout lines (JSON logs). */
  readonly lines: string[];
  readonly stderr: string[];
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
  /** Resolves with the first parsed log line matching `pred`. */
  waitForLog(
    pred: (record: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  kill(signal?: NodeJS.Signals): void;
}

export function spawnBot(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    // Only what the bot is given: no variable of the test runner's leaks in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const stderr: string[] = [];
  const waiters: {
    pred: (r: Record<string, unknown>) => boolean;
    resolve: (r: Record<string, unknown>) => void;
  }[] = [];
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const line of parts.filter(Boolean)) {
      lines.push(line);
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line);
      } catch {
        continue;
      }
      for (const w of [...waiters]) {
        if (w.pred(record)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(record);
        }
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    stderr,
    exited,
    waitForLog: (pred, timeoutMs = 15_000) => {
      const seen = lines.map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          return null;
        }
      });
      const found = seen.find((r) => r && pred(r));
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no such log line in ${timeoutMs} ms; stderr: ${stderr.join('')}`)),
          timeoutMs,
        );
        waiters.push({
          pred,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
    kill: (signal = 'SIGTERM') => {
      child.kill(signal);
    },
  };
}

export interface InventoryServer {
  readonly url: string;
  readonly requests: number;
  /** Authorization headers received. */
  readonly authorizations: string[];
  /** Delay the next answer by `ms`; resolves when that request has arrived. */
  holdNext(ms: number): Promise<void>;
  close(): Promise<void>;
}

export async function startInventoryServer(
  file = `${ROOT}samples/article-inventory.csv`,
): Promise<InventoryServer> {
  const csv = readFileSync(file);
  let requests = 0;
  const authorizations: string[] = [];
  let hold: { ms: number; arrived: () => void } | null = null;
  const server: Server = createServer((req, res) => {
    requests += 1;
    authorizations.push(req.headers.authorization ?? '');
    const h = hold;
    hold = null;
    const answer = () => {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(csv.length) });
      res.end(csv);
    };
    if (h) {
      h.arrived();
      setTimeout(answer, h.ms);
    } else answer();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/export.csv`,
    get requests() {
      return requests;
    },
    authorizations,
    holdNext: (ms) =>
      new Promise<void>((arrived) => {
        hold = { ms, arrived };
      }),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** Poll until `pred` holds; false after `timeoutMs`. */
export async function until(pred: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await pred()) return true;
    } catch {
      // Not up yet (connection refused): try again.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
