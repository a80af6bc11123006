/**
 * Requests signed the way Slack signs them, for driving the real Bolt app
 * over HTTP: `v0=` + HMAC-SHA256(signing secret, `v0:<timestamp>:<raw body>`)
 * in `x-slack-signature`, the timestamp (seconds) in `x-slack-request-timestamp`.
 *
 *   await postSigned(url, secret, slashCommandBody({ text: 'team blue', response_url }))
 *   await postSigned(url, secret, interactionBody(payload), { ageSeconds: 360 })  // replayed
 */
import { createHmac } from 'node:crypto';

export interface SignOptions {
  /** How old the timestamp is (default 0); Slack apps reject anything over 5 minutes. */
  readonly ageSeconds?: number;
  /** Sign with this secret instead (a forgery). */
  readonly secret?: string;
  /** Send this signature as is. */
  readonly signature?: string;
  /** Sign this body but send `body` (a tampered body). */
  readonly signedBody?: string;
  /** Leave the signature headers out. */
  readonly unsigned?: boolean;
}

/** The `x-slack-signature` value for a body at a timestamp. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POST a form body to the app as Slack would, signed. */
export function postSigned(
  url: string,
  secret: string,
  body: string,
  options: SignOptions = {},
): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (!options.unsigned) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] =
      options.signature ?? slackSignature(options.secret ?? secret, timestamp, options.signedBody ?? body);
  }
  return fetch(url, { method: 'POST', headers, body });
}

export interface SlashCommand {
  readonly text: string;
  readonly response_url: string;
  readonly channel_id?: string;
  readonly channel_name?: string;
  readonly user_id?: string;
  readonly command?: string;
}

/** The form fields Slack sends for a slash command. */
export function slashCommandFields(c: SlashCommand): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T0STANDIN',
    team_domain: 'standin',
    channel_id: c.channel_id ?? 'C0GENERAL',
    channel_name: c.channel_name ?? 'general',
    user_id: c.user_id ?? 'U0ALICE',
    user_name: 'alice',
    command: c.command ?? '/java-migration',
    text: c.text,
    api_app_id: 'A0STANDIN',
    is_enterprise_install: 'false',
    response_url: c.response_url,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
  };
}

/** A slash command as the form body Slack posts. */
export function slashCommandBody(c: SlashCommand): string {
  return new URLSearchParams(slashCommandFields(c)).toString();
}

export interface BlockAction {
  readonly actionId: string;
  readonly value?: string;
  /** For a static_select: the selected option's value. */
  readonly selected?: string;
  readonly response_url: string;
  readonly channel_id?: string;
  readonly user_id?: string;
  /** The message the button is on (absent for an ephemeral message). */
  readonly message_ts?: string;
}

/** The `payload` Slack sends for a click on a button or a menu choice in a message. */
export function blockActionPayload(a: BlockAction): Record<string, unknown> {
  const action =
    a.selected !== undefined
      ? {
          type: 'static_select',
          action_id: a.actionId,
          block_id: 'b1',
          selected_option: { text: { type: 'plain_text', text: a.selected }, value: a.selected },
          action_ts: '1733130001.000200',
        }
      : {
          type: 'button',
          action_id: a.actionId,
          block_id: 'b1',
          text: { type: 'plain_text', text: 'button' },
          value: a.value,
          action_ts: '1733130001.000200',
        };
  const channel = a.channel_id ?? 'C0GENERAL';
  return {
    type: 'block_actions',
    user: { id: a.user_id ?? 'U0ALICE', username: 'alice', name: 'alice', team_id: 'T0STANDIN' },
    api_app_id: 'A0STANDIN',
    token: 'deprecated-verification-token',
    container: a.message_ts
      ? { type: 'message', message_ts: a.message_ts, channel_id: channel, is_ephemeral: false }
      : { type: 'message', channel_id: channel, is_ephemeral: true },
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    team: { id: 'T0STANDIN', domain: 'standin' },
    channel: { id: channel, name: 'general' },
    ...(a.message_ts ? { message: { type: 'message', ts: a.message_ts, text: 'report' } } : {}),
    response_url: a.response_url,
    actions: [action],
  };
}

/** A block action as the form body Slack posts (`payload=<json>`). */
export function interactionBody(a: BlockAction): string {
  return new URLSearchParams({ payload: JSON.stringify(blockActionPayload(a)) }).toString();
}
