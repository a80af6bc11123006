/**
 * Small formatters for the terminal renderers. They format figures from the
 * report model; none computes one.
 *
 * @example textPercent(95.238095) // '95.2 %'
 */
import type { Counts } from '../report/report-model.ts';
import { progressBar } from './blocks/format-figures.ts';
import { terminalSafe } from './terminal-safe.ts';

export const BAR_CELLS = 20;

/** One decimal; `n/a` when nothing is migrated or pending. */
export function textPercent(percent: number | null): string {
  return percent === null ? 'n/a' : `${percent.toFixed(1)} %`;
}

export function textCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** `▓▓▓▓░░░░ 42.0 %` */
export function textBar(percent: number | null, cells = BAR_CELLS): string {
  return `${progressBar(percent, cells)} ${textPercent(percent)}`;
}

/** `1,914 migrated · 1,153 pending · 41 unknown · 57 stale · 3,165 hosts` */
export function countsLine(c: Counts): string {
  return [
    `${textCount(c.migrated)} migrated`,
    `${textCount(c.pending)} pending`,
    `${textCount(c.unknown)} unknown`,
    `${textCount(c.stale)} stale`,
    `${textCount(c.hosts)} hosts`,
  ].join(' · ');
}

/** A cleaned version for display: blank is shown as `(blank)`. */
export function versionLabel(version: string): string {
  return version === '' ? '(blank)' : terminalSafe(version);
}

/** `2019-03-18 06:42 UTC` from an ISO timestamp. */
export function textTime(iso: string | null): string {
  return iso === null ? 'unknown' : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** Signed percentage points: `+3.1 pts`. */
export function textPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : '±'}${Math.abs(rounded).toFixed(1)} pts`;
}
