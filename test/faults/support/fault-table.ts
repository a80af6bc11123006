/**
 * The table the fault suite prints: one row per case with what was expected,
 * what was observed and PASS/FAIL. Each case builds its `observed` record from
 * what the bot did (calls seen by the Slack stand-in, HTTP statuses, the
 * store) and `expected` from the issue, and `check` asserts the two are equal.
 *
 *   const table = faultTable('inventory faults');   // registers afterEach/afterAll hooks
 *   table.check('500', { ack: '200', told: 'yes' }, { ack: String(res.status), told: ... });
 */
import { afterAll, afterEach, expect } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** The fault-table rows a test recorded, for fault-table-reporter.ts. */
    faultRows?: { readonly title: string; readonly rows: readonly FaultRow[] };
  }
}

export type Outcome = Readonly<Record<string, string | number | boolean>>;

export interface FaultRow {
  readonly name: string;
  readonly expected: string;
  readonly observed: string;
  readonly pass: boolean;
}

export interface FaultTable {
  /** Record a case and assert that what was observed is what was expected. */
  check(name: string, expected: Outcome, observed: Outcome): void;
  readonly rows: readonly FaultRow[];
}

const show = (o: Outcome) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/** Rows as an aligned text table. */
export function formatTable(title: string, rows: readonly FaultRow[]): string {
  const head = ['case', 'expected', 'observed', 'result'];
  const lines = rows.map((r) => [r.name, r.expected, r.observed, r.pass ? 'PASS' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const passed = rows.filter((r) => r.pass).length;
  return [
    `== ${title}: ${passed} of ${rows.length} cases as expected`,
    fmt(head),
    rule,
    ...lines.map(fmt),
  ].join('\n');
}

export function faultTable(title: string): FaultTable {
  const rows: FaultRow[] = [];
  let checkedInTest = 0;
  let firstOfTest = 0;

  afterEach((context) => {
    // A case that threw before reaching check() still gets its row.
    if (checkedInTest === 0 && context.task.result?.state === 'fail') {
      const error = context.task.result.errors?.[0]?.message ?? 'error';
      rows.push({
        name: context.task.name,
        expected: '(see test)',
        observed: `threw: ${error.split('\n')[0].slice(0, 120)}`,
        pass: false,
      });
    }
    context.task.meta.faultRows = { title, rows: rows.slice(firstOfTest) };
    firstOfTest = rows.length;
    checkedInTest = 0;
  });

  afterAll(() => {
    // `npm run test:faults` prints one table for all files at the end instead (FAULT_TABLE=summary).
    if (rows.length && process.env.FAULT_TABLE !== 'summary') console.log(formatTable(title, rows));
  });

  return {
    rows,
    check(name, expected, observed) {
      checkedInTest += 1;
      const pass = show(expected) === show(observed);
      rows.push({ name, expected: show(expected), observed: show(observed), pass });
      expect(observed, name).toEqual(expected);
    },
  };
}
