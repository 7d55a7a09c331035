import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../src/engine/index.ts';

/** The default scenario cut to a few years, so runner tests run many trials quickly. */
export function smallScenario(overrides: { years?: number; seed?: number } = {}): Scenario {
  const json = JSON.parse(
    readFileSync(new URL('../../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
  ) as { simulation: Record<string, unknown> };
  json.simulation = { ...json.simulation, years: overrides.years ?? 4, seed: overrides.seed ?? 7 };
  const result = parseScenario(json);
  if (!result.ok) throw new Error('the default scenario does not parse');
  return result.scenario;
}
