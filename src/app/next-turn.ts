/**
 * Resolves on a later turn of the event loop, after the I/O that is waiting
 * (requests to acknowledge). Put between two long pieces of main-thread work
 * (decoding a snapshot, diffing a million hosts, drawing a chart), so that no
 * request waits behind more than one of them.
 * @example await nextTurn(); // requests that came in meanwhile are handled first
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
