/**
 * Why a team is in the digest's "needs action" list, as short phrases with
 * no inventory text in them (so both renderers can use them as they are).
 */
import type { DigestTeam } from './digest-model.ts';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The phrases for a team's reasons, in a fixed order.
 * @example reasonPhrases(red) // ['furthest behind', '35 days late', '3 hosts regressed']
 */
export function reasonPhrases(team: DigestTeam): string[] {
  return team.reasons.map((reason) => {
    switch (reason) {
      case 'behind':
        return 'furthest behind';
      case 'late':
        return team.forecast?.status === 'stalled' || team.forecast?.daysLate == null
          ? 'no progress: will miss the deadline'
          : `${plural(team.forecast.daysLate, 'day')} late`;
      default:
        return `${plural(team.regressed, 'host')} regressed`;
    }
  });
}
