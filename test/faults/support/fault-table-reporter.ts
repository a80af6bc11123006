/**
 * A vitest reporter for `npm run test:faults`: after the run, one table of
 * every fault case (case, expected, observed, PASS/FAIL), file by file, from
 * the rows each test recorded in its task meta (see fault-table.ts).
 */
import type { Reporter, TestModule } from 'vitest/node';
import { type FaultRow, formatTable } from './fault-table.ts';

export default class FaultTableReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const sections = new Map<string, FaultRow[]>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const recorded = test.meta().faultRows;
        if (!recorded) continue;
        sections.set(recorded.title, [...(sections.get(recorded.title) ?? []), ...recorded.rows]);
      }
    }
    if (sections.size === 0) return;
    const all = [...sections.values()].flat();
    const failed = all.filter((r) => !r.pass).length;
    const out = [...sections].map(([title, rows]) => formatTable(title, rows));
    out.push(`== fault suite: ${all.length - failed} of ${all.length} cases as expected, ${failed} not`);
    process.stdout.write(`\n${out.join('\n\n')}\n`);
  }
}
