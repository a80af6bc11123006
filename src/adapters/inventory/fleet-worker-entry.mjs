// The worker thread's entry, in plain JS. There is no build step, and on Node 20
// tsx registers its hooks only on the main thread (`--import tsx` in a Worker's
// execArgv still fails with "Unknown file extension .ts"), so register them here.
import { register } from 'tsx/esm/api';

register();
await import('./fleet-worker.ts');
