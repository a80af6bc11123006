/**
 * A report command (`status`, `team`, `trend`, `refresh`, `demo`): the shared
 * options parsed, `--help` answered, stray words refused unless the command
 * takes them (`team NAME`), then the command's own body.
 */
import type { CliCommand, CliIo } from './cli-io.ts';
import { parseReportOptions, type ReportOptions } from './parse-report-options.ts';
import { UsageError } from './usage-error.ts';

export interface ReportCommandSpec {
  readonly summary: string;
  readonly usage: string;
  /** True when the command takes words (a team name); otherwise any word is a usage error. */
  readonly takesWords?: boolean;
  run(options: ReportOptions, io: CliIo): Promise<number>;
}

export function defineReportCommand(spec: ReportCommandSpec): CliCommand {
  return {
    summary: spec.summary,
    usage: spec.usage,
    async run(args, io) {
      const options = parseReportOptions(args, spec.usage);
      if (options.help) {
        io.out(`usage: ${spec.usage}`);
        return 0;
      }
      if (!spec.takesWords && options.positionals.length) {
        throw new UsageError(`unexpected argument "${options.positionals[0]}"`, spec.usage);
      }
      return spec.run(options, io);
    },
  };
}
