import { editDistance } from '../core/report/edit-distance.ts';

/** The known key a mistyped one most likely meant, or undefined when none is close. */
export function closestKey(typed: string, known: readonly string[]): string | undefined {
  // `goal_percent`, `GoalPercent` and `goal-percent` all mean `goalPercent`.
  const norm = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');
  const t = norm(typed);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = editDistance(t, norm(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Allow about one typo per four characters, at least one.
  return bestDistance <= Math.max(1, Math.floor(t.length / 4)) ? best : undefined;
}
