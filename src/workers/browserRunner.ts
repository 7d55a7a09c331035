import { keptAggregator } from './aggregateApi.ts';
import { createRunner, type Runner } from './runner.ts';
import { executorFromEndpoint } from './workerExecutor.ts';

/** The number of workers a browser should use: one per core it reports. */
export function browserWorkerCount(): number {
  return Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2);
}

/**
 * A pool of module Web Workers running the engine, and one more that merges each run's blocks
 * and finalises its partial views (kept from run to run, like the pool): the page's main thread only relays blocks (their arrays
 * transferred, not copied) and draws, so it stays free for the user while a run goes.
 */
export function createBrowserRunner(workers = browserWorkerCount()): Runner {
  return createRunner(
    'web-workers',
    workers,
    () => {
      const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
        type: 'module',
      });
      return executorFromEndpoint(
        worker,
        () => worker.terminate(),
        (listener) =>
          worker.addEventListener('error', (e) => listener(e.message || 'worker error')),
      );
    },
    keptAggregator(() => {
      const worker = new Worker(new URL('./aggregate.worker.ts', import.meta.url), {
        type: 'module',
      });
      return { endpoint: worker, terminate: () => worker.terminate() };
    }),
  );
}
