/**
 * One cold report in a fresh process, for the benchmark: read, parse, clean,
 * classify and aggregate one export with the project's own pipeline (the
 * loader, run in-process as the CLI runs it; it builds the report) and print one JSON line:
 * the in-process time (modules are loaded before the clock starts, as the
 * pandas peer imports pandas before its clock), CPU time and peak RSS.
 *
 *   tsx scripts/bench/cold-report-child.ts FILE
 */
import { loadFleet } from '../../src/adapters/inventory/load-fleet.ts';
import { DEFAULT_CAMPAIGN } from '../../src/core/campaign.ts';
import { buildReport } from '../../src/core/report/build-report.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: cold-report-child.ts FILE');

const cpu0 = process.cpuUsage();
const t0 = performance.now();
// The loader's own pipeline: it reads, parses, cleans, classifies and aggregates (builds the report).
const loaded = await loadFleet(
  { location: file, timeoutMs: 600_000, maxBytes: 2 ** 31, maxBadRowsPercent: 1 },
  DEFAULT_CAMPAIGN,
);
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
if (loaded.status !== 'loaded' || !loaded.report) throw new Error('expected a loaded fleet with its report');
const { report } = loaded;
// For the breakdown only, after the clock stopped: the aggregation step timed again on its own.
const t2 = performance.now();
buildReport(loaded.fleet, DEFAULT_CAMPAIGN, { readAt: new Date(0), source: loaded.source, warnings: [] });
const reportMs = performance.now() - t2;

process.stdout.write(
  `${JSON.stringify({
    totalMs: t1 - t0,
    loadMs: t1 - t0 - reportMs,
    reportMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb,
    rows: loaded.rows,
    hosts: report.totals.hosts,
    teams: report.teams.length,
    teamVersionCells: report.teams.reduce((n, t) => n + t.versions.length, 0),
  })}\n`,
);
