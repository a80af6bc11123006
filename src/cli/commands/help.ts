/**
 * `java-migration help [COMMAND]`: the commands of the table in main.ts with
 * their one-line summaries, or one command's usage.
 */
import type { CliCommand } from '../cli-io.ts';
import { UsageError } from '../usage-error.ts';

const FOOTER = [
  'Inventory: --inventory PATH|URL, else INVENTORY_URL, else the sample in samples/.',
  'Rules: --config FILE (or MIGRATION_CONFIG), a YAML file; --target N overrides the campaign target.',
  'INVENTORY_AUTHORIZATION is sent as the Authorization header for an http(s) inventory.',
];

export function createHelpCommand(commands: () => Readonly<Record<string, CliCommand>>): CliCommand {
  return {
    summary: 'this help; "help COMMAND" for one command',
    usage: 'java-migration help [COMMAND]',
    run(args, io) {
      const table = commands();
      const [name] = args;
      if (name) {
        const command = table[name];
        if (!command)
          throw new UsageError(`unknown command "${name}"; commands: ${Object.keys(table).join(', ')}`);
        io.out(`usage: ${command.usage}\n\n${command.summary}`);
        return 0;
      }
      const width = Math.max(...Object.keys(table).map((k) => k.length));
      const lines = Object.entries(table).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`);
      io.out(
        ['usage: java-migration COMMAND [options]', '', 'Commands:', ...lines, '', ...FOOTER].join('\n'),
      );
      return 0;
    },
  };
}
