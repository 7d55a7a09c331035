// Node worker bootstrap: Node 20 cannot start a .ts file in worker_threads, so register tsx first.
import { register } from 'tsx/esm/api';

register();
await import('./simulationNodeEntry.ts');
