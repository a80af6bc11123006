/** docs/benchmark.md: the latest full `npm run bench` output and the machine it ran on. */
import { describeMachine, type MachineInfo } from './machine-info.ts';

export interface BenchRun {
  readonly machine: MachineInfo;
  readonly table: string;
  readonly details: readonly string[];
  readonly reps: number;
  readonly date: Date;
}

export function benchMarkdown(run: BenchRun): string {
  return [
    '# Benchmark',
    '',
    'The latest full `npm run bench` (written by `scripts/bench.ts`; do not edit by hand).',
    '',
    `- Run: ${run.date.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${run.reps} cold repetitions`,
    `- Machine: ${describeMachine(run.machine)}`,
    '- Data: `fleetgen.mjs --hosts 1000000 --teams 60 --week 6 --messy` (and `--week 5` as last week), made into `bench-data/`',
    '',
    '```',
    run.table,
    '```',
    '',
    ...run.details.map((d) => `- ${d}`),
    '',
    'How each figure is made:',
    '',
    '1. Cold report: each repetition runs our pipeline (the loader in-process: read, parse, clean, classify;',
    '   then the report: aggregate) in a fresh Node process and then the pandas peer in a fresh Python',
    '   process, alternating. Both times are in-process (no interpreter or import start-up); peak RSS is',
    "   the process's (`resourceUsage().maxRSS`; GNU time or `getrusage(RUSAGE_CHILDREN)` for the peer).",
    '2. Warm status: the service as the bot composes it (worker-thread loader, Redis history with last week',
    '   and this week stored, charts kept per report), answering from its cached inventory: `status()` then',
    '   `heatmapPng()`; the first call of a new read draws the heatmap (about 50-150 ms, on the main thread).',
    '3. Snapshot: the 1M-host snapshot the service stored in Redis; loading = GET + decode.',
    '4. Acks: the bot as deployed (`src/main.ts`) in its own process, HTTP mode, with a Slack stand-in,',
    '   Redis and a local inventory server (this harness runs at a lower priority: on other machines it',
    "   would take none of the bot's CPU). After its start-up load, a first status and three unmeasured",
    '   bursts, three rounds: the export changes, `/java-migration refresh` is sent, and when the new body',
    '   starts streaming, 100 signed commands (status, team, trend, help) go at once from a load generator',
    '   process, each on a connection of its own opened just before (as a proxy holds them); time =',
    "   request written to response head. The target row is the median of the rounds' p99.",
    '',
  ].join('\n');
}
