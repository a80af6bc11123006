/**
 * The inventory server of the fault suite: a real HTTP server on a loopback
 * port whose behaviour a case switches with `mode(...)`. `refused` closes the
 * listening socket (the port stays reserved for this server and is listened
 * on again when another mode is chosen), so a fetch meets a closed port.
 *
 *   const inv = await startFaultInventory(csv);
 *   inv.mode('hang');  // accept, never answer
 *   inv.mode('good');
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { garbage, gzipBomb, LOGIN_PAGE } from './fault-bodies.ts';

export type InventoryMode =
  | 'good'
  | 'refused'
  | 'hang'
  | 'http-500'
  | 'login-401'
  | 'truncated'
  | 'oversized'
  | 'gzip-bomb'
  | 'garbage';

export interface FaultInventory {
  readonly url: string;
  /** Requests answered (or held) since start. */
  readonly requests: number;
  /** Switch behaviour; resolves once the port is open (or closed, for `refused`). */
  mode(mode: InventoryMode): Promise<void>;
  /** Hold the next request `ms` before answering; resolves when it has arrived. */
  delayNext(ms: number): Promise<void>;
  /** Serve this CSV in `good` mode from now on. */
  setCsv(csv: string): void;
  close(): Promise<void>;
}

export async function startFaultInventory(initialCsv: string): Promise<FaultInventory> {
  let csv = Buffer.from(initialCsv, 'utf8');
  let current: InventoryMode = 'good';
  let requests = 0;
  const sockets = new Set<Socket>();
  const held = new Set<ServerResponse>();
  let delayed: { ms: number; arrived: () => void } | null = null;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    requests += 1;
    req.resume();
    // No keep-alive: a closed port must be met by a fresh connect, not a pooled socket's reset.
    res.shouldKeepAlive = false;
    switch (current) {
      case 'good': {
        const answer = () => {
          res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(csv.length) });
          res.end(csv);
        };
        const delay = delayed;
        delayed = null;
        if (!delay) return answer();
        delay.arrived();
        setTimeout(answer, delay.ms);
        return;
      }
      case 'hang':
        held.add(res); // never answered; let go on the next mode switch or close
        res.on('close', () => held.delete(res));
        return;
      case 'http-500':
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
        return;
      case 'login-401':
        res.writeHead(401, { 'content-type': 'text/html; charset=utf-8', 'www-authenticate': 'Bearer' });
        res.end(LOGIN_PAGE);
        return;
      case 'truncated': {
        // Promise the whole export, send the first third, then drop the connection.
        res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(csv.length) });
        res.write(csv.subarray(0, Math.floor(csv.length / 3)), () => {
          setTimeout(() => res.socket?.destroy(), 20);
        });
        return;
      }
      case 'oversized': {
        // Valid rows, far more of them than the limit allows, streamed until the client gives up (64 MiB at most).
        res.writeHead(200, { 'content-type': 'text/csv' });
        const header = csv.subarray(0, csv.indexOf(10) + 1);
        const rows = csv.subarray(header.length);
        let sent = 0;
        res.write(header);
        const pump = () => {
          while (sent < 64 * 1024 * 1024 && !res.destroyed) {
            sent += rows.length;
            if (!res.write(rows)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('error', () => {});
        pump();
        return;
      }
      case 'gzip-bomb': {
        const body = gzipBomb(csv);
        res.writeHead(200, {
          'content-type': 'text/csv',
          'content-encoding': 'gzip',
          'content-length': String(body.length),
        });
        res.on('error', () => {});
        res.end(body);
        return;
      }
      case 'garbage': {
        const body = garbage(200_000);
        res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(body.length) });
        res.end(body);
        return;
      }
      case 'refused':
        res.socket?.destroy();
        return;
    }
  };

  let server: Server = createServer(handle);
  const track = (s: Server) =>
    s.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    });
  track(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let listening = true;

  const dropConnections = () => {
    for (const socket of sockets) socket.destroy();
  };
  const stopListening = async () => {
    if (!listening) return;
    listening = false;
    dropConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  const listen = async () => {
    if (listening) return;
    server = createServer(handle);
    track(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    listening = true;
  };

  return {
    url: `http://127.0.0.1:${port}/export.csv`,
    get requests() {
      return requests;
    },
    async mode(next) {
      // A request held by a hang is let go; idle keep-alive connections stay (the client may reuse them).
      for (const res of held) res.socket?.destroy();
      current = next;
      if (next === 'gzip-bomb') gzipBomb(csv);
      if (next === 'refused') await stopListening();
      else await listen();
    },
    delayNext: (ms) =>
      new Promise<void>((arrived) => {
        delayed = { ms, arrived };
      }),
    setCsv(text) {
      csv = Buffer.from(text, 'utf8');
    },
    close: stopListening,
  };
}
