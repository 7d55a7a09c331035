import type { RunAggregateData } from '../engine/index.ts';
import { createRunner, type Runner } from './runner.ts';
import { createSimulationApi } from './simulationApi.ts';

/** Runs blocks in this thread, yielding between them so a page or a progress bar can update. */
export function createInProcessRunner(): Runner {
  return createRunner('in-process', 1, () => {
    const api = createSimulationApi();
    return {
      prepare: async (setup) => api.prepare(setup),
      runBlock: async (order, onPreview) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        return api.runBlock(order, onPreview);
      },
      terminate: () => {},
    };
  });
}

/**
 * Like the in-process runner, but every setup, request and result makes a structured-clone round
 * trip, exactly what crossing a worker boundary does: worker-boundary bugs show up in unit tests.
 */
export function createSerialisingRunner(): Runner {
  return createRunner('serialising', 1, () => {
    const api = createSimulationApi();
    return {
      prepare: async (setup) => api.prepare(structuredClone(setup)),
      runBlock: async (order, onPreview) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        const preview = onPreview && ((data: RunAggregateData) => onPreview(structuredClone(data)));
        return structuredClone(api.runBlock(structuredClone(order), preview));
      },
      terminate: () => {},
    };
  });
}
