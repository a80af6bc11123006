/**
 * The Web API client options against the Slack stand-in: retries on 429 and
 * 5xx are bounded, an over-long Retry-After is not waited out, a hung call
 * times out, and files.uploadV2 lands bytes in the right thread.
 */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slackClientOptions } from '../../../src/adapters/slack/slack-client-options.ts';
import { type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';

let slack: SlackStandIn;
let client: webApi.WebClient;

beforeAll(async () => {
  slack = await startSlackStandIn();
  const options = slackClientOptions(slack.apiUrl, {
    timeoutMs: 300,
    retries: 2,
    minBackoffMs: 10,
    maxRetryAfterSeconds: 5,
    maxRetryTimeMs: 5_000,
  });
  client = new webApi.WebClient('xoxb-test', { ...options, logLevel: webApi.LogLevel.ERROR });
});
afterAll(() => slack.close());
beforeEach(() => slack.reset());

const post = () => client.chat.postMessage({ channel: 'C1', text: 'hello' });

describe('slackClientOptions', () => {
  it('sends every call to SLACK_API_URL with the bot token', async () => {
    const res = await post();
    expect(res.ok).toBe(true);
    const [call] = slack.callsTo('chat.postMessage');
    expect(call.token).toBe('xoxb-test');
    expect(call.body.text).toBe('hello');
  });

  it('retries a 429 after its Retry-After and posts once', async () => {
    slack.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    await post();
    expect(slack.callsTo('chat.postMessage').map((c) => c.outcome)).toEqual(['http 429', 'ok']);
  });

  it('gives up at once on a Retry-After longer than the bound', async () => {
    slack.fail('chat.postMessage', { status: 429, retryAfter: 3600 });
    await expect(post()).rejects.toThrow(/Retry header/);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('retries 5xx a bounded number of times', async () => {
    slack.fail('chat.postMessage', { status: 500 }, 10);
    await expect(post()).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('times out a hung call and retries it', async () => {
    slack.fail('chat.postMessage', { hang: true });
    await post();
    expect(slack.callsTo('chat.postMessage').map((c) => c.outcome)).toEqual(['hang', 'ok']);
  });

  it('does not retry a Slack error such as not_in_channel', async () => {
    slack.notInChannel('C1');
    await expect(post()).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('uploads a file into a thread with files.uploadV2', async () => {
    const bytes = Buffer.from('host,version\r\n1,8\r\n');
    await client.filesUploadV2({
      channel_id: 'C1',
      thread_ts: '1.2',
      file: bytes,
      filename: 'x.csv',
      title: 'X',
    });
    expect(slack.callsTo('files.getUploadURLExternal')[0].body).toMatchObject({
      filename: 'x.csv',
      length: String(bytes.length),
    });
    const [file] = slack.files();
    expect(file).toMatchObject({ filename: 'x.csv', title: 'X', channelId: 'C1', threadTs: '1.2' });
    expect(file.bytes.equals(bytes)).toBe(true);
  });
});
