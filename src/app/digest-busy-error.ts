/** Another process kept posting the digest to a channel for longer than a lease should ever last. */
export class DigestBusyError extends Error {
  constructor(
    readonly slot: string,
    readonly channel: string,
    waitedMs: number,
  ) {
    super(`digest for ${slot} in ${channel}: another process held the posting lease for ${waitedMs} ms`);
    this.name = 'DigestBusyError';
  }
}
