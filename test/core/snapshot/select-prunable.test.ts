import { expect, it } from 'vitest';
import { selectPrunable } from '../../../src/core/snapshot/select-prunable.ts';

const snap = (id: string, asOf: string, takenAt = asOf) => ({
  id,
  asOf: `${asOf}T12:00:00Z`,
  takenAt: `${takenAt}T13:00:00Z`,
});

it('keeps everything inside the window and the newest snapshot of each older week', () => {
  const snapshots = [
    snap('mon', '2024-01-01'), // Monday
    snap('wed', '2024-01-03'),
    snap('sun', '2024-01-07'), // same week: the newest, kept
    snap('next-mon', '2024-01-08'), // same week as the two below: dropped
    snap('dup-early', '2024-01-10', '2024-01-10'),
    snap('dup-late', '2024-01-10', '2024-01-11'), // same asOf, read later: the week's newest, kept
    snap('feb', '2024-02-01'), // alone in its week, kept
    snap('recent-1', '2024-03-01'),
    snap('recent-2', '2024-03-02'),
  ];
  const dropped = selectPrunable(snapshots, { keepAllDays: 30, now: new Date('2024-03-05T00:00:00Z') });
  expect(dropped.sort()).toEqual(['dup-early', 'mon', 'next-mon', 'wed']);
});

it('drops nothing when every snapshot is young enough', () => {
  const snapshots = [snap('a', '2024-01-01'), snap('b', '2024-01-02')];
  expect(selectPrunable(snapshots, { keepAllDays: 730, now: new Date('2024-02-01T00:00:00Z') })).toEqual([]);
});
