/**
 * Some channels did not get the digest for a slot for a reason that may pass
 * (Slack or the store failing). Thrown after every channel was tried, so the
 * scheduler retries the slot; channels already posted are skipped then.
 */
export class DigestIncompleteError extends Error {
  constructor(
    readonly slot: string,
    readonly failed: readonly { readonly channel: string; readonly error: unknown }[],
  ) {
    const first = failed[0]?.error;
    const why = first instanceof Error ? first.message : String(first);
    super(
      `digest for ${slot} not posted to ${failed.map((f) => f.channel).join(', ')} (first error: ${why})`,
      { cause: first },
    );
    this.name = 'DigestIncompleteError';
  }
}
