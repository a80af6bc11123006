/**
 * The loopback load generator: slash commands signed as Slack signs them, sent
 * each on a new connection (as Slack's would arrive), timed from opening the
 * connection to the response head (the ack), so accepting the connection on a
 * busy event loop counts too. Bodies are signed before the clock starts.
 */
import { request } from 'node:http';
import { slackSignature, slashCommandBody } from '../../test/support/signed-request.ts';

export interface PreparedCommand {
  readonly body: string;
  readonly headers: Record<string, string>;
}

export function prepareCommand(
  secret: string,
  text: string,
  responseUrl: string,
  channel = 'C0GENERAL',
): PreparedCommand {
  const body = slashCommandBody({ text, response_url: responseUrl, channel_id: channel });
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(secret, timestamp, body),
    },
  };
}

export interface AckTiming {
  readonly status: number;
  readonly ms: number;
}

/** POST one prepared command; resolves with its HTTP status and the ack time (status 0 on a failed connection). */
export function sendCommand(url: string, command: PreparedCommand, timeoutMs: number): Promise<AckTiming> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = request(url, { method: 'POST', headers: command.headers, agent: false, timeout: timeoutMs });
    req.on('response', (res) => {
      const ms = performance.now() - started;
      res.resume();
      resolve({ status: res.statusCode ?? 0, ms });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(command.body);
  });
}
