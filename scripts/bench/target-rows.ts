/** The targets, from what the parts measured (a part not run shows SKIP). */
import type { AckResult } from './ack-latency.ts';
import type { ColdReportResult } from './cold-report.ts';
import { atMost, type TargetRow } from './targets.ts';
import type { WarmResult } from './warm-status.ts';

export interface Measured {
  readonly cold: ColdReportResult | null;
  readonly warm: WarmResult | null;
  readonly ack: AckResult | null;
}

const MB = 2 ** 20;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${n.toFixed(2)} MB`;
const ratio = (n: number) => n.toFixed(3);

function coldRows(cold: ColdReportResult | null): TargetRow[] {
  const time = '1. cold report time, ours / pandas (medians)';
  const rss = '1. cold report peak RSS, ours / pandas (medians)';
  if (!cold) return [atMost(time, null, 0.15, ratio, 'not run'), atMost(rss, null, 0.4, ratio, 'not run')];
  const ours = `${cold.oursMedianMs.toFixed(0)} ms, ${cold.oursMedianRssMb.toFixed(0)} MB`;
  if (cold.peerMedianMs === null || cold.peerMedianRssMb === null) {
    const shown = `no pandas peer (ours: ${ours})`;
    return [atMost(time, null, 0.15, ratio, shown), atMost(rss, null, 0.4, ratio, shown)];
  }
  const t = cold.oursMedianMs / cold.peerMedianMs;
  const r = cold.oursMedianRssMb / cold.peerMedianRssMb;
  return [
    atMost(
      time,
      t,
      0.15,
      ratio,
      `${ratio(t)} (${cold.oursMedianMs.toFixed(0)} / ${cold.peerMedianMs.toFixed(0)} ms)`,
    ),
    atMost(
      rss,
      r,
      0.4,
      ratio,
      `${ratio(r)} (${cold.oursMedianRssMb.toFixed(0)} / ${cold.peerMedianRssMb.toFixed(0)} MB)`,
    ),
  ];
}

export function targetRows({ cold, warm, ack }: Measured): TargetRow[] {
  return [
    ...coldRows(cold),
    atMost('2. warm status + heatmap PNG, 1M hosts (median)', warm?.warmStatusMs ?? null, 100, ms),
    atMost('3. snapshot size in Redis (MEMORY USAGE)', warm ? warm.snapshotMemoryBytes / MB : null, 16, mb),
    atMost('3. snapshot load, GET + decode (median)', warm?.snapshotLoadMs ?? null, 200, ms),
    atMost(
      `4. ack p99, 100 commands during a cold refresh (median of ${ack?.rounds ?? 3} rounds)`,
      ack?.p99Ms ?? null,
      50,
      ms,
    ),
    atMost(
      '4. commands not acknowledged',
      ack ? ack.sent - ack.acked : null,
      0,
      (n) => `${n}`,
      ack ? `${ack.sent - ack.acked} of ${ack.sent}` : undefined,
    ),
  ];
}
