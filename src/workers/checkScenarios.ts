import { formatScenarioIssue, parseScenario, type Scenario } from '../engine/index.ts';

/** A run's scenarios as checked, or every reason one of them is not a valid scenario. */
export type CheckedScenarios =
  { ok: true; scenario: Scenario; compareWith?: Scenario } | { ok: false; issues: string[] };

/**
 * The runner checks a run's scenarios once, in its own thread, before any worker gets them: a
 * caller's value typed as a Scenario may not be one, and workers hold no schema (zod and the
 * schema would be about 12 MiB more in each of them). Issues read `scenario: …` or `compared: …`.
 */
export function checkScenarios(scenario: unknown, compareWith?: unknown): CheckedScenarios {
  const issues: string[] = [];
  const check = (value: unknown, label: string): Scenario | null => {
    const parsed = parseScenario(value);
    if (parsed.ok) return parsed.scenario;
    issues.push(...parsed.issues.map((i) => `${label}: ${formatScenarioIssue(i, 'en')}`));
    return null;
  };
  const a = check(scenario, 'scenario');
  const b = compareWith === undefined ? undefined : check(compareWith, 'compared');
  if (!a || b === null) return { ok: false, issues };
  return { ok: true, scenario: a, ...(b ? { compareWith: b } : {}) };
}
