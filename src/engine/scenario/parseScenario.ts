import { fieldMetaAt } from './fieldAt.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';
import { capIssues, inputLimitIssues } from './inputLimits.ts';
import { fromZodIssue, invalidJsonIssue, type ScenarioIssue } from './scenarioIssue.ts';

export type ParseScenarioResult =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/**
 * Decodes JSON text (a leading byte-order mark is skipped) or passes a decoded value through;
 * an issue when the text is not JSON. Never throws.
 */
export function decodeScenarioInput(
  input: unknown,
): { ok: true; value: unknown } | { ok: false; issues: ScenarioIssue[] } {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) };
  } catch (e) {
    return { ok: false, issues: [invalidJsonIssue(e instanceof Error ? e.message : String(e))] };
  }
}

/**
 * Parses a scenario from JSON text or an already-decoded value. On failure it lists the bad
 * fields (up to a hundred, then how many more), never just the first, so a user can fix a file in
 * one pass. It never throws, whatever the value: a file too large to check is refused by its
 * shape first (inputLimits.ts), and keys named like Object.prototype members are unknown keys.
 */
export function parseScenario(input: unknown): ParseScenarioResult {
  const decoded = decodeScenarioInput(input);
  if (!decoded.ok) return decoded;
  const { value } = decoded;
  const tooLarge = inputLimitIssues(value);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  const result = ScenarioSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, scenario: result.data };
  const issues = result.error.issues.flatMap(fromZodIssue).map((issue) => {
    const unit = fieldMetaAt(issue.path, value)?.unit;
    return unit ? { ...issue, params: { ...issue.params, unit } } : issue;
  });
  return { ok: false, issues: capIssues(issues) };
}
