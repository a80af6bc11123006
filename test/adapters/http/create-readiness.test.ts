import { describe, expect, it } from 'vitest';
import { createReadiness } from '../../../src/adapters/http/create-readiness.ts';

describe('createReadiness', () => {
  it('is ready with no checks, and fails a check that throws or hangs past the bound', async () => {
    const r = createReadiness(50);
    expect(await r.report()).toEqual({ ready: true, checks: {}, failed: [] });
    r.set('throws', () => {
      throw new Error('x');
    });
    r.set('rejects', () => Promise.reject(new Error('y')));
    r.set('hangs', () => new Promise<boolean>(() => {}));
    r.set('fine', async () => true);
    const report = await r.report();
    expect(report.ready).toBe(false);
    expect(report.failed).toEqual(['throws', 'rejects', 'hangs']);
    expect(report.checks.fine).toBe('ok');
  });
});
