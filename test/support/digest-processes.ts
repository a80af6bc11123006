/**
 * Spawns digest replicas (test/support/digest-worker-process.ts) under tsx and
 * keeps track of them: wait until each is ready, stop them gently or kill
 * one outright, and show their stderr when a test fails.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ENTRY = join(import.meta.dirname, 'digest-worker-process.ts');
const ROOT = join(import.meta.dirname, '../..');

export interface DigestProcess {
  readonly name: string;
  readonly token: string;
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  stderr(): string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: a crash, nothing cleaned up. */
  kill(): Promise<void>;
}

export function spawnDigestProcess(name: string, env: Record<string, string>): DigestProcess {
  const token = `xoxb-${name}`;
  // tsx's loader in this very process, not the tsx CLI: the CLI runs the script in a child process,
  // and a SIGKILL to the CLI would leave that child running (still holding its job's lock).
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: ROOT,
    env: { ...process.env, ...env, SLACK_BOT_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk) => {
    err += String(chunk);
  });
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes('ready\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before ready:\n${err}`)));
  });
  ready.catch(() => {});
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const signal = async (sig: NodeJS.Signals) => {
    if (exited()) return;
    const done = once(child, 'exit');
    child.kill(sig);
    await done;
  };
  return {
    name,
    token,
    child,
    ready,
    stderr: () => err,
    stop: async () => {
      if (exited()) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await signal('SIGTERM');
      clearTimeout(timer);
    },
    kill: () => signal('SIGKILL'),
  };
}
