import * as Comlink from 'comlink';
import { transferablesOf, type BlockRequest } from '../engine/index.ts';
import { simulationApi } from './simulationApi.ts';

/** The object a worker exposes: the API, its results' typed arrays transferred, not copied. */
export function exposeSimulationApi(expose: (api: object) => void): void {
  expose({
    runBlock(request: BlockRequest) {
      const data = simulationApi.runBlock(request);
      return Comlink.transfer(data, transferablesOf(data));
    },
  });
}
