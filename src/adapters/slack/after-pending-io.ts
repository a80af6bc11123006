/**
 * Work that follows an ack waits its turn here: one waiting command is let
 * go per turn of the event loop, each after the I/O already waiting (new
 * requests, their acks) has been handled. In a burst every request that came
 * in is then acknowledged before the reports start, and a report's first
 * stretch of work never holds up the requests that arrive while it runs:
 * plain `setImmediate` would let them all go in one turn, back to back.
 *
 * @example await ack(); await afterPendingIo(); await service.status();
 */
const waiting: (() => void)[] = [];
let pumping = false;

function letOneGo(): void {
  waiting.shift()?.();
  // Scheduled from inside an immediate, the next one runs on the next turn, after its poll phase.
  if (waiting.length > 0) setImmediate(letOneGo);
  else pumping = false;
}

export function afterPendingIo(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!pumping) {
      pumping = true;
      setImmediate(letOneGo);
    }
  });
}
