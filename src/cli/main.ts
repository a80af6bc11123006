/**
 * The `java-migration` command. Commands are registered in the one table
 * below: add a command with one line (its file exports a CliCommand).
 */
import type { CliCommand, CliIo } from './cli-io.ts';
import { configCheck, CONFIG_CHECK_USAGE } from './commands/config-check.ts';
import { demoCommand } from './commands/demo.ts';
import { digestCommand } from './commands/digest.ts';
import { createHelpCommand } from './commands/help.ts';
import { importCommand } from './commands/import.ts';
import { refreshCommand } from './commands/refresh.ts';
import { statusCommand } from './commands/status.ts';
import { teamCommand } from './commands/team.ts';
import { trendCommand } from './commands/trend.ts';
import { runCli } from './run-cli.ts';

const commands: Readonly<Record<string, CliCommand>> = {
  status: statusCommand,
  team: teamCommand,
  trend: trendCommand,
  import: importCommand,
  refresh: refreshCommand,
  digest: digestCommand,
  demo: demoCommand,
  config: {
    summary: 'check the configuration: "config check [FILE]"',
    usage: CONFIG_CHECK_USAGE.replace(/^usage: /, ''),
    run: configCheck,
  },
  help: createHelpCommand(() => commands),
};

// A reader that went away (`java-migration status | head`) ends the command quietly, as other CLIs do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const io: CliIo = {
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

const code = await runCli(process.argv.slice(2), commands, io);
// Exit explicitly: a pooled canvas or an idle socket must not keep a finished command alive.
// Writes to pipes and files are synchronous here, so nothing printed is lost.
process.stdout.write('', () => process.exit(code));
