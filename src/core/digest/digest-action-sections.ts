/**
 * The "needs action" part of the digest: one line per team that needs
 * action, with why and its owners mentioned, spread over as many sections as
 * the message can spare; teams past that are counted, never silently dropped.
 */
import { escapeMrkdwn } from '../render/blocks/escape-mrkdwn.ts';
import { formatPercent, formatPoints, trendArrow } from '../render/blocks/format-figures.ts';
import { clip, SLACK_LIMITS } from '../render/blocks/slack-limits.ts';
import type { DigestModel, DigestTeam } from './digest-model.ts';
import { reasonPhrases } from './digest-reasons.ts';
import { ownerMentions } from './owner-mention.ts';

/** Enough to reach the people who act; a longer list would crowd out other teams. */
const MAX_MENTIONS = 8;

/** One team's line (mrkdwn): name, progress, change, reasons, then its owners. */
export function actionLine(t: DigestTeam, quiet = false): string {
  const change = t.deltaPoints === null ? '' : ` ${trendArrow(t.deltaPoints)} ${formatPoints(t.deltaPoints)}`;
  const who = ownerMentions(t.mentions.slice(0, MAX_MENTIONS), quiet);
  return `• *${escapeMrkdwn(clip(t.team, 40))}* ${formatPercent(t.progressPercent)}${change} — ${reasonPhrases(t).join(' · ')}${who ? ` · ${who}` : ''}`;
}

/**
 * Section texts for the teams that need action, at most `maxSections` of them.
 * @example actionSections(model, 3)[0].startsWith('*Needs action*') // true
 */
export function actionSections(
  model: DigestModel,
  maxSections: number,
  maxChars: number = SLACK_LIMITS.sectionText,
  quiet = false,
): string[] {
  const byName = new Map(model.teams.map((t) => [t.team, t]));
  const lines = model.needsAction.flatMap((name) => {
    const t = byName.get(name);
    return t ? [actionLine(t, quiet)] : [];
  });
  if (lines.length === 0) return [];
  const total = lines.length;
  const more = (n: number) =>
    `\n_…and ${n} more team${n === 1 ? '' : 's'} need action: \`/java-migration trend\`_`;
  const sections: string[] = [];
  let text = `*Needs action* · ${total} team${total === 1 ? '' : 's'}`;
  let shown = 0;
  for (const line of lines) {
    const last = sections.length === maxSections - 1;
    // The last section keeps room for the "…and N more" line.
    const budget = last ? maxChars - more(total).length : maxChars;
    if (text.length + 1 + line.length > budget) {
      if (last) break;
      sections.push(text);
      text = line;
    } else text = text ? `${text}\n${line}` : line;
    shown += 1;
  }
  if (shown < total) text += more(total - shown);
  sections.push(text);
  return sections;
}
