/** A blob that is not a snapshot this build can read: corrupt, truncated or of another schema. */
export class SnapshotError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'schema',
    message: string,
  ) {
    super(`snapshot ${reason === 'schema' ? 'schema mismatch' : 'unreadable'}: ${message}`);
    this.name = 'SnapshotError';
  }
}
