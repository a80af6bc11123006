import { describe, expect, it } from 'vitest';
import { parsePrometheus } from './parse-prometheus.ts';

// The test parser must itself reject bad text, or the /metrics tests prove nothing.
describe('parsePrometheus (test helper)', () => {
  it('reads HELP, TYPE and samples with labels', () => {
    const e = parsePrometheus(
      '# HELP x_total Things\n# TYPE x_total counter\nx_total{a="1",b="q\\"uote"} 3\n# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_sum 0.5\nh_count 2\n',
    );
    expect(e.value('x_total', { a: '1', b: 'q"uote' })).toBe(3);
    expect(e.value('h_bucket', { le: '+Inf' })).toBe(2);
    expect(e.types.get('h')).toBe('histogram');
  });

  it.each([
    ['no final newline', '# TYPE a gauge\na 1'],
    ['sample without type', 'a 1\n'],
    ['bad value', '# TYPE a gauge\na one\n'],
    ['bad labels', '# TYPE a gauge\na{x=1} 1\n'],
    ['bad type', '# TYPE a thing\na 1\n'],
    ['html', '<html>nope</html>\n'],
  ])('rejects %s', (_name, text) => {
    expect(() => parsePrometheus(text)).toThrow();
  });
});
