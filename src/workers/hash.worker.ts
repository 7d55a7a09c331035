// Web Worker entry: hashes scenarios (SHA-256 of their canonical JSON) off the page's thread.
import * as Comlink from 'comlink';
import { createHashApi } from './hashApi.ts';

Comlink.expose(createHashApi());
