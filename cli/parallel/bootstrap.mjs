// Starts a pool worker through tsx when its module could not be bundled
// (see pool.ts): Node 20 cannot load .ts in a worker without registering tsx there.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
