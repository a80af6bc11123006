/**
 * The loopback load generator's parts: slash commands signed as Slack signs
 * them, as raw HTTP bytes made before the clock starts, and a burst that
 * writes them all at once, each on a connection of its own opened (and given
 * time to be accepted) just before, as a proxy or Slack's connection reuse
 * would hold them. Each time runs from writing the request to the first byte
 * of the response (the ack), as HTTP load tools measure latency: a server
 * accepts one new connection per turn of its event loop, and a hundred
 * simultaneous connects would measure that rather than the acks.
 */
import { connect, type Socket } from 'node:net';
import { slackSignature, slashCommandBody } from '../../test/support/signed-request.ts';

/** Time for the server to accept the connections of a burst before the requests go. */
const ACCEPT_GRACE_MS = 100;

/** A whole HTTP request, ready to write. */
export type PreparedCommand = Buffer;

export function prepareCommand(
  url: string,
  secret: string,
  text: string,
  responseUrl: string,
  channel = 'C0GENERAL',
): PreparedCommand {
  const { host, pathname } = new URL(url);
  const body = slashCommandBody({ text, response_url: responseUrl, channel_id: channel });
  const timestamp = Math.floor(Date.now() / 1000);
  const head = [
    `POST ${pathname} HTTP/1.1`,
    `Host: ${host}`,
    'Content-Type: application/x-www-form-urlencoded',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Slack-Request-Timestamp: ${timestamp}`,
    `X-Slack-Signature: ${slackSignature(secret, timestamp, body)}`,
    'Connection: keep-alive',
  ];
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`);
}

export interface AckTiming {
  /** HTTP status of the response, 0 when none came (refused, reset, timed out). */
  readonly status: number;
  readonly ms: number;
}

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

function timeOne(socket: Socket, command: PreparedCommand, timeoutMs: number): Promise<AckTiming> {
  return new Promise((resolve) => {
    let done = false;
    let started = 0;
    const finish = (status: number) => {
      if (done) return;
      done = true;
      resolve({ status, ms: performance.now() - started });
      // Closed after the other responses of the burst are read, so closing takes no time from their clocks.
      setImmediate(() => socket.destroy());
    };
    socket.setTimeout(timeoutMs, () => finish(0));
    socket.once('data', (chunk: Buffer) => {
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(chunk.toString('latin1', 0, 16));
      finish(status ? Number(status[1]) : 0);
    });
    socket.once('error', () => finish(0));
    socket.once('close', () => finish(0));
    started = performance.now();
    socket.write(command);
  });
}

/** Opens one connection per command, then writes every command at once; resolves with their timings. */
export async function sendBurst(
  url: string,
  commands: readonly PreparedCommand[],
  timeoutMs: number,
): Promise<AckTiming[]> {
  const sockets = await Promise.all(commands.map(() => open(url)));
  await new Promise((resolve) => setTimeout(resolve, ACCEPT_GRACE_MS));
  return Promise.all(sockets.map((socket, i) => timeOne(socket, commands[i], timeoutMs)));
}

/** Sends one command on a new connection; resolves with its HTTP status and ack time. */
export async function sendCommand(
  url: string,
  command: PreparedCommand,
  timeoutMs: number,
): Promise<AckTiming> {
  const [timing] = await sendBurst(url, [command], timeoutMs);
  return timing;
}
