import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/adapters/log/create-logger.ts';
import { createInFlight } from '../../../src/adapters/process/create-in-flight.ts';
import { installGracefulShutdown } from '../../../src/adapters/process/install-graceful-shutdown.ts';
import { captureLogs } from '../log/capture-logs.ts';

function setup(graceMs: number, opts: { hangClose?: boolean } = {}) {
  const proc = new EventEmitter();
  const events: string[] = [];
  const out = captureLogs();
  const inFlight = createInFlight();
  let exitCode: number | undefined;
  const exited = new Promise<number>((resolve) => {
    installGracefulShutdown({
      logger: createLogger({ destination: out.stream }),
      inFlight,
      graceMs,
      stepTimeoutMs: 200,
      readiness: { markShuttingDown: () => events.push('not ready') },
      stopIntake: [{ name: 'slack', run: async () => void events.push('slack stopped') }],
      close: [
        { name: 'redis', run: () => (opts.hangClose ? new Promise(() => {}) : events.push('redis closed')) },
        { name: 'scheduler', run: async () => void events.push('scheduler closed') },
      ],
      proc: proc as unknown as NodeJS.Process,
      exit: (code) => {
        exitCode ??= code;
        events.push(`exit ${code}`);
        resolve(code);
      },
    });
  });
  return { proc, events, inFlight, exited, out, code: () => exitCode };
}

describe('installGracefulShutdown', () => {
  it('on SIGTERM stops intake, lets the command in flight finish, closes the rest, exits 0', async () => {
    const s = setup(5000);
    let finish!: () => void;
    const command = s.inFlight.track(
      () =>
        new Promise<void>((r) => {
          finish = () => {
            s.events.push('command done');
            r();
          };
        }),
    );
    s.proc.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    expect(s.events).toEqual(['not ready', 'slack stopped']);
    finish();
    await command;
    expect(await s.exited).toBe(0);
    expect(s.events).toEqual([
      'not ready',
      'slack stopped',
      'command done',
      'redis closed',
      'scheduler closed',
      'exit 0',
    ]);
  });

  it('stops waiting at the bound and still closes everything', async () => {
    const s = setup(50);
    void s.inFlight.track(() => new Promise(() => {}));
    s.proc.emit('SIGINT', 'SIGINT');
    expect(await s.exited).toBe(0);
    expect(s.events.at(-1)).toBe('exit 0');
    expect(s.out.lines.join('\n')).toContain('gave up waiting');
  });

  it('bounds a hung close step and reports it with exit 1', async () => {
    const s = setup(50, { hangClose: true });
    s.proc.emit('SIGTERM', 'SIGTERM');
    expect(await s.exited).toBe(1);
    expect(s.events).toContain('scheduler closed');
  });

  it('exits at once with 1 on a second signal', async () => {
    const s = setup(10_000);
    void s.inFlight.track(() => new Promise(() => {}));
    s.proc.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
    s.proc.emit('SIGTERM', 'SIGTERM');
    expect(await s.exited).toBe(1);
  });
});
