/**
 * One cold report in a fresh process, for the benchmark: read, parse, clean,
 * classify and aggregate one export with the project's own pipeline (the
 * loader's code, run in-process as the CLI runs it) and print one JSON line:
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
const loaded = await loadFleet(
  { location: file, timeoutMs: 600_000, maxBytes: 2 ** 31, maxBadRowsPercent: 1 },
  DEFAULT_CAMPAIGN,
);
if (loaded.status !== 'loaded') throw new Error('a file source answered "not modified" to a first read');
const t1 = performance.now();
const report = buildReport(loaded.fleet, DEFAULT_CAMPAIGN, {
  readAt: new Date(0),
  source: loaded.source,
  warnings: loaded.warnings,
});
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);

process.stdout.write(
  `${JSON.stringify({
    totalMs: t2 - t0,
    loadMs: t1 - t0,
    reportMs: t2 - t1,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows: loaded.rows,
    hosts: report.totals.hosts,
    teams: report.teams.length,
    teamVersionCells: report.teams.reduce((n, t) => n + t.versions.length, 0),
  })}\n`,
);
