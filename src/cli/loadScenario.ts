import { readFileSync } from 'node:fs';
import { formatScenarioIssue, parseScenario, type Scenario } from '../engine/index.ts';
import { applySets } from './applySets.ts';
import { fileProblem } from './fileProblem.ts';
import type { SetAssignment } from './setPath.ts';

/** A scenario ready to run, or every reason it is not, one line each. */
export type LoadScenarioResult = { ok: true; scenario: Scenario } | { ok: false; lines: string[] };

/**
 * Reads a scenario file, applies the `--set` assignments to it, and parses it. Every problem of
 * the scenario is listed (as the app lists them), under a line naming the file.
 */
export function loadScenario(
  file: string,
  sets: readonly SetAssignment[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): LoadScenarioResult {
  let text: string;
  try {
    text = read(file);
  } catch (e) {
    return { ok: false, lines: [`cannot read ${file}: ${fileProblem(e)}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // parseScenario words the JSON error as the app does.
    const parsed = parseScenario(text);
    const issues = parsed.ok ? [] : parsed.issues.map((i) => formatScenarioIssue(i, 'en'));
    return { ok: false, lines: [`${file} is not valid JSON:`, ...issues.map((l) => `  ${l}`)] };
  }
  const changed = applySets(raw, sets);
  if (!changed.ok) return { ok: false, lines: [`${file}: ${changed.message}`] };
  const parsed = parseScenario(changed.value);
  if (parsed.ok) return parsed;
  const n = parsed.issues.length;
  return {
    ok: false,
    lines: [
      `${file}${sets.length > 0 ? ' (with the command-line values)' : ''} is not a valid scenario: ` +
        `${n} problem${n === 1 ? '' : 's'}`,
      ...parsed.issues.map((issue) => `  ${formatScenarioIssue(issue, 'en')}`),
    ],
  };
}
