/**
 * Runs one command line against a command table: picks the command, runs it,
 * and turns any failure into one line on stderr and an exit code (see
 * describe-error.ts). No arguments, `-h` or `--help` show the help.
 */
import type { CliCommand, CliIo } from './cli-io.ts';
import { describeError } from './describe-error.ts';

export async function runCli(
  argv: readonly string[],
  commands: Readonly<Record<string, CliCommand>>,
  io: CliIo,
): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help') return await commands.help.run([], io);
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) {
      io.err(`java-migration: unknown command "${name}"; commands: ${Object.keys(commands).join(', ')}`);
      return 2;
    }
    return await command.run(args, io);
  } catch (error) {
    const { message, exitCode } = describeError(error);
    io.err(message);
    return exitCode;
  }
}
