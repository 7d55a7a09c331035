import { readFileSync } from 'node:fs';
import { formatScenarioIssue, parseScenario, type Scenario } from '../../src/engine/index.ts';

/** The default scenario file as parsed JSON, to edit before parsing. */
export function defaultScenarioJson(): Record<string, unknown> {
  const url = new URL('../../scenarios/hebei-2022.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** The default scenario, parsed; a parse failure names every issue. */
export function defaultScenario(): Scenario {
  const result = parseScenario(defaultScenarioJson());
  if (!result.ok)
    throw new Error(result.issues.map((i) => formatScenarioIssue(i, 'en')).join('\n'));
  return result.scenario;
}

/** The fund-raising programme preset as parsed JSON, to edit before parsing. */
export function programmeScenarioJson(): Record<string, unknown> {
  const url = new URL('../../scenarios/hebei-2022-programme.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** A scenario parsed from edited JSON; a parse failure names every issue. */
export function parsed(json: unknown): Scenario {
  const result = parseScenario(json);
  if (!result.ok)
    throw new Error(result.issues.map((i) => formatScenarioIssue(i, 'en')).join('\n'));
  return result.scenario;
}
