import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/core/report/compare-versions.ts';

describe('compareVersions', () => {
  it('orders by major, then numerically, unreadable then blank last', () => {
    const ordered = [
      '1.7.0_80',
      'jdk1.8.0_181',
      '1.8.0_202',
      '8.202.b08-66',
      '8.202.b08-83',
      '8.202.b08-85',
      '8.212.b04-1',
      '11.0.2+9-3',
      '11.0.3+7-1',
      '11.0.21+9-1~deb10u1',
      '17.0.9+9-1~deb11u1',
      '21',
      'garbage',
      '',
    ];
    const shuffled = [...ordered].reverse();
    shuffled.push(shuffled.splice(3, 1)[0]);
    expect(shuffled.sort(compareVersions)).toEqual(ordered);
  });

  it('is zero only for equal strings', () => {
    expect(compareVersions('11.0.2', '11.0.2')).toBe(0);
    expect(Math.sign(compareVersions('11.0.2', '11.0.02'))).not.toBe(0);
  });
});
