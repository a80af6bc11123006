/**
 * A FleetLoader that records each fetch: duration by outcome, the export's
 * size and rows, the snapshot's asOf (for its age), and tells readiness that
 * an inventory has loaded at least once.
 */
import type { FleetLoader } from '../../app/ports.ts';
import type { Metrics } from './create-metrics.ts';

export function observeFleetLoader(
  loader: FleetLoader,
  metrics: Metrics,
  onLoaded: () => void = () => {},
  now: () => number = () => performance.now(),
): FleetLoader {
  return {
    async load(campaign, previous, signal) {
      const started = now();
      const seconds = () => (now() - started) / 1000;
      try {
        const result = await loader.load(campaign, previous, signal);
        if (result.status === 'loaded') {
          metrics.inventoryFetchSeconds.observe({ outcome: 'loaded' }, seconds());
          metrics.inventoryBytes.set(result.bytes);
          metrics.inventoryRows.set(result.rows);
          if (Number.isFinite(result.fleet.asOf)) metrics.setSnapshotAsOf(result.fleet.asOf);
        } else {
          metrics.inventoryFetchSeconds.observe({ outcome: 'not_modified' }, seconds());
        }
        onLoaded();
        return result;
      } catch (error) {
        metrics.inventoryFetchSeconds.observe({ outcome: 'error' }, seconds());
        throw error;
      }
    },
  };
}
