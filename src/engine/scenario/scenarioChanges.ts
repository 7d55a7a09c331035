import type { ScenarioIssue } from './scenarioIssue.ts';
import { parseScenarioPath, setScenarioValue } from './scenarioPath.ts';

/**
 * Applies changes `{ "a.b[0].c": value }` to a copy of raw scenario JSON, in order, through the
 * one path module (scenarioPath.ts): a section the base leaves to its defaults gets them first, a
 * path the format does not have is an error, never silently added, and values are checked when
 * the result is parsed. Derived scenario files, share links and the editor go through here; every
 * bad path is reported, not only the first.
 */
export function applyScenarioChanges(
  base: unknown,
  changes: Readonly<Record<string, unknown>>,
): { ok: true; value: unknown } | { ok: false; issues: ScenarioIssue[] } {
  let value: unknown = base === undefined ? undefined : JSON.parse(JSON.stringify(base));
  const issues: ScenarioIssue[] = [];
  for (const [text, change] of Object.entries(changes)) {
    const parsed = parseScenarioPath(text);
    const set = parsed.ok ? setScenarioValue(value, parsed.path, change) : parsed;
    if (set.ok) value = set.value;
    else issues.push(set.issue);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}
