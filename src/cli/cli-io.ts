/**
 * What a CLI command may touch: the environment, two line writers and the
 * working directory. Passed in, so commands run the same in a test.
 */
export interface CliIo {
  readonly env: Record<string, string | undefined>;
  /** Writes text to stdout, ending it with one newline. */
  readonly out: (text: string) => void;
  /** Writes text to stderr, ending it with one newline. */
  readonly err: (text: string) => void;
  readonly cwd: string;
}

/** One entry of the command table in main.ts. */
export interface CliCommand {
  /** One line for `java-migration help`. */
  readonly summary: string;
  readonly usage: string;
  /** Returns the exit code; known failures may be thrown as typed errors (see describe-error.ts). */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}
