import { describe, expect, it } from 'vitest';
import { TeamNotFoundError } from '../../src/app/team-not-found-error.ts';
import type { CliCommand, CliIo } from '../../src/cli/cli-io.ts';
import { createHelpCommand } from '../../src/cli/commands/help.ts';
import { describeError } from '../../src/cli/describe-error.ts';
import { parseReportOptions } from '../../src/cli/parse-report-options.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { ConfigError } from '../../src/config/config-error.ts';

function captureIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env, out: (t) => out.push(t), err: (t) => err.push(t), cwd: process.cwd() };
  return { io, out, err };
}

describe('parseReportOptions', () => {
  it('reads every option and keeps the words of a team name', () => {
    const o = parseReportOptions(
      [
        'Team',
        'Blue',
        '--inventory',
        'x.csv',
        '--config',
        'rules.yaml',
        '--target',
        '17',
        '--json',
        '--out',
        'pngs',
      ],
      'u',
    );
    expect(o).toEqual({
      inventory: 'x.csv',
      config: 'rules.yaml',
      target: 17,
      json: true,
      out: 'pngs',
      help: false,
      positionals: ['Team', 'Blue'],
    });
  });

  it.each([
    [['--jsn'], /Unknown option '--jsn'/],
    [['--target', 'eleven'], /--target must be a Java major version from 2 to 99 \(got "eleven"\)/],
    [['--target', '1'], /--target must be/],
    [['--target', '100'], /--target must be/],
    [['--inventory'], /--inventory/],
  ])('%j is a usage error', (args, message) => {
    expect(() => parseReportOptions(args, 'usage text')).toThrow(UsageError);
    expect(() => parseReportOptions(args, 'usage text')).toThrow(message);
  });
});

describe('describeError', () => {
  it('shows typed errors as one line with their context', () => {
    expect(describeError(new ConfigError('campaign.target', 'expected a number (got "x")'))).toEqual({
      message: 'java-migration: config campaign.target: expected a number (got "x")',
      exitCode: 1,
    });
    expect(describeError(new TeamNotFoundError('bleu', ['Team Blue', 'Team Red']))).toEqual({
      message: 'java-migration: no team matches "bleu"; did you mean "Team Blue", "Team Red"?',
      exitCode: 1,
    });
    expect(describeError(new UsageError('missing team name', 'java-migration team NAME'))).toEqual({
      message: 'java-migration: missing team name (java-migration team NAME)',
      exitCode: 2,
    });
  });

  it('keeps only the first line, never a stack trace', () => {
    class InventoryFetchError extends Error {
      override name = 'InventoryFetchError';
    }
    const { message } = describeError(new InventoryFetchError('GET http://h/x.csv failed: 503\nmore detail'));
    expect(message).toBe('java-migration: GET http://h/x.csv failed: 503');
  });

  it('says an unknown failure is unexpected and how to see more', () => {
    expect(describeError(new TypeError("Cannot read properties of undefined (reading 'x')")).message).toBe(
      "java-migration: unexpected error: Cannot read properties of undefined (reading 'x') (run with LOG_LEVEL=debug for details)",
    );
    expect(describeError('boom').message).toMatch(/unexpected error: boom/);
  });
});

describe('runCli', () => {
  const fail: CliCommand = {
    summary: 'always fails',
    usage: 'java-migration fail',
    run() {
      throw new ConfigError('MIGRATION_CONFIG', 'cannot read rules.yaml: ENOENT');
    },
  };
  const ok: CliCommand = {
    summary: 'prints its arguments',
    usage: 'java-migration ok [ARGS]',
    run(args, io) {
      io.out(args.join(' '));
      return 0;
    },
  };
  const commands: Record<string, CliCommand> = { ok, fail, help: createHelpCommand(() => commands) };

  it('runs the named command with the rest of the arguments', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['ok', 'a', 'b'], commands, io)).toBe(0);
    expect(out).toEqual(['a b']);
  });

  it('turns a thrown typed error into one stderr line and exit 1', async () => {
    const { io, out, err } = captureIo();
    expect(await runCli(['fail'], commands, io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual(['java-migration: config MIGRATION_CONFIG: cannot read rules.yaml: ENOENT']);
  });

  it('rejects an unknown command with exit 2 and the command list', async () => {
    const { io, err } = captureIo();
    expect(await runCli(['stauts'], commands, io)).toBe(2);
    expect(err).toEqual(['java-migration: unknown command "stauts"; commands: ok, fail, help']);
  });

  it('shows help with no arguments, and one command with help NAME', async () => {
    const { io, out } = captureIo();
    expect(await runCli([], commands, io)).toBe(0);
    expect(out[0]).toMatch(/^usage: java-migration COMMAND/);
    expect(out[0]).toMatch(/\n {2}ok {4}prints its arguments\n/);
    expect(await runCli(['help', 'ok'], commands, io)).toBe(0);
    expect(out[1]).toBe('usage: java-migration ok [ARGS]\n\nprints its arguments');
    expect(await runCli(['help', 'nope'], commands, io)).toBe(2);
  });
});
