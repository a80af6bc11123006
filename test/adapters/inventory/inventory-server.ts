/** A real HTTP server on a free loopback port whose answers each test scripts, recording requests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface InventoryServer {
  readonly url: string;
  /** Headers of every request received, in order. */
  readonly requests: IncomingMessage['headers'][];
  handle(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startInventoryServer(): Promise<InventoryServer> {
  const handlers = new Map<string, Handler>();
  const requests: IncomingMessage['headers'][] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push(req.headers);
    const handler = handlers.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) handler(req, res);
    else res.writeHead(404).end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (path, handler) => handlers.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
