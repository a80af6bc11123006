/**
 * A Slack stand-in for tests: a real HTTP server on a free loopback port that
 * answers the Web API methods the bot uses the way Slack documents them, serves
 * `response_url`s and the file upload URL, and speaks Socket Mode over a real
 * WebSocket. It records every call so a test can check what users would see.
 *
 *   const slack = await startSlackStandIn();
 *   env.SLACK_API_URL = slack.apiUrl;                  // Web API base (ends with '/')
 *   const responseUrl = slack.responseUrl();           // give it to a slash command payload
 *   slack.fail('chat.postMessage', { error: 'not_in_channel' });   // next call fails
 *   slack.fail('chat.postMessage', { status: 429, retryAfter: 1 });
 *   slack.fail('files.completeUploadExternal', { status: 500 }, 2);  // next two calls
 *   slack.fail('upload', { hang: true });              // the upload URL never answers
 *   slack.notInChannel('C123');                        // any post there: not_in_channel
 *   slack.userGroup('S0OPS', ['U0ALICE']);             // usergroups.users.list / usergroups.list answer these members
 *   const post = await slack.waitFor('chat.postMessage');
 *   slack.calls / slack.callsTo('response_url') / slack.files()
 *   const ack = await slack.socket.send('slash_commands', payload);  // Socket Mode
 *   await slack.close();
 *
 * Method names in `fail`/`waitFor`/`callsTo` are Web API methods, plus
 * `upload` (the upload URL) and `response_url`.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SlackCall {
  /** Web API method, `upload` or `response_url`. */
  readonly method: string;
  /** Form or JSON fields; JSON-encoded form fields (`blocks`, `files`, ...) decoded. */
  readonly body: Record<string, unknown>;
  /** Bearer token or `token` field, if any. */
  readonly token: string | null;
  /** Uploaded file bytes (upload URL only). */
  readonly bytes?: Buffer;
  /** The id in the path of an upload or response_url. */
  readonly pathId?: string;
  /** What the stand-in answered: `ok`, a Slack error code, `http 429`, `hang`. */
  readonly outcome: string;
  /** The JSON answer of a Web API method (e.g. the `ts` of a posted message). */
  readonly answer?: Record<string, unknown>;
}

export type Failure =
  | { readonly error: string }
  | { readonly status: 429; readonly retryAfter: number }
  | { readonly status: number; readonly body?: string }
  | { readonly hang: true };

export interface UploadedFile {
  readonly id: string;
  readonly filename: string;
  readonly title: string | null;
  readonly bytes: Buffer;
  readonly channelId: string | null;
  readonly threadTs: string | null;
  readonly initialComment: string | null;
}

export interface SocketModeStandIn {
  /** Resolves once a client has connected and been sent `hello`. */
  connected(): Promise<void>;
  /** Push an envelope; resolves with the client's ack (`{ envelope_id, payload }`). */
  send(
    type: string,
    payload: unknown,
    timeoutMs?: number,
  ): Promise<{ envelope_id: string; payload?: unknown }>;
  /** Connections accepted so far. */
  readonly connections: number;
}

export interface SlackStandIn {
  /** Base URL for `SLACK_API_URL` (ends with `/`). */
  readonly apiUrl: string;
  /** A fresh `response_url` served by the stand-in. */
  responseUrl(id?: string): string;
  readonly calls: readonly SlackCall[];
  callsTo(method: string): SlackCall[];
  /** The first call (already made or future) to `method` matching `match`; rejects after `timeoutMs`. */
  waitFor(method: string, match?: (call: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  /** Make the next `times` calls to `method` fail this way. */
  fail(method: string, failure: Failure, times?: number): void;
  /** Posts and uploads into this channel fail with `not_in_channel` (or `channel_not_found`). */
  notInChannel(channel: string, error?: 'not_in_channel' | 'channel_not_found'): void;
  /** Members `usergroups.users.list` (and `usergroups.list` with include_users) give for a user group (unknown groups: `no_such_subteam`). */
  userGroup(id: string, users: readonly string[]): void;
  /** Files completed with files.completeUploadExternal. */
  files(): UploadedFile[];
  readonly socket: SocketModeStandIn;
  /** Forget calls, failures and channel rules. */
  reset(): void;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'files', 'view', 'metadata']);
const CHANNEL_METHODS = new Set([
  'chat.postMessage',
  'chat.postEphemeral',
  'chat.update',
  'files.completeUploadExternal',
]);

function decodeFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === 'string' && JSON_FIELDS.has(k)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // Slack would reject it; keep the raw text so a test can see what was sent.
      }
    }
    out[k] = v;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: SlackCall[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const failures = new Map<string, Failure[]>();
  const channelErrors = new Map<string, string>();
  const userGroups = new Map<string, readonly string[]>();
  const pendingUploads = new Map<string, { filename: string; length: number; bytes?: Buffer }>();
  const completed: UploadedFile[] = [];
  const hanging = new Set<ServerResponse>();
  let seq = 0;
  let tsCounter = 0;
  let base = '';

  const record = (call: SlackCall) => {
    calls.push(call);
    events.emit('call', call);
  };
  const nextFailure = (method: string): Failure | undefined => {
    const list = failures.get(method);
    return list?.shift();
  };
  const nextTs = () => `1733130000.${String(++tsCounter).padStart(6, '0')}`;

  async function parseRequest(req: IncomingMessage) {
    const raw = await readBody(req);
    const type = String(req.headers['content-type'] ?? '');
    let fields: Record<string, unknown> = {};
    let bytes: Buffer | undefined;
    if (type.startsWith('application/json')) {
      fields = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } else if (type.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
      for (const [k, v] of form.entries()) {
        if (typeof v === 'string') fields[k] = v;
        else {
          bytes = Buffer.from(await v.arrayBuffer());
          fields[k] = { filename: v.name, size: v.size };
        }
      }
    } else if (raw.length) {
      fields = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
      if (!type) bytes = raw;
    }
    const auth = String(req.headers.authorization ?? '');
    const token = auth.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof fields.token === 'string'
        ? fields.token
        : null;
    return { fields: decodeFields(fields), token, bytes, raw };
  }

  /** Answer a failure; returns true when the request was failed (or left hanging). */
  function applyFailure(res: ServerResponse, failure: Failure | undefined): string | null {
    if (!failure) return null;
    if ('hang' in failure) {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return 'hang';
    }
    if ('error' in failure) {
      sendJson(res, 200, { ok: false, error: failure.error });
      return failure.error;
    }
    if (failure.status === 429 && 'retryAfter' in failure) {
      sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
      return 'http 429';
    }
    res.writeHead(failure.status, { 'content-type': 'text/plain' });
    res.end('body' in failure && failure.body !== undefined ? failure.body : 'Internal Server Error');
    return `http ${failure.status}`;
  }

  function answerMethod(method: string, body: Record<string, unknown>, token: string | null): unknown {
    const channel = String(body.channel ?? body.channel_id ?? '');
    if (CHANNEL_METHODS.has(method) && channelErrors.has(channel)) {
      return { ok: false, error: channelErrors.get(channel) };
    }
    if (method !== 'apps.connections.open' && !token?.startsWith('xox'))
      return { ok: false, error: 'not_authed' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://standin.example/',
          team: 'Stand-in',
          user: 'java-migration',
          team_id: 'T0STANDIN',
          user_id: 'U0BOT',
          bot_id: 'B0BOT',
        };
      case 'chat.postMessage': {
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (!body.text && !body.blocks) return { ok: false, error: 'no_text' };
        const ts = nextTs();
        return {
          ok: true,
          channel,
          ts,
          message: { type: 'message', text: body.text, blocks: body.blocks, ts },
        };
      }
      case 'chat.postEphemeral':
        if (!body.user) return { ok: false, error: 'user_not_in_channel' };
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel, ts: body.ts, text: body.text };
      case 'files.getUploadURLExternal': {
        const length = Number(body.length);
        if (!body.filename || !Number.isInteger(length) || length <= 0)
          return { ok: false, error: 'invalid_arguments' };
        const id = `F${String(++seq).padStart(8, '0')}`;
        pendingUploads.set(id, { filename: String(body.filename), length });
        return { ok: true, upload_url: `${base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(body.files) ? (body.files as { id: string; title?: string }[]) : null;
        if (!files?.length) return { ok: false, error: 'invalid_arguments' };
        const out = [];
        for (const f of files) {
          const up = pendingUploads.get(f.id);
          if (!up?.bytes) return { ok: false, error: 'file_not_found' };
          pendingUploads.delete(f.id);
          completed.push({
            id: f.id,
            filename: up.filename,
            title: f.title ?? null,
            bytes: up.bytes,
            channelId: channel || null,
            threadTs: typeof body.thread_ts === 'string' ? body.thread_ts : null,
            initialComment: typeof body.initial_comment === 'string' ? body.initial_comment : null,
          });
          out.push({ id: f.id, name: up.filename, title: f.title ?? up.filename, size: up.bytes.length });
        }
        return { ok: true, files: out };
      }
      case 'usergroups.list': {
        // Members only with include_users, as documented; user_count always.
        const withUsers = ['true', '1'].includes(String(body.include_users ?? ''));
        return {
          ok: true,
          usergroups: [...userGroups].map(([id, users]) => ({
            id,
            team_id: 'T0STANDIN',
            is_usergroup: true,
            name: id,
            handle: id.toLowerCase(),
            user_count: users.length,
            ...(withUsers ? { users: [...users] } : {}),
          })),
        };
      }
      case 'usergroups.users.list': {
        const users = userGroups.get(String(body.usergroup ?? ''));
        return users ? { ok: true, users: [...users] } : { ok: false, error: 'no_such_subteam' };
      }
      case 'views.publish':
        if (!body.user_id || !body.view) return { ok: false, error: 'invalid_arguments' };
        return { ok: true, view: { id: `V${++seq}`, ...(body.view as object) } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users ?? 'X').replace(/\W/g, '')}` } };
      case 'conversations.info':
        return {
          ok: true,
          channel: {
            id: channel,
            is_member: !channelErrors.has(channel),
            is_private: channel.startsWith('G'),
          },
        };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const { fields, token, bytes } = await parseRequest(req);
      const parts = url.pathname.split('/').filter(Boolean);
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      if (parts[0] === 'api' && parts[1]) {
        const method = parts[1];
        if (method === 'apps.connections.open') {
          const failed = applyFailure(res, nextFailure(method));
          const ok = token?.startsWith('xapp-');
          record({ method, body: fields, token, outcome: failed ?? (ok ? 'ok' : 'invalid_auth') });
          if (failed) return;
          sendJson(
            res,
            200,
            ok
              ? { ok: true, url: `${base.replace(/^http/, 'ws')}/socket` }
              : { ok: false, error: 'invalid_auth' },
          );
          return;
        }
        const failed = applyFailure(res, nextFailure(method));
        if (failed) {
          record({ method, body: fields, token, outcome: failed });
          return;
        }
        const answer = answerMethod(method, fields, token) as { ok: boolean; error?: string };
        record({ method, body: fields, token, outcome: answer.ok ? 'ok' : String(answer.error), answer });
        sendJson(res, 200, answer);
        return;
      }
      if (parts[0] === 'upload' && parts[1]) {
        const failed = applyFailure(res, nextFailure('upload'));
        record({ method: 'upload', body: fields, token, bytes, pathId: parts[1], outcome: failed ?? 'ok' });
        if (failed) return;
        const up = pendingUploads.get(parts[1]);
        if (!up || !bytes) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('unknown upload');
          return;
        }
        up.bytes = bytes;
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
        return;
      }
      if (parts[0] === 'respond' && parts[1]) {
        const failed = applyFailure(res, nextFailure('response_url'));
        record({ method: 'response_url', body: fields, token, pathId: parts[1], outcome: failed ?? 'ok' });
        if (!failed) sendJson(res, 200, { ok: true });
        return;
      }
      res.writeHead(404).end();
    })().catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  const sockets = new Set<WebSocket>();
  let connections = 0;
  wss.on('connection', (ws) => {
    connections += 1;
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (data) => {
      try {
        events.emit('socket-message', JSON.parse(String(data)));
      } catch {
        // Not JSON: Slack would ignore it too.
      }
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: sockets.size,
        debug_info: { host: 'standin', approximate_connection_time: 3600 },
        connection_info: { app_id: 'A0STANDIN' },
      }),
    );
    events.emit('socket-open');
  });
  // Slack pings its clients; the SDK reconnects if it hears nothing for 30 s.
  const pinger = setInterval(() => {
    for (const ws of sockets) ws.ping();
  }, 10_000);
  pinger.unref();

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const socket: SocketModeStandIn = {
    get connections() {
      return connections;
    },
    connected: () =>
      sockets.size > 0
        ? Promise.resolve()
        : new Promise((resolve) => events.once('socket-open', () => resolve())),
    send: (type, payload, timeoutMs = 5000) => {
      const envelopeId = `env-${++seq}`;
      return new Promise((resolve, reject) => {
        const ws = [...sockets][0];
        if (!ws) {
          reject(new Error('no Socket Mode client is connected'));
          return;
        }
        const timer = setTimeout(() => {
          events.off('socket-message', onMessage);
          reject(new Error(`no ack for ${type} envelope ${envelopeId} in ${timeoutMs} ms`));
        }, timeoutMs);
        const onMessage = (msg: { envelope_id?: string; payload?: unknown }) => {
          if (msg.envelope_id !== envelopeId) return;
          clearTimeout(timer);
          events.off('socket-message', onMessage);
          resolve({ envelope_id: envelopeId, payload: msg.payload });
        };
        events.on('socket-message', onMessage);
        ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
      });
    },
  };

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id ?? `R${++seq}`}`,
    get calls() {
      return calls;
    },
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor: (method, match = () => true, timeoutMs = 10_000) => {
      const found = calls.find((c) => c.method === method && match(c));
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('call', onCall);
          const seen = calls.map((c) => `${c.method}:${c.outcome}`).join(', ') || 'none';
          reject(new Error(`no matching ${method} call within ${timeoutMs} ms (calls: ${seen})`));
        }, timeoutMs);
        const onCall = (call: SlackCall) => {
          if (call.method !== method || !match(call)) return;
          clearTimeout(timer);
          events.off('call', onCall);
          resolve(call);
        };
        events.on('call', onCall);
      });
    },
    fail: (method, failure, times = 1) => {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) list.push(failure);
      failures.set(method, list);
    },
    notInChannel: (channel, error = 'not_in_channel') => {
      channelErrors.set(channel, error);
    },
    userGroup: (id, users) => {
      userGroups.set(id, users);
    },
    files: () => [...completed],
    socket,
    reset: () => {
      calls.length = 0;
      failures.clear();
      channelErrors.clear();
      userGroups.clear();
      completed.length = 0;
    },
    close: async () => {
      clearInterval(pinger);
      for (const res of hanging) res.destroy();
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
