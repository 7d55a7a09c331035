import { fieldMetaAt } from './fieldAt.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';
import { fromZodIssue, invalidJsonIssue, type ScenarioIssue } from './scenarioIssue.ts';

export type ParseScenarioResult =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/**
 * Parses a scenario from JSON text or an already-decoded value. On failure it lists every bad
 * field, never just the first, so a user can fix a file in one pass.
 */
export function parseScenario(input: unknown): ParseScenarioResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, issues: [invalidJsonIssue(e instanceof Error ? e.message : String(e))] };
    }
  }
  const result = ScenarioSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, scenario: result.data };
  const issues = result.error.issues.flatMap(fromZodIssue).map((issue) => {
    const unit = fieldMetaAt(issue.path, value)?.unit;
    return unit ? { ...issue, params: { ...issue.params, unit } } : issue;
  });
  return { ok: false, issues };
}
