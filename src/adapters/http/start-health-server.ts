/**
 * The health routes on a node:http server of their own, for Socket Mode
 * (where Bolt has no HTTP server we can ask for its port or await).
 */
import { createServer, type Server } from 'node:http';
import type { HealthRoute } from './create-health-routes.ts';

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

export function startHealthServer(
  routes: readonly HealthRoute[],
  port: number,
  host = '0.0.0.0',
): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== route.method && !(req.method === 'HEAD' && route.method === 'GET')) {
      res.writeHead(405, { allow: route.method }).end();
      return;
    }
    route.handler(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
