/**
 * Work that follows an ack waits here until the commands arriving with it
 * have been acknowledged too. Node accepts one new connection per turn of the
 * event loop, so a report started in the middle of a burst delays every ack
 * behind it; instead, the work waits for a quiet moment (no command for
 * `QUIET_MS`, or its own wait reached `MAX_WAIT_MS` under a steady stream),
 * and then the waiting commands go one per turn, so the loop keeps turning.
 *
 * @example await ack(); await workAfterAcks(); await service.status();
 */
const QUIET_MS = 5;
const MAX_WAIT_MS = 250;

const waiting: { readonly resolve: () => void; readonly since: number }[] = [];
let lastArrival = Number.NEGATIVE_INFINITY;
let scheduled = false;

function schedule(delayMs: number): void {
  if (scheduled) return;
  scheduled = true;
  if (delayMs <= 0) setImmediate(letOneGo);
  else setTimeout(letOneGo, delayMs);
}

function letOneGo(): void {
  scheduled = false;
  const next = waiting[0];
  if (!next) return;
  const now = performance.now();
  const quietFor = now - lastArrival;
  if (quietFor < QUIET_MS && now - next.since < MAX_WAIT_MS) {
    schedule(Math.min(QUIET_MS - quietFor, MAX_WAIT_MS - (now - next.since)));
    return;
  }
  waiting.shift();
  next.resolve();
  if (waiting.length > 0) schedule(0);
}

export function workAfterAcks(): Promise<void> {
  lastArrival = performance.now();
  return new Promise((resolve) => {
    waiting.push({ resolve, since: lastArrival });
    schedule(QUIET_MS);
  });
}
