import * as Comlink from 'comlink';
import { scenarioHash } from '../engine/run/scenarioHash.ts';
import type { Scenario } from '../engine/scenario/schema.ts';

/** What a hashing worker exposes: the SHA-256 of a parsed scenario, as the engine computes it. */
export type HashApi = { hash(scenario: Scenario): string };

export function createHashApi(): HashApi {
  return { hash: (scenario) => scenarioHash(scenario) };
}

/** A hasher in a worker reached through `endpoint`: the page's thread only sends the scenario. */
export function hasherFromEndpoint(endpoint: Comlink.Endpoint): (s: Scenario) => Promise<string> {
  const api = Comlink.wrap<HashApi>(endpoint);
  return (scenario) => api.hash(scenario) as Promise<string>;
}
