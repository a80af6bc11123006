/** The lines under the targets table: how each figure was made, and the peer's own figures. */
import type { Measured } from './target-rows.ts';
import { median } from './stats.ts';

const ms = (values: readonly number[]) => `${median(values).toFixed(0)} ms`;

export function benchDetails({ cold, warm, ack }: Measured, peerNote: string | null): string[] {
  const lines: string[] = [];
  if (cold) {
    const o = cold.ours;
    lines.push(
      `cold report (ours, medians of ${o.length} fresh process${o.length === 1 ? '' : 'es'}): ${o[0].rows} rows -> ${o[0].hosts} hosts, ${o[0].teams} teams; ` +
        `load (read, parse, clean, classify) ${ms(o.map((r) => r.loadMs))} + report (aggregate) ${ms(o.map((r) => r.reportMs))}; ` +
        `CPU ${ms(o.map((r) => r.cpuMs))}; peak RSS ${median(o.map((r) => r.maxRssMb)).toFixed(0)} MB`,
    );
    if (cold.peer) {
      lines.push(
        `pandas peer (its own total_s, after importing pandas; medians of ${cold.peer.length}): ${cold.peer[0].rows} rows, ` +
          `${ms(cold.peer.map((r) => r.totalMs))}, peak RSS ${median(cold.peer.map((r) => r.maxRssMb)).toFixed(0)} MB`,
      );
    }
  }
  if (peerNote) lines.push(peerNote);
  if (warm) {
    lines.push(
      `warm status: median of ${warm.warmCalls} calls of status() + heatmapPng() at ${warm.hosts} hosts, after one warm-up, ` +
        'with Redis history and the week-ago diff',
      `snapshot: ${warm.snapshotBytes} bytes (STRLEN), ${warm.snapshotMemoryBytes} bytes (MEMORY USAGE); ` +
        `load = store GET + decode, median of ${warm.snapshotLoads}`,
    );
  }
  if (ack) {
    lines.push(
      `acks: ${ack.acked}/${ack.sent} acknowledged over ${ack.rounds} rounds; per round p99 ` +
        `${ack.roundP99Ms.map((v) => v.toFixed(1)).join(' / ')} ms, median p50 ${ack.p50Ms.toFixed(1)} ms, ` +
        `worst single ack ${ack.worstMs.toFixed(1)} ms; each refresh took ~${(ack.refreshMs / 1000).toFixed(2)} s and ` +
        `${ack.duringRefresh ? "was still running at its burst's last ack" : "was OVER before a burst's last ack"}; ` +
        `the bot's longest event-loop stall meanwhile: ${ack.eventLoopMaxMs.toFixed(0)} ms (includes the commands' own work after their acks)`,
    );
  }
  return lines;
}
