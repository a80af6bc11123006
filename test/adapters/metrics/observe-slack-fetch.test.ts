import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/adapters/metrics/create-metrics.ts';
import { observeSlackFetch, slackMethodOf } from '../../../src/adapters/metrics/observe-slack-fetch.ts';
import { parsePrometheus } from './parse-prometheus.ts';

// A loopback server answering as Slack's Web API does: HTTP 200 with ok true/false, or an HTTP error.
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const method = req.url?.split('/').at(-1);
    req.resume();
    if (method === 'chat.update') {
      res.writeHead(500).end('oops');
      return;
    }
    const body =
      method === 'chat.postMessage'
        ? { ok: false, error: 'not_in_channel' }
        : method === 'chat.delete'
          ? { ok: false, error: '<script>' }
          : { ok: true, user_id: 'U1' };
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe('observeSlackFetch with a real WebClient', () => {
  it('counts ok:false answers and HTTP errors by method, and nothing for successes', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const client = new webApi.WebClient('xoxb-test', {
      slackApiUrl: base,
      fetch: observeSlackFetch(metrics.slackApiErrors),
      retryConfig: { retries: 0 },
    });
    expect((await client.auth.test()).ok).toBe(true);
    await expect(client.chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toThrow(/not_in_channel/);
    await expect(client.chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toThrow();
    await expect(client.chat.update({ channel: 'C1', ts: '1', text: 'x' })).rejects.toThrow();
    await expect(client.chat.delete({ channel: 'C1', ts: '1' })).rejects.toThrow();
    const e = parsePrometheus(await metrics.registry.metrics());
    const errors = (labels: Record<string, string>) =>
      e.value('java_migration_slack_api_errors_total', labels);
    expect(errors({ method: 'chat.postMessage', error: 'not_in_channel' })).toBe(2);
    expect(errors({ method: 'chat.update', error: 'http_500' })).toBe(1);
    expect(errors({ method: 'chat.delete', error: 'unknown' })).toBe(1);
    expect(
      e.samples.filter(
        (s) => s.name === 'java_migration_slack_api_errors_total' && s.labels.method === 'auth.test',
      ),
    ).toEqual([]);
  });

  it('counts a refused connection as request_failed', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const fetch = observeSlackFetch(metrics.slackApiErrors);
    await expect(
      fetch(`http://127.0.0.1:${port}/api/chat.postMessage`, { method: 'POST' }),
    ).rejects.toThrow();
    const e = parsePrometheus(await metrics.registry.metrics());
    expect(
      e.value('java_migration_slack_api_errors_total', {
        method: 'chat.postMessage',
        error: 'request_failed',
      }),
    ).toBe(1);
  });

  it('keeps method labels to Slack method names', () => {
    expect(slackMethodOf('https://slack.example/api/files.completeUploadExternal')).toBe(
      'files.completeUploadExternal',
    );
    expect(slackMethodOf('https://files.example/upload/v1/ABC123')).toBe('other');
    expect(slackMethodOf('not a url')).toBe('other');
  });
});
