/**
 * "Your team's line" on the Home tab: for each team whose owner list (the
 * campaign's `teamOwners`) names the viewer, or a user group (`S…`) the
 * viewer is in, its progress, what is left and the change since last week.
 */
import type { TeamReport } from '../../report/report-model.ts';
import type { StatusView } from '../../report/view-model.ts';
import { section } from './block-builders.ts';
import type { SectionBlock } from './block-kit.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { formatCount, formatDay, formatPercent, formatPoints, progressBar } from './format-figures.ts';
import { clip } from './slack-limits.ts';

/** Teams shown one by one; more are counted. */
const SHOWN = 5;

function line(view: StatusView, team: TeamReport): string {
  const diff = view.diff?.teams.find((d) => d.team === team.team);
  const change =
    diff && diff.progressDeltaPoints !== null && view.diff
      ? ` · ${formatPoints(diff.progressDeltaPoints)} since ${formatDay(view.diff.from)}`
      : '';
  const left = [`${formatCount(team.pending)} pending`];
  if (team.unknown > 0) left.push(`${formatCount(team.unknown)} unknown version`);
  if (team.stale > 0) left.push(`${formatCount(team.stale)} stale`);
  return [
    `*Your team · ${escapeMrkdwn(clip(team.team, 80))}*`,
    `\`${progressBar(team.progressPercent)}\` *${formatPercent(team.progressPercent)}* of ${formatCount(team.hosts)} hosts${change}`,
    `${left.join(' · ')} · \`/java-migration team ${escapeMrkdwn(clip(team.team, 80))}\` for the list`,
  ].join('\n');
}

/**
 * One section per team `user` owns, by Slack user id or through one of
 * `userGroups` (the groups the viewer is in); none for anyone else.
 * @example homeYourTeams(view, 'U0OWNER').length // 1 when U0OWNER owns one team
 */
export function homeYourTeams(
  view: StatusView,
  user: string,
  userGroups: ReadonlySet<string> = new Set(),
): SectionBlock[] {
  const owned = view.report.teams.filter((t) =>
    t.owners.some((owner) => owner === user || userGroups.has(owner)),
  );
  const blocks = owned.slice(0, SHOWN).map((t) => section(line(view, t)));
  if (owned.length > SHOWN) blocks.push(section(`_…and ${owned.length - SHOWN} more teams you own_`));
  return blocks;
}
