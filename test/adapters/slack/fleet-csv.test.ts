/**
 * The fleet-wide "Pending hosts CSV" button on the status message: the real
 * bot over signed HTTP posts the status, a click on the button uploads one CSV
 * with every pending and unknown host of the fleet (each with its team) into
 * the report's thread. Counts are checked against the CLI's --json for the
 * same export; cells that a spreadsheet would run as formulas are neutralised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionBody, postSigned, slashCommandBody } from '../../support/signed-request.ts';
import { type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import { readCsv } from '../../core/report/reference-report.ts';
import { blocksOf } from './read-blocks.ts';
import {
  type CliReport,
  cliStatus,
  fleetFile,
  SIGNING_SECRET,
  startTestBot,
  type TestBot,
} from './start-test-bot.ts';

// Rows a spreadsheet would run: a formula team, version, distribution and environment.
const FORMULA_TEAM = '=HYPERLINK("http://evil.example","Team")';
const FORMULA_ROWS = [
  `900000001,@SUM(A1),amd64,LIVE,"${FORMULA_TEAM.replaceAll('"', '""')}",2019-04-29 06:42,2019-04-29 06:42,8.202.b08-85(amd64)`,
  '900000002,Debian 9.8,amd64,+cmd,Team Blue,2019-04-29 06:42,2019-04-29 06:42,=1+2',
  '900000003,-2+3,amd64,LIVE,Team Red,2019-04-29 06:42,2019-04-29 06:42,8.212.b04-1(amd64)',
];

let slack: SlackStandIn;
let bot: TestBot;
let cli: CliReport;

beforeAll(async () => {
  slack = await startSlackStandIn();
  const inventory = fleetFile(
    ['--hosts', '400', '--teams', '6', '--seed', '11', '--week', '6', '--messy'],
    (csv) => `${csv.trimEnd()}\n${FORMULA_ROWS.join('\n')}\n`,
  );
  cli = cliStatus(inventory);
  bot = await startTestBot({ slack, inventory });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

type Json = Record<string, unknown>;

function csvButton(body: Json): Json | undefined {
  return blocksOf(body)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as Json[])
    .find((e) => e.action_id === 'jm_pending_csv');
}

describe('the fleet’s pending hosts CSV', () => {
  it('is a button on the status message that uploads every pending and unknown host into the thread', async () => {
    const channel = 'C0FLEETCSV';
    await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      slashCommandBody({ text: 'status', response_url: slack.responseUrl(), channel_id: channel }),
    );
    const post = await slack.waitFor(
      'chat.postMessage',
      (c) => c.body.channel === channel && c.outcome === 'ok',
    );
    const todo = cli.totals.pending + cli.totals.unknown;
    expect(todo).toBeGreaterThan(0);
    const button = csvButton(post.body);
    expect(button, 'status message has the CSV button').toBeDefined();
    expect(button!.value).toBe('fleet');
    expect(JSON.stringify(button!.text)).toContain(`(${todo.toLocaleString('en-US')})`);

    const ts = String(post.answer?.ts);
    const click = await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      interactionBody({
        actionId: String(button!.action_id),
        value: String(button!.value),
        response_url: slack.responseUrl(),
        channel_id: channel,
        message_ts: ts,
      }),
    );
    expect(click.status).toBe(200);
    await slack.waitFor('files.completeUploadExternal', (c) => c.body.channel_id === channel);
    const file = slack.files().find((f) => f.channelId === channel && f.filename.endsWith('.csv'))!;
    expect(file.threadTs).toBe(ts);
    expect(file.filename).toMatch(/^pending-hosts-fleet-\d{4}-\d\d-\d\d\.csv$/);

    const text = file.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('team,host,environment,distribution,version,state,stale');
    const rows = readCsv(text);
    expect(rows).toHaveLength(todo);
    expect(new Set(rows.map((r) => r.host)).size).toBe(rows.length);
    expect(rows.filter((r) => r.state === 'unknown')).toHaveLength(cli.totals.unknown);
    expect(rows.filter((r) => r.state === 'pending')).toHaveLength(cli.totals.pending);

    // Per team, as many rows as the team report has pending + unknown hosts.
    const perTeam = new Map<string, number>();
    for (const r of rows) perTeam.set(r.team, (perTeam.get(r.team) ?? 0) + 1);
    for (const t of cli.teams) {
      const shown = t.team.startsWith('=') ? `'${t.team}` : t.team;
      expect(perTeam.get(shown) ?? 0, t.team).toBe(t.pending + t.unknown);
    }

    // No cell starts a formula; the hostile ones kept their text behind a quote.
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.find((r) => r.host === '900000001')).toMatchObject({
      team: `'${FORMULA_TEAM}`,
      distribution: "'@SUM(A1)",
    });
    expect(rows.find((r) => r.host === '900000002')).toMatchObject({
      environment: "'+CMD",
      version: "'=1+2",
    });
    expect(rows.find((r) => r.host === '900000003')?.distribution).toBe("'-2+3");
  });
});
