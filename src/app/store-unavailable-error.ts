/**
 * The snapshot store could not be reached or used (Redis down, disk full…).
 * `reason` is the short phrase shown to users: "Redis unreachable".
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly reason: string,
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    const detail = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`snapshot store ${operation} failed (${reason})${detail}`, options);
    this.name = 'StoreUnavailableError';
  }
}
