/**
 * `npm run bench`: the performance targets of issue 6, measured side by side
 * with the article's pandas pipeline, each printed with its value and PASS or
 * FAIL, and the machine it ran on. A full run also writes docs/benchmark.md.
 *
 *   npm run bench                          # everything (5 cold repetitions)
 *   npm run bench -- --reps 3 --parts cold,warm,ack
 *
 * Data: 1M-host messy exports made with fleetgen into bench-data/ when missing.
 * Peer: /usr/bin/python3 with Debian's python3-pandas (skipped with a note when
 * missing). Paths: BENCH_FLEETGEN, BENCH_PANDAS_PEER, BENCH_PYTHON.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type AckResult, runAckLatency } from './bench/ack-latency.ts';
import { type ColdReportResult, runColdReport } from './bench/cold-report.ts';
import { ensureFleetFile } from './bench/fleet-data.ts';
import { describeMachine, machineInfo } from './bench/machine-info.ts';
import { PANDAS_HOWTO, peerMissing } from './bench/pandas-peer.ts';
import { benchMarkdown } from './bench/bench-markdown.ts';
import { formatTable } from './bench/targets.ts';
import { benchDetails } from './bench/bench-details.ts';
import { targetRows } from './bench/target-rows.ts';
import { runWarmAndSnapshot, type WarmResult } from './bench/warm-status.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PARTS = ['cold', 'warm', 'ack'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    parts: { type: 'string', default: PARTS.join(',') },
  },
});
const reps = Number(values.reps);
const parts = new Set(values.parts.split(',').map((p) => p.trim()) as Part[]);
for (const p of parts) if (!PARTS.includes(p)) throw new Error(`unknown part ${p}: use ${PARTS.join(', ')}`);
if (!(reps >= 1)) throw new Error('--reps must be at least 1');

const log = (line: string) => process.stdout.write(`${line}\n`);
const tools = resolve(ROOT, '../shared/tools');
const fleetgen = process.env.BENCH_FLEETGEN ?? resolve(tools, 'fleetgen.mjs');
const peer = {
  python: process.env.BENCH_PYTHON ?? '/usr/bin/python3',
  script: process.env.BENCH_PANDAS_PEER ?? resolve(tools, 'pandas_peer.py'),
};
const dataDir = resolve(ROOT, 'bench-data');

const machine = machineInfo();
log(`machine: ${describeMachine(machine)}`);
const thisWeek = await ensureFleetFile(dataDir, fleetgen, { hosts: 1_000_000, teams: 60, week: 6 });
const lastWeek = await ensureFleetFile(dataDir, fleetgen, { hosts: 1_000_000, teams: 60, week: 5 });

let cold: ColdReportResult | null = null;
let peerNote: string | null = null;
if (parts.has('cold')) {
  const missing = await peerMissing(peer);
  if (missing) {
    peerNote = `pandas peer skipped: ${missing}. To compare, ${PANDAS_HOWTO}.`;
    log(peerNote);
  }
  log(
    `1. cold report, ${reps} repetitions, each in a fresh process${missing ? '' : ', alternating with pandas'}:`,
  );
  cold = await runColdReport(thisWeek, reps, missing ? null : peer, log);
}
let warm: WarmResult | null = null;
if (parts.has('warm')) {
  log('2-3. warm status and snapshot (Redis) ...');
  warm = await runWarmAndSnapshot(lastWeek, thisWeek, { warmCalls: 30, snapshotLoads: 10 });
}
let ack: AckResult | null = null;
if (parts.has('ack')) {
  log('4. ack latency during a cold refresh (bot process, 100 concurrent signed commands) ...');
  ack = await runAckLatency(lastWeek, thisWeek);
}

const measured = { cold, warm, ack };
const rows = targetRows(measured);
const table = formatTable(rows);
const details = benchDetails(measured, peerNote);
log('');
log(table);
log('');
for (const line of details) log(line);

if (parts.size === PARTS.length) {
  const file = resolve(ROOT, 'docs/benchmark.md');
  writeFileSync(file, benchMarkdown({ machine, table, details, reps, date: new Date() }));
  log(`\nwritten to ${file}`);
} else {
  log('\n(partial run: docs/benchmark.md not updated)');
}
if (rows.some((r) => r.verdict === 'FAIL')) process.exitCode = 1;
