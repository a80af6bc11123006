/**
 * Web API client options for every Slack call the bot makes (Bolt's client,
 * Socket Mode's `apps.connections.open`, and `respond()` to response_url):
 * the API base from `SLACK_API_URL`, a timeout per call, and bounded retries.
 *
 * The WebClient retries 5xx and network errors per `retryConfig`, and on a
 * 429 it sleeps for the Retry-After seconds before retrying. A Retry-After
 * longer than `maxRetryAfterSeconds` would pin a command for that long, so the
 * fetch below blanks such a header: the WebClient then gives up at once and the
 * user is told to try again later.
 */
import type { webApi } from '@slack/bolt';

type WebClientOptions = webApi.WebClientOptions;

export interface SlackCallLimits {
  /** Per HTTP call (default 10 s). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (default 3). */
  readonly retries?: number;
  /** Stop retrying once this much time has passed (default 30 s). */
  readonly maxRetryTimeMs?: number;
  /** Longest Retry-After honoured (default 30 s). */
  readonly maxRetryAfterSeconds?: number;
  /** First backoff (default 500 ms); later ones double, up to 4 s. */
  readonly minBackoffMs?: number;
}

type Fetch = typeof fetch;

/** A fetch with a default timeout that refuses to wait out an over-long Retry-After. */
export function boundedFetch(timeoutMs: number, maxRetryAfterSeconds: number, base: Fetch = fetch): Fetch {
  return (async (input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]) => {
    const response = await base(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    if (response.status !== 429) return response;
    const seconds = Number(response.headers.get('retry-after'));
    if (Number.isFinite(seconds) && seconds <= maxRetryAfterSeconds) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', 'too-long');
    return new Response(response.body, { status: 429, statusText: response.statusText, headers });
  }) as Fetch;
}

/** The options for Bolt's `clientOptions`. */
export function slackClientOptions(
  apiUrl: string | null,
  limits: SlackCallLimits = {},
  baseFetch: Fetch = fetch,
): WebClientOptions {
  const timeoutMs = limits.timeoutMs ?? 10_000;
  const minTimeout = limits.minBackoffMs ?? 500;
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    timeout: timeoutMs,
    retryConfig: {
      retries: limits.retries ?? 3,
      factor: 2,
      minTimeout,
      maxTimeout: Math.max(minTimeout, 4_000),
      maxRetryTime: limits.maxRetryTimeMs ?? 30_000,
      randomize: true,
    },
    fetch: boundedFetch(timeoutMs, limits.maxRetryAfterSeconds ?? 30, baseFetch),
  };
}
