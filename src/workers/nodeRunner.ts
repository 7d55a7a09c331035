import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createRunner, type Runner } from './runner.ts';
import { nodeWorkerFile } from './nodeBundle.ts';
import { executorFromEndpoint } from './workerExecutor.ts';

/** A pool of Node worker threads running the engine (the CLI, the benchmark and the tests). */
export function createNodeRunner(workers = availableParallelism()): Runner {
  const file = nodeWorkerFile();
  return createRunner('worker-threads', workers, () => {
    const worker = new Worker(file);
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
