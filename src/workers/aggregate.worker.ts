// Web Worker entry: merges a run's blocks and finalises its summaries, off the page's thread.
import * as Comlink from 'comlink';
import { createAggregateApi } from './aggregateApi.ts';

Comlink.expose(createAggregateApi());
