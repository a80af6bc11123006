/**
 * Part 1: the cold report, ours against the pandas peer on the same file,
 * alternating, each repetition in a fresh process (so peak RSS is per run).
 */
import { fileURLToPath } from 'node:url';
import { type PeerRun, type PeerSetup, runPeer } from './pandas-peer.ts';
import { runProcess } from './run-process.ts';
import { median } from './stats.ts';

export interface OurRun {
  readonly totalMs: number;
  readonly loadMs: number;
  readonly reportMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly rows: number;
  readonly hosts: number;
  readonly teams: number;
}

export interface ColdReportResult {
  readonly ours: readonly OurRun[];
  readonly peer: readonly PeerRun[] | null;
  readonly oursMedianMs: number;
  readonly oursMedianRssMb: number;
  readonly peerMedianMs: number | null;
  readonly peerMedianRssMb: number | null;
}

const CHILD = fileURLToPath(new URL('./cold-report-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function runOurs(file: string): Promise<OurRun> {
  const result = await runProcess(process.execPath, ['--import', 'tsx', CHILD, file], {
    timeoutMs: 600_000,
    cwd: ROOT,
  });
  if (result.code !== 0) throw new Error(`the cold report child failed: ${result.stderr.slice(-800)}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as OurRun;
}

export async function runColdReport(
  file: string,
  repetitions: number,
  peer: PeerSetup | null,
  log: (line: string) => void,
): Promise<ColdReportResult> {
  const ours: OurRun[] = [];
  const peerRuns: PeerRun[] = [];
  for (let i = 0; i < repetitions; i++) {
    const run = await runOurs(file);
    ours.push(run);
    let line = `  rep ${i + 1}/${repetitions}: ours ${run.totalMs.toFixed(0)} ms (cpu ${run.cpuMs.toFixed(0)} ms), ${run.maxRssMb.toFixed(0)} MB`;
    if (peer) {
      const p = await runPeer(peer, file);
      peerRuns.push(p);
      line += ` | pandas ${p.totalMs.toFixed(0)} ms, ${p.maxRssMb.toFixed(0)} MB`;
    }
    log(line);
  }
  return {
    ours,
    peer: peer ? peerRuns : null,
    oursMedianMs: median(ours.map((r) => r.totalMs)),
    oursMedianRssMb: median(ours.map((r) => r.maxRssMb)),
    peerMedianMs: peer ? median(peerRuns.map((r) => r.totalMs)) : null,
    peerMedianRssMb: peer ? median(peerRuns.map((r) => r.maxRssMb)) : null,
  };
}
