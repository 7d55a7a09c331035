import * as Comlink from 'comlink';
import type { BlockRequest, RunAggregateData } from '../engine/index.ts';
import type { BlockExecutor } from './runner.ts';
import type { SimulationApi } from './simulationApi.ts';

/** A worker seen as a block executor; its crash (an 'error' event) rejects the block it runs. */
export function executorFromEndpoint(
  endpoint: Comlink.Endpoint,
  terminate: () => void,
  onCrash: (listener: (message: string) => void) => void,
): BlockExecutor {
  const api = Comlink.wrap<SimulationApi>(endpoint);
  let crash: ((message: string) => void) | null = null;
  onCrash((message) => crash?.(message));
  return {
    runBlock: (request: BlockRequest) =>
      new Promise<RunAggregateData>((resolve, reject) => {
        crash = (message) => reject(new Error(message));
        (api.runBlock(request) as Promise<RunAggregateData>).then(resolve, reject);
      }),
    terminate: () => {
      crash?.('worker terminated');
      api[Comlink.releaseProxy]();
      terminate();
    },
  };
}
