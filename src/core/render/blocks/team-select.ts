/**
 * The "Team ▾" menu: every team, by name. A static menu holds at most 100
 * options, so a bigger fleet gets option groups of 100 (up to 10,000 teams).
 */
import { plain } from './block-builders.ts';
import type { Option, StaticSelect } from './block-kit.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { clip, SLACK_LIMITS } from './slack-limits.ts';

function option(team: string): Option {
  return {
    text: plain(escapeMrkdwn(clip(team, 70)), SLACK_LIMITS.optionText),
    // The value comes back verbatim in the interaction: raw text, cut to the limit.
    value: team.slice(0, SLACK_LIMITS.optionValue),
  };
}

/**
 * A static select of team names (values are the names), or null for no teams.
 * @example teamSelect('jm_team_select', ['Team Blue', 'Team Red'])?.options?.length // 2
 */
export function teamSelect(actionId: string, teams: readonly string[]): StaticSelect | null {
  // Values must be unique in one menu; very long names cut to the same value are listed once.
  const seen = new Set<string>();
  const options: Option[] = [];
  for (const team of teams) {
    const o = option(team);
    if (seen.has(o.value)) continue;
    seen.add(o.value);
    options.push(o);
  }
  if (options.length === 0) return null;
  const placeholder = plain('Team report…', SLACK_LIMITS.placeholderText);
  if (options.length <= SLACK_LIMITS.selectOptions) {
    return { type: 'static_select', action_id: actionId, placeholder, options };
  }
  const groups = [];
  const size = SLACK_LIMITS.selectOptions;
  for (let i = 0; i < options.length && groups.length < SLACK_LIMITS.optionGroups; i += size) {
    const chunk = options.slice(i, i + size);
    const label = `${clip(chunk[0].value, 30)} – ${clip(chunk[chunk.length - 1].value, 30)}`;
    groups.push({ label: plain(escapeMrkdwn(label), SLACK_LIMITS.optionText), options: chunk });
  }
  return { type: 'static_select', action_id: actionId, placeholder, option_groups: groups };
}
