/**
 * The article's pipeline in pandas (`pandas_peer.py`), run as the benchmark's
 * peer. Its own `total_s` is the in-process time (after `import pandas`); its
 * peak RSS comes from GNU time (`/usr/bin/time -v`) when installed, else from
 * a small Python wrapper reading `getrusage(RUSAGE_CHILDREN)`.
 */
import { existsSync } from 'node:fs';
import { runProcess } from './run-process.ts';

export interface PeerSetup {
  readonly python: string;
  readonly script: string;
}

export interface PeerRun {
  readonly totalMs: number;
  readonly maxRssMb: number;
  readonly rows: number;
}

export const PANDAS_HOWTO =
  "install Debian's pandas (`apt-get install python3-pandas`) and run with /usr/bin/python3 " +
  '(BENCH_PYTHON picks another interpreter, BENCH_PANDAS_PEER another pandas_peer.py)';

const RUSAGE_WRAPPER = [
  'import resource, subprocess, sys',
  'code = subprocess.call(sys.argv[1:])',
  "sys.stderr.write('maxrss_kb=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
  'sys.exit(code)',
].join('\n');

/** Why the peer cannot run here (null when it can). */
export async function peerMissing(setup: PeerSetup): Promise<string | null> {
  if (!existsSync(setup.script)) return `the pandas peer script is not at ${setup.script}`;
  if (!existsSync(setup.python)) return `${setup.python} is not installed`;
  const probe = await runProcess(setup.python, ['-c', 'import pandas'], { timeoutMs: 60_000 }).catch(
    (error: Error) => ({ code: -1, stderr: error.message, stdout: '' }),
  );
  return probe.code === 0 ? null : `${setup.python} cannot import pandas`;
}

export async function runPeer(setup: PeerSetup, file: string): Promise<PeerRun> {
  const gnuTime = existsSync('/usr/bin/time');
  const result = gnuTime
    ? await runProcess('/usr/bin/time', ['-v', setup.python, setup.script, file], { timeoutMs: 600_000 })
    : await runProcess(setup.python, ['-c', RUSAGE_WRAPPER, setup.python, setup.script, file], {
        timeoutMs: 600_000,
      });
  const total = /total_s=([\d.]+)/.exec(result.stdout);
  const rows = /rows=(\d+)/.exec(result.stdout);
  const rssKb = gnuTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
    : /maxrss_kb=(\d+)/.exec(result.stderr);
  if (result.code !== 0 || !total || !rssKb) {
    throw new Error(`the pandas peer failed (exit ${result.code}): ${result.stderr.slice(-500)}`);
  }
  return { totalMs: Number(total[1]) * 1000, maxRssMb: Number(rssKb[1]) / 1024, rows: Number(rows?.[1]) };
}
