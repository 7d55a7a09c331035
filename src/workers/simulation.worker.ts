// Web Worker entry: exposes the simulation API and nothing else.
import * as Comlink from 'comlink';
import { exposeSimulationApi } from './exposeSimulationApi.ts';

exposeSimulationApi((api) => Comlink.expose(api));
