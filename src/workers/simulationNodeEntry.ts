// Node worker entry: exposes the simulation API over the parent port, and nothing else.
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { exposeSimulationApi } from './exposeSimulationApi.ts';

if (!parentPort) throw new Error('simulationNodeEntry.ts must run in a worker thread');
const port = parentPort;
exposeSimulationApi((api) => Comlink.expose(api, nodeEndpoint(port)));
