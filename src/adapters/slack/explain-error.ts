/**
 * The one place that turns a failure into the words a Slack user sees. Known
 * typed errors carry an actionable message (what was found, what to do), so
 * it is shown after a short lead-in; anything else gets a generic sentence
 * (the details go to the log, not to the channel).
 */

export interface Explanation {
  /** One or two plain sentences (escaped by the renderer). */
  readonly message: string;
  /** A hint under the message, or null. */
  readonly hint: string | null;
  /** False for unexpected errors: those are logged at error level. */
  readonly known: boolean;
}

// By class name rather than instanceof: the errors come from several layers
// (core, app, inventory and store adapters) and this file must not pull them all in.
// `lead` goes before the error's own message; `fixed` replaces it.
interface Wording {
  readonly lead?: string;
  readonly fixed?: string;
  readonly hint: string | null;
}

const WORDING: Record<string, Wording> = {
  InventoryFormatError: {
    lead: 'The inventory export could not be read.',
    hint: 'Check the export the bot is configured with (INVENTORY_URL).',
  },
  InventoryFetchError: {
    lead: 'The inventory could not be fetched.',
    hint: 'Check that the inventory server is up and the bot can reach it.',
  },
  InventorySourceError: {
    lead: 'The inventory could not be fetched.',
    hint: 'Check that the inventory server is up and the bot can reach it.',
  },
  InventoryTooLargeError: { lead: 'The inventory export is too large.', hint: null },
  NoHistoryError: {
    fixed: 'There is no history yet: a trend needs inventory snapshots from earlier reads.',
    hint: 'A snapshot is taken each time the inventory changes; come back after the next export.',
  },
  HistoryUnavailableError: {
    lead: 'History is unavailable right now.',
    hint: 'The figures still work; history comes back by itself.',
  },
  StoreUnavailableError: {
    lead: 'History is unavailable right now.',
    hint: 'The figures still work; history comes back by itself when the store does.',
  },
  TeamNotFoundError: { lead: '', hint: '`/java-migration status` lists the teams.' },
  ChartRenderError: { lead: 'The chart could not be drawn.', hint: null },
  AccessDeniedError: { lead: '', hint: null },
};

function sentence(text: string): string {
  const t = text.trim();
  return t ? `${t[0].toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}` : '';
}

/**
 * Words for a failure.
 * @example explainError(new NoHistoryError()).message // 'There is no history yet: …'
 */
export function explainError(error: unknown): Explanation {
  const name = error instanceof Error ? error.name : '';
  const wording = WORDING[name];
  if (wording) {
    const message =
      wording.fixed ?? [wording.lead, sentence((error as Error).message)].filter(Boolean).join(' ');
    return { message, hint: wording.hint, known: true };
  }
  return {
    message: 'Something went wrong on my side while preparing that answer.',
    hint: 'It has been logged. Try again in a minute; if it keeps failing, tell the team that runs the bot.',
    known: false,
  };
}

/** The Slack Web API error code of a failed call (`not_in_channel`, `ratelimited`, ...), or null. */
export function slackErrorCode(error: unknown): string | null {
  const e = error as { code?: string; data?: { error?: string }; original?: unknown; statusCode?: number };
  if (e?.data?.error) return e.data.error;
  if (e?.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  if (e?.code === 'slack_webapi_http_error') return `http_${e.statusCode ?? 'error'}`;
  if (e?.code === 'slack_webapi_request_error') return 'request_failed';
  return null;
}

/** Words for a Slack API failure the user should know about. */
export function explainSlackError(error: unknown): Explanation {
  const code = slackErrorCode(error) ?? (error instanceof Error ? error.message : 'unknown');
  const busy =
    code === 'ratelimited' ||
    code.startsWith('http_5') ||
    code === 'request_failed' ||
    /rate limit|Retry header/i.test(code);
  return {
    message: busy
      ? 'Slack is busy or not answering, so I could not post the report.'
      : `Slack refused to post the report (${code}).`,
    hint: 'Try again in a minute.',
    known: busy,
  };
}
