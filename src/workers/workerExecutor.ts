import * as Comlink from 'comlink';
import type { BlockOutcome } from '../engine/index.ts';
import type { BlockExecutor } from './runner.ts';
import type { BlockOrder, PreviewCallback, RunSetup, SimulationApi } from './simulationApi.ts';

/** A worker seen as a block executor; its crash (an 'error' event) rejects what it is running. */
export function executorFromEndpoint(
  endpoint: Comlink.Endpoint,
  terminate: () => void,
  onCrash: (listener: (message: string) => void) => void,
): BlockExecutor {
  const api = Comlink.wrap<SimulationApi>(endpoint);
  let crash: ((message: string) => void) | null = null;
  onCrash((message) => crash?.(message));
  const call = <T>(request: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      crash = (message) => reject(new Error(message));
      request().then(resolve, reject);
    });
  return {
    prepare: (setup: RunSetup) => call(() => api.prepare(setup) as Promise<void>),
    runBlock: (order: BlockOrder, onPreview?: PreviewCallback) =>
      call(
        () => api.runBlock(order, onPreview && Comlink.proxy(onPreview)) as Promise<BlockOutcome>,
      ),
    terminate: () => {
      crash?.('worker terminated');
      api[Comlink.releaseProxy]();
      terminate();
    },
  };
}
