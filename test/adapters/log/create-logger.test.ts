import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/log/bolt-logger.ts';
import { createLogger } from '../../../src/adapters/log/create-logger.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import { secretValues } from '../../../src/config/secret-values.ts';
import { captureLogs } from './capture-logs.ts';

const BOT = 'xoxb-1111-2222-botTOKENvalue';
const APP = 'xapp-1-A1-3333-appTOKENvalue';
const SIGNING = 'signing"secret\\with-quote-8c2f';
const AUTH = 'Bearer inv3ntoryCredential';
const REDIS_PW = 'redisPassw0rd';
const UNKNOWN_USER_TOKEN = 'xoxp-9999-someone-elses-token';

const config = loadConfig({
  SLACK_BOT_TOKEN: BOT,
  SLACK_APP_TOKEN: APP,
  SLACK_SIGNING_SECRET: SIGNING,
  INVENTORY_AUTHORIZATION: AUTH,
  REDIS_URL: `redis://:${REDIS_PW}@cache:6379`,
});
const secrets = [BOT, APP, SIGNING, AUTH, 'inv3ntoryCredential', REDIS_PW, UNKNOWN_USER_TOKEN];

function expectClean(lines: string[]) {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(() => JSON.parse(line)).not.toThrow();
    for (const secret of secrets) expect(line).not.toContain(secret);
    // The quote and backslash of the signing secret are escaped in JSON: check that form too.
    expect(line).not.toContain(JSON.stringify(SIGNING).slice(1, -1));
  }
}

describe('createLogger', () => {
  it('writes JSON lines with level names and ISO times', () => {
    const out = captureLogs();
    createLogger({ destination: out.stream }).info({ command: 'status' }, 'hello');
    const [record] = out.records();
    expect(record).toMatchObject({ level: 'info', msg: 'hello', command: 'status', name: 'java-migration' });
    expect(new Date(record.time as string).toISOString()).toBe(record.time);
  });

  it('never writes a secret, whatever path or form it is logged in', () => {
    const out = captureLogs();
    const log = createLogger({ destination: out.stream, secrets: secretValues(config), level: 'debug' });
    log.info({ token: BOT, config: { slack: config.slack } }, 'by path');
    log.info({ req: { headers: { authorization: AUTH, 'x-slack-signature': 'v0=abc' } } }, 'request');
    log.info({ headers: { Authorization: AUTH } }, 'upper-case header');
    log.warn(`message text with ${BOT} and ${APP} inside`);
    log.error({ err: new Error(`connect failed redis://:${REDIS_PW}@cache:6379`) }, 'error text');
    log.info({ nested: { deep: { value: SIGNING } } }, 'deep value');
    log.info({ user: UNKNOWN_USER_TOKEN }, 'a token the config does not know, caught by its shape');
    log.debug({ body: `token=${BOT}&text=hi` }, 'form body');
    expectClean(out.lines);
    expect(out.lines).toHaveLength(8);
    expect(out.lines.join('\n')).toContain('[redacted]');
  });

  it('serves Bolt through its Logger interface with the same censoring', () => {
    const out = captureLogs();
    const bolt = createBoltLogger(createLogger({ destination: out.stream, secrets: secretValues(config) }));
    bolt.info('An API call with', { token: BOT }, 'failed');
    bolt.error(new Error(`invalid_auth for ${APP}`));
    bolt.warn('http request failed', `secret=${SIGNING}`);
    bolt.debug('hidden at info level');
    expectClean(out.lines);
    expect(out.lines).toHaveLength(3);
    const records = out.records();
    expect(records[0]).toMatchObject({ lib: 'bolt', level: 'info' });
    expect(records[1]).toMatchObject({ level: 'error' });
    expect((records[1].err as { message: string }).message).toContain('invalid_auth');
  });
});
