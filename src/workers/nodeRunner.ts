import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createRunner, type Runner } from './runner.ts';
import { nodeWorkerFile } from './nodeBundle.ts';
import { executorFromEndpoint } from './workerExecutor.ts';

export type NodeRunnerOptions = {
  /**
   * Old-generation heap limit of each worker, in MiB (workerHeap.ts); with it the young
   * generation is kept small too. Without it V8 sizes the heaps as it likes.
   */
  heapLimitMiB?: number;
};

/** A pool of Node worker threads running the engine (the CLI, the benchmark and the tests). */
export function createNodeRunner(
  workers = availableParallelism(),
  options: NodeRunnerOptions = {},
): Runner {
  const file = nodeWorkerFile();
  const { heapLimitMiB } = options;
  const resourceLimits =
    heapLimitMiB === undefined
      ? undefined
      : { maxOldGenerationSizeMb: heapLimitMiB, maxYoungGenerationSizeMb: 2 };
  return createRunner('worker-threads', workers, () => {
    const worker = new Worker(file, { resourceLimits });
    return executorFromEndpoint(
      nodeEndpoint(worker),
      () => void worker.terminate(),
      (listener) => {
        worker.on('error', (e) => listener(e.message));
        worker.on('exit', (code) => {
          if (code !== 0) listener(`worker exited with code ${code}`);
        });
      },
    );
  });
}
