/**
 * The process logger: pino JSON lines on stdout (or a given stream), secrets
 * removed twice over: by field path, then by value on the written line.
 */
import { type DestinationStream, type Logger, pino } from 'pino';
import { createCensor } from './create-censor.ts';
import { REDACT_PATHS } from './redact-paths.ts';

export interface LoggerOptions {
  readonly level?: string;
  /** Values that must never appear in a line: tokens, the signing secret, passwords. */
  readonly secrets?: readonly (string | null | undefined)[];
  /** Where lines go; stdout when absent. Tests pass a stream that collects them. */
  readonly destination?: DestinationStream;
  readonly name?: string;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const censor = createCensor(options.secrets);
  return pino(
    {
      name: options.name ?? 'java-migration',
      level: options.level ?? 'info',
      redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
      hooks: { streamWrite: censor },
      // Log the time as ISO text: easier to read in `kubectl logs` than epoch ms.
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    // Synchronous writes: a line logged just before exit (a fatal config error, shutdown) is not lost.
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
