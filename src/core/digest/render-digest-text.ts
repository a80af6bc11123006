/**
 * The digest for a terminal (`java-migration digest --dry-run`): the same
 * figures as the Slack message, with owners shown as their ids instead of
 * mentions, and every inventory name made terminal-safe.
 *
 * @example renderDigestText(model).split('\n')[0] // 'Weekly digest · Java 11+ migration · 62.4 % done'
 */
import { forecastText } from '../render/blocks/forecast-text.ts';
import { formatDay, formatUtcTime } from '../render/blocks/format-figures.ts';
import { terminalSafe } from '../render/terminal-safe.ts';
import { countsLine, textBar, textPercent, textPoints } from '../render/text-format.ts';
import type { DigestModel, DigestTeam } from './digest-model.ts';
import { reasonPhrases } from './digest-reasons.ts';

const NAME_WIDTH = 28;

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function actionLine(t: DigestTeam): string {
  const change = t.deltaPoints === null ? '' : ` ${textPoints(t.deltaPoints)}`;
  const owners = t.mentions.length ? ` (owners: ${t.mentions.map(terminalSafe).join(', ')})` : '';
  return `  ${terminalSafe(t.team)}: ${textPercent(t.progressPercent)}${change} — ${reasonPhrases(t).join(' · ')}${owners}`;
}

function tableLine(t: DigestTeam): string {
  const change = t.deltaPoints === null ? '–' : textPoints(t.deltaPoints);
  return `  ${pad(terminalSafe(t.team), NAME_WIDTH)} ${textPercent(t.progressPercent).padStart(8)} ${change.padStart(10)} ${String(t.regressed || '').padStart(6)}`;
}

export function renderDigestText(model: DigestModel): string {
  const { change, campaign } = model;
  const lines = [
    `Weekly digest · ${terminalSafe(campaign.name)} · ${textPercent(model.totals.progressPercent)} done`,
    `${textBar(model.totals.progressPercent)} on Java ${campaign.target}+${
      change?.progressDeltaPoints != null
        ? `  (${textPoints(change.progressDeltaPoints)} since ${formatDay(change.since)})`
        : ''
    }`,
    countsLine(model.totals),
    change
      ? `Since the last digest: ${change.migrated} migrated · ${change.regressed} regressed · ${change.added} new · ${change.removed} gone`
      : 'No earlier snapshot yet.',
  ];
  if (campaign.deadline) lines.push(`Deadline: ${formatDay(campaign.deadline)}`);
  // The sentence is mrkdwn with no inventory text in it: only its bold marks need to go.
  if (model.fleetForecast) lines.push(`Forecast: ${forecastText(model.fleetForecast).replace(/\*/g, '')}`);
  const byName = new Map(model.teams.map((t) => [t.team, t]));
  const needing = model.needsAction.flatMap((n) => byName.get(n) ?? []);
  lines.push('', needing.length ? `Needs action (${needing.length} teams):` : 'Needs action: none');
  lines.push(...needing.map(actionLine));
  lines.push(
    '',
    `  ${pad('Team', NAME_WIDTH)} ${'Done'.padStart(8)} ${'Change'.padStart(10)} ${'Regr.'.padStart(6)}`,
  );
  lines.push(...model.teams.map(tableLine));
  lines.push(
    '',
    ...model.notes.map((n) => `${n.level === 'warning' ? 'warning' : 'note'}: ${terminalSafe(n.text)}`),
    `Digest for ${formatDay(model.slot)} ${formatUtcTime(model.slot)} · inventory read ${formatUtcTime(model.readAt)} on ${formatDay(model.readAt)} from ${terminalSafe(model.source)}`,
  );
  return lines.join('\n');
}
