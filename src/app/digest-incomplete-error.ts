/**
 * Some channels did not get the digest for a slot, or got it without its
 * charts (`chartsOnly`), for a reason that may pass (Slack or the store
 * failing). Thrown after every channel was tried, so the scheduler retries the
 * slot; channels already posted are skipped then, and get their missing charts.
 */
export class DigestIncompleteError extends Error {
  constructor(
    readonly slot: string,
    readonly failed: readonly {
      readonly channel: string;
      readonly error: unknown;
      readonly chartsOnly?: boolean;
    }[],
  ) {
    const first = failed[0]?.error;
    const why = first instanceof Error ? first.message : String(first);
    super(
      `digest for ${slot} not posted to ${failed.map((f) => (f.chartsOnly ? `${f.channel} (its charts)` : f.channel)).join(', ')} (first error: ${why})`,
      { cause: first },
    );
    this.name = 'DigestIncompleteError';
  }
}
