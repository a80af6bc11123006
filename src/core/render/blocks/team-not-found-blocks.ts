/**
 * An unknown or ambiguous team name: say so, and offer the closest names as
 * buttons that run the team report.
 */
import type { TeamLookup } from '../../report/view-model.ts';
import { teamButtonId } from './action-ids.ts';
import { actions, button, section } from './block-builders.ts';
import type { Block, SlackMessage } from './block-kit.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitMessage } from './fit-message.ts';
import { clip } from './slack-limits.ts';

type Miss = Extract<TeamLookup, { kind: 'not-found' | 'ambiguous' }>;

/**
 * The reply to a team lookup that found no single team.
 * @example teamNotFoundBlocks({ kind: 'not-found', query: 'bleu', suggestions: ['Team Blue'] })
 */
export function teamNotFoundBlocks(miss: Miss, maxSuggestions = 5): SlackMessage {
  const query = escapeMrkdwn(clip(miss.query, 80));
  const suggestions = miss.suggestions.slice(0, maxSuggestions);
  const opening =
    miss.kind === 'ambiguous'
      ? `“${query}” matches more than one team.`
      : `I don't know a team called “${query}”.`;
  const blocks: Block[] = [
    section(
      suggestions.length
        ? `${opening} Did you mean one of these?`
        : `${opening} \`/java-migration status\` lists the teams.`,
    ),
  ];
  if (suggestions.length)
    blocks.push(
      actions(
        suggestions.map((name, i) => button(teamButtonId(i), escapeMrkdwn(clip(name, 70)), name)),
        'jm_team_suggestions',
      ),
    );
  return fitMessage(opening, blocks);
}
