/** A trend was asked for but no snapshot history exists yet (history is not wired, or nothing stored). */
export class NoHistoryError extends Error {
  constructor(readonly what = 'trend') {
    super(`no history yet: the ${what} needs snapshots from earlier inventory reads`);
    this.name = 'NoHistoryError';
  }
}
