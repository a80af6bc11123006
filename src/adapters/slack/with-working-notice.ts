/**
 * Run slow work; if it has not finished after `afterMs`, send a private
 * "working on it" note first (and let it arrive before the answer does).
 */

/** Await `work`; call `notify` once if it takes longer than `afterMs`. `notify` must not throw. */
export async function withWorkingNotice<T>(
  work: Promise<T>,
  afterMs: number,
  notify: () => Promise<unknown>,
): Promise<T> {
  let notice: Promise<unknown> | null = null;
  const timer = setTimeout(() => {
    notice = notify();
  }, afterMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
    // The note goes out before the answer, never after it.
    if (notice) await notice;
  }
}
