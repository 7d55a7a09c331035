import { runBlock } from '../engine/index.ts';
import { createRunner, type Runner } from './runner.ts';

/** Runs blocks in this thread, yielding between them so a page or a progress bar can update. */
export function createInProcessRunner(): Runner {
  return createRunner('in-process', 1, () => ({
    runBlock: async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return runBlock(request);
    },
    terminate: () => {},
  }));
}

/**
 * Like the in-process runner, but every request and every result makes a structured-clone round
 * trip, exactly what crossing a worker boundary does: worker-boundary bugs show up in unit tests.
 */
export function createSerialisingRunner(): Runner {
  return createRunner('serialising', 1, () => ({
    runBlock: async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return structuredClone(runBlock(structuredClone(request)));
    },
    terminate: () => {},
  }));
}
