/**
 * The action ids on the bot's buttons and menus. The Slack adapter routes
 * interactions by these, so renderers and listeners share one list.
 */
export const ACTION_IDS = Object.freeze({
  /** Team menu on the status message; the selected option's value is the team name. */
  teamSelect: 'jm_team_select',
  /** Prefix of team buttons (suggestions); value is the team name. Ids must be unique per block. */
  teamButton: 'jm_team',
  /** "Pending hosts CSV"; value is the team name, empty for the whole fleet. */
  pendingCsv: 'jm_pending_csv',
  trend: 'jm_trend',
  status: 'jm_status',
  /** "Send me the heatmap" on the Home tab: the PNG goes to the user by direct message. */
  homeHeatmap: 'jm_home_heatmap',
});

/**
 * The id of the i-th team button in one block.
 * @example teamButtonId(2) // 'jm_team_2'
 */
export function teamButtonId(index: number): string {
  return `${ACTION_IDS.teamButton}_${index}`;
}

/** Matches every team button id. */
export const TEAM_BUTTON_PATTERN = /^jm_team_\d+$/;

/**
 * The value of a "Pending hosts CSV" button: one team, or the whole fleet.
 * A prefix keeps a team literally called `fleet` distinct from the fleet.
 * @example pendingCsvValue('Team Blue') // 'team:Team Blue'
 */
export function pendingCsvValue(team: string | null): string {
  return team === null ? 'fleet' : `team:${team}`;
}

/**
 * The team a "Pending hosts CSV" value names; null for the whole fleet.
 * @example parsePendingCsvValue('team:Team Blue') // 'Team Blue'
 */
export function parsePendingCsvValue(value: string): string | null {
  return value.startsWith('team:') ? value.slice('team:'.length) : null;
}
