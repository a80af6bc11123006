/** The machine a benchmark ran on, for the printed table and docs/benchmark.md. */
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly freeMemoryGb: number;
  readonly node: string;
  /** 1-minute load average when the run started: other work on the machine skews absolute times. */
  readonly loadAverage: number;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGb: totalmem() / 2 ** 30,
    freeMemoryGb: freemem() / 2 ** 30,
    node: process.version,
    loadAverage: loadavg()[0],
  };
}

export function describeMachine(m: MachineInfo): string {
  return (
    `${m.cores} cores (${m.cpuModel}), ${m.memoryGb.toFixed(1)} GB memory (${m.freeMemoryGb.toFixed(1)} GB free), ` +
    `Node ${m.node}, load average ${m.loadAverage.toFixed(2)} at start`
  );
}
