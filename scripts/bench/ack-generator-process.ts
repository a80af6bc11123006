/** Starts the load generator process (ack-generator.ts) and fires bursts through it. */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { FireMessage } from './ack-generator.ts';
import type { AckTiming, PreparedCommand } from './signed-commands.ts';

const ENTRY = fileURLToPath(new URL('./ack-generator.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface AckGenerator {
  /** Sends every command at once, each on a new connection; resolves with their timings. */
  fire(url: string, commands: readonly PreparedCommand[], timeoutMs: number): Promise<AckTiming[]>;
  close(): void;
}

export async function startAckGenerator(): Promise<AckGenerator> {
  const child = fork(ENTRY, {
    execArgv: ['--import', 'tsx'],
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await once(child, 'message'); // ready
  return {
    async fire(url, commands, timeoutMs) {
      const answer = once(child, 'message');
      const message: FireMessage = { url, commands: commands.map((c) => c.toString('base64')), timeoutMs };
      child.send(message);
      const [reply] = (await answer) as [{ timings: AckTiming[] }];
      return reply.timings;
    },
    close: () => {
      if (child.exitCode === null) child.kill();
    },
  };
}
