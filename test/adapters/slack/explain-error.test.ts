import { describe, expect, it } from 'vitest';
import {
  explainError,
  explainSlackError,
  slackErrorCode,
} from '../../../src/adapters/slack/explain-error.ts';
import { NoHistoryError } from '../../../src/app/no-history-error.ts';
import { StoreUnavailableError } from '../../../src/app/store-unavailable-error.ts';
import { TeamNotFoundError } from '../../../src/app/team-not-found-error.ts';
import { InventoryFormatError } from '../../../src/core/inventory/inventory-format-error.ts';

describe('explainError', () => {
  it('keeps the actionable message of a known error, after a lead-in', () => {
    const ex = explainError(
      new InventoryFormatError('html', 'got an HTML page, not a CSV (an expired login?)'),
    );
    expect(ex).toMatchObject({ known: true });
    expect(ex.message).toBe(
      'The inventory export could not be read. Got an HTML page, not a CSV (an expired login?).',
    );
  });

  it('words missing history for a person', () => {
    const ex = explainError(new NoHistoryError('trend'));
    expect(ex.known).toBe(true);
    expect(ex.message).toMatch(/^There is no history yet/);
  });

  it('explains a missing team and an unavailable store', () => {
    expect(explainError(new TeamNotFoundError('bleu', ['Team Blue'])).message).toContain('"Team Blue"');
    expect(explainError(new StoreUnavailableError('Redis unreachable', 'load')).message).toMatch(
      /^History is unavailable right now\. Snapshot store load failed \(Redis unreachable\)/,
    );
  });

  it('does not show the details of an unexpected error', () => {
    const ex = explainError(
      new TypeError('Cannot read properties of undefined (reading "x") at /srv/app.ts:12'),
    );
    expect(ex.known).toBe(false);
    expect(ex.message).not.toContain('/srv');
    expect(ex.message).not.toContain('undefined');
  });
});

describe('Slack errors', () => {
  it('reads the error code of a failed Web API call', () => {
    expect(
      slackErrorCode({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'not_in_channel' } }),
    ).toBe('not_in_channel');
    expect(slackErrorCode({ code: 'slack_webapi_http_error', statusCode: 503 })).toBe('http_503');
    expect(slackErrorCode(new Error('boom'))).toBeNull();
  });

  it('says Slack is busy for rate limits and 5xx', () => {
    expect(explainSlackError({ code: 'slack_webapi_http_error', statusCode: 500 }).message).toMatch(/busy/);
    expect(
      explainSlackError(new Error('A rate limit was exceeded (url: x, retry-after: 2)')).message,
    ).toMatch(/busy/);
    expect(explainSlackError({ data: { error: 'msg_too_long' } }).message).toContain('msg_too_long');
  });
});
