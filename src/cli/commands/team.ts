/**
 * `java-migration team NAME [options]`: one team's report (text or `--json`,
 * the team's object of the status JSON). The name is forgiving (`blue` finds
 * `Team Blue`); an unknown name fails with the closest team names. `--out DIR`
 * writes the team's heatmap PNG and prints its path.
 */
import { TeamNotFoundError } from '../../app/team-not-found-error.ts';
import { teamSlug } from '../../app/team-slug.ts';
import { renderTeamJson } from '../../core/render/render-team-json.ts';
import { renderTeamText } from '../../core/render/render-team-text.ts';
import { narrowReport } from '../../core/report/narrow-report.ts';
import { buildService } from '../build-service.ts';
import { defineReportCommand } from '../define-report-command.ts';
import { REPORT_OPTIONS_USAGE } from '../parse-report-options.ts';
import { UsageError } from '../usage-error.ts';
import { writePng } from '../write-png.ts';

const USAGE = `java-migration team NAME ${REPORT_OPTIONS_USAGE}`;

export const teamCommand = defineReportCommand({
  summary: 'one team: progress, versions, environments (LIVE first), hosts left to migrate',
  usage: USAGE,
  takesWords: true,
  async run(options, io) {
    // `team Team Blue` without quotes works: the words are one name.
    const query = options.positionals.join(' ').trim();
    if (!query) throw new UsageError('missing team name', USAGE);
    const { service } = buildService(options, io);
    const lookup = await service.team(query);
    if (lookup.kind !== 'found') {
      throw new TeamNotFoundError(lookup.query, lookup.suggestions, lookup.kind === 'ambiguous');
    }
    const { view } = lookup;
    io.out((options.json ? renderTeamJson(view.team, view) : renderTeamText(view)).trimEnd());
    if (options.out) {
      const png = await service.heatmapPng(narrowReport(view.report, view.team));
      const path = await writePng(options.out, `heatmap-${teamSlug(view.team.team)}.png`, png, io.cwd);
      (options.json ? io.err : io.out)(`Heatmap: ${path}`);
    }
    return 0;
  },
});
