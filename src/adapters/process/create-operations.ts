/**
 * The operational parts of one bot process, assembled: metrics on their own
 * registry, the command observer (log line + metrics + in-flight count),
 * readiness checks, the health routes, the fetch that counts Slack API
 * errors, and the fleet-loader wrapper that records fetches. `main.ts` hands
 * these to buildApp; tests build several side by side.
 */
import type { Logger } from 'pino';
import type { DigestPoster } from '../../app/digest-poster.ts';
import type { FleetLoader } from '../../app/ports.ts';
import { createHealthRoutes, type HealthRoute } from '../http/create-health-routes.ts';
import { createReadiness, type Readiness } from '../http/create-readiness.ts';
import { type ObserveCommand, createCommandObserver } from '../metrics/create-command-observer.ts';
import { createMetrics, type Metrics } from '../metrics/create-metrics.ts';
import { observeDigestPoster } from '../metrics/observe-digest-poster.ts';
import { observeFleetLoader } from '../metrics/observe-fleet-loader.ts';
import { observeSlackFetch } from '../metrics/observe-slack-fetch.ts';
import { createInFlight, type InFlight } from './create-in-flight.ts';

export interface Operations {
  readonly metrics: Metrics;
  readonly inFlight: InFlight;
  readonly observe: ObserveCommand;
  readonly readiness: Readiness;
  readonly routes: readonly HealthRoute[];
  /** The fetch under every Slack call: counts failed calls by method. */
  readonly slackFetch: typeof fetch;
  /** Record fetch duration, size and snapshot age; the first success makes the `inventory` check pass. */
  wrapLoader(loader: FleetLoader): FleetLoader;
  /** For inventory loaded another way (e.g. the last good snapshot). */
  markInventoryLoaded(): void;
  /** Count digest messages by outcome (`java_migration_digests_posted_total`). */
  wrapDigestPoster(poster: DigestPoster): DigestPoster;
}

export function createOperations(deps: {
  readonly logger: Logger;
  readonly processMetrics?: boolean;
}): Operations {
  const metrics = createMetrics({ processMetrics: deps.processMetrics });
  const inFlight = createInFlight((n) => metrics.commandsInFlight.set(n));
  const readiness = createReadiness();
  let inventoryLoaded = false;
  const markInventoryLoaded = () => {
    if (!inventoryLoaded) deps.logger.info('inventory loaded: ready for commands');
    inventoryLoaded = true;
  };
  readiness.set('inventory', () => inventoryLoaded);
  return {
    metrics,
    inFlight,
    observe: createCommandObserver({ logger: deps.logger, metrics, inFlight }),
    readiness,
    routes: createHealthRoutes({ readiness, registry: metrics.registry }),
    slackFetch: observeSlackFetch(metrics.slackApiErrors),
    wrapLoader: (loader) => observeFleetLoader(loader, metrics, markInventoryLoaded),
    markInventoryLoaded,
    wrapDigestPoster: (poster) => observeDigestPoster(poster, metrics),
  };
}
