/**
 * Count failed Slack Web API calls by method. The WebClient (and Bolt's
 * `respond`) take a `fetch` in `clientOptions`; this wraps it and reads the
 * status and the `ok`/`error` fields of each answer, without consuming the body.
 */
import type { Counter } from 'prom-client';

type Fetch = typeof globalThis.fetch;

/** `https://slack.com/api/chat.postMessage` -> `chat.postMessage`; anything else -> `other` (bounded labels). */
export function slackMethodOf(url: string): string {
  let last = '';
  try {
    last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
  } catch {
    return 'other';
  }
  return /^[a-z]+(\.[A-Za-z]+){1,3}$/.test(last) ? last : 'other';
}

async function errorOf(response: Response): Promise<string | null> {
  if (response.status !== 200) return `http_${response.status}`;
  if (!response.headers.get('content-type')?.includes('json')) return null;
  try {
    const body = (await response.clone().json()) as { ok?: unknown; error?: unknown };
    if (body.ok !== false) return null;
    // Error codes are Slack's snake_case words; anything else would make an unbounded label.
    return typeof body.error === 'string' && /^[a-z_]{1,60}$/.test(body.error) ? body.error : 'unknown';
  } catch {
    return null;
  }
}

export function observeSlackFetch(
  errors: Counter<'method' | 'error'>,
  base: Fetch = globalThis.fetch,
): Fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = slackMethodOf(url);
    let response: Response;
    try {
      response = await base(input, init);
    } catch (error) {
      errors.inc({ method, error: (error as Error).name === 'TimeoutError' ? 'timeout' : 'request_failed' });
      throw error;
    }
    const error = await errorOf(response);
    if (error) errors.inc({ method, error });
    return response;
  };
}
