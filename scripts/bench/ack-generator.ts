/**
 * The load generator's process (forked by ack-generator-process.ts), so its
 * clock is not held up by the benchmark's other servers (the Slack stand-in
 * receiving a hundred reports, the inventory server streaming): on each `fire`
 * message it sends the prepared requests all at once and answers with the
 * timings.
 */
import { sendBurst } from './signed-commands.ts';

export interface FireMessage {
  readonly url: string;
  /** Prepared raw requests, base64. */
  readonly commands: readonly string[];
  readonly timeoutMs: number;
}

process.on('message', async (message: FireMessage) => {
  const commands = message.commands.map((c) => Buffer.from(c, 'base64'));
  process.send?.({ timings: await sendBurst(message.url, commands, message.timeoutMs) });
});
process.send?.({ ready: true });
