/**
 * A forecast as one sentence: "At the current pace (+2.1 pts a week) done on
 * Mon 3 Mar 2025, 35 days after the deadline."
 */
import type { Forecast } from '../../report/history-model.ts';
import { formatDay, formatPoints } from './format-figures.ts';

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/**
 * The forecast sentence (mrkdwn, no inventory text in it).
 * @example forecastText({ status: 'no-data', ... }) // 'Not enough history for a forecast yet.'
 */
export function forecastText(f: Forecast): string {
  const pace = f.pointsPerWeek === null ? '' : ` (${formatPoints(f.pointsPerWeek)} a week)`;
  switch (f.status) {
    case 'done':
      return 'Goal reached :tada:';
    case 'no-data':
      return 'Not enough history for a forecast yet.';
    case 'stalled':
      return `No progress recently${pace}: at this pace it will not finish.`;
    default: {
      if (!f.doneOn) return `No finish date at the current pace${pace}.`;
      const when = `At the current pace${pace} done on ${formatDay(f.doneOn)}`;
      if (f.daysLate === null || !f.deadline) return `${when}.`;
      if (f.daysLate > 0)
        return `${when}, *${days(f.daysLate)} after the deadline* (${formatDay(f.deadline)}).`;
      if (f.daysLate < 0) return `${when}, ${days(-f.daysLate)} before the deadline.`;
      return `${when}, on the deadline.`;
    }
  }
}
