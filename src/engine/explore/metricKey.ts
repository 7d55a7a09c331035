import { describeMetric } from '../metrics/catalog.ts';
import type { Scenario } from '../scenario/schema.ts';
import { simulateTrial } from '../trial/simulateTrial.ts';
import type { ExploreProblem } from './exploreProblem.ts';

/**
 * The metric keys a scenario reports, from one trial of it (a sub-fund's keys exist only when
 * the scenario has the fund); the catalog's patterns when that trial fails.
 */
export function reportedMetricKeys(scenario: Scenario): string[] | null {
  try {
    return Object.keys(simulateTrial(scenario, 0).metrics);
  } catch {
    return null;
  }
}

/** Keys that look like a mistyped one: beginning with it, ending in its last part, or sharing its first. */
function similarKeys(key: string, keys: readonly string[]): string[] {
  const lower = key.toLowerCase();
  const parts = lower.split('.');
  const tests = [
    (k: string) => k.startsWith(lower),
    (k: string) => k.endsWith(`.${parts.at(-1)!}`),
    (k: string) => k.startsWith(`${parts[0]!}.`),
  ];
  for (const test of tests) {
    const found = keys.filter((k) => test(k.toLowerCase()));
    if (found.length > 0) return found.slice(0, 4);
  }
  return [];
}

/** A problem when `key` is no metric this scenario reports; null when it is one. */
export function checkMetricKey(
  key: string,
  scenario: Scenario,
  keys: readonly string[] | null = reportedMetricKeys(scenario),
): ExploreProblem | null {
  const known = keys ? keys.includes(key) : describeMetric(key) !== null;
  return known
    ? null
    : { kind: 'unknownMetric', input: 'metric', key, similar: similarKeys(key, keys ?? []) };
}
