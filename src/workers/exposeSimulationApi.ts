import * as Comlink from 'comlink';
import { transferablesOf } from '../engine/aggregate/runTransfer.ts';
import {
  createSimulationApi,
  type BlockOrder,
  type PreviewCallback,
  type RunSetup,
} from './simulationApi.ts';

/** The object a worker exposes: the API, its results' typed arrays transferred, not copied. */
export function exposeSimulationApi(expose: (api: object) => void): void {
  const api = createSimulationApi();
  expose({
    prepare: (setup: RunSetup) => api.prepare(setup),
    runBlock(order: BlockOrder, onPreview?: PreviewCallback) {
      // A preview goes back through the caller's proxy while the block goes on.
      const outcome = api.runBlock(
        order,
        onPreview && ((data) => void onPreview(Comlink.transfer(data, transferablesOf(data)))),
      );
      return outcome.ok ? Comlink.transfer(outcome, transferablesOf(outcome.data)) : outcome;
    },
  });
}
