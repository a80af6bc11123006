/**
 * `GET /healthz`, `GET /readyz`, `GET /metrics`: the same handlers serve as
 * Bolt `customRoutes` (HTTP mode, beside /slack/events) and on the small
 * server of Socket Mode (`startHealthServer`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import type { Readiness } from './create-readiness.ts';

export interface HealthRoute {
  readonly path: string;
  readonly method: 'GET';
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
}

export const HEALTH_PATHS = Object.freeze({ live: '/healthz', ready: '/readyz', metrics: '/metrics' });

function send(res: ServerResponse, status: number, body: string, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export function createHealthRoutes(deps: {
  readonly readiness: Readiness;
  readonly registry: Registry;
}): HealthRoute[] {
  return [
    {
      path: HEALTH_PATHS.live,
      method: 'GET',
      // Alive means the event loop answers: nothing else is checked, so a slow Redis never gets the pod killed.
      handler: (_req, res) => send(res, 200, '{"status":"ok"}'),
    },
    {
      path: HEALTH_PATHS.ready,
      method: 'GET',
      handler: (_req, res) => {
        deps.readiness.report().then(
          (r) =>
            send(res, r.ready ? 200 : 503, JSON.stringify({ status: r.ready ? 'ready' : 'not ready', ...r })),
          () => send(res, 503, '{"status":"not ready","failed":["readiness"]}'),
        );
      },
    },
    {
      path: HEALTH_PATHS.metrics,
      method: 'GET',
      handler: (_req, res) => {
        deps.registry.metrics().then(
          (text) => send(res, 200, text, deps.registry.contentType),
          (error: Error) => send(res, 500, `# metrics failed: ${error.message}\n`, 'text/plain'),
        );
      },
    },
  ];
}
