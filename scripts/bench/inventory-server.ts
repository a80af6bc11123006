/**
 * A local inventory HTTP server for the ack benchmark: serves one export file
 * (switchable, so a refresh reads new content) with its Content-Length and an
 * ETag per file, and tells when a body starts streaming.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface InventoryServer {
  readonly url: string;
  /** Serve this file from now on. */
  serve(file: string): void;
  /** Resolves when the next GET starts sending its body. */
  nextBodyStart(): Promise<void>;
  close(): Promise<void>;
}

export async function startInventoryServer(file: string): Promise<InventoryServer> {
  let current = file;
  let waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    const info = statSync(current);
    const etag = `"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv', 'content-length': info.size, etag });
    const body = createReadStream(current, { highWaterMark: 1 << 20 });
    body.once('data', () => {
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    });
    body.pipe(res);
    res.on('close', () => body.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/fleet.csv`,
    serve: (next) => {
      current = next;
    },
    nextBodyStart: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
