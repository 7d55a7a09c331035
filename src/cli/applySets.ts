import { describeScenarioIssue, setScenarioValue, type ScenarioIssue } from '../engine/index.ts';
import type { SetAssignment } from './setPath.ts';

export type ApplySetsResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A flag's problem in one line: the flag as given, the place when it is not the flag's own path,
 * what was expected and what was given.
 */
export function flagIssueText(flag: string, text: string, pathText: string, issue: ScenarioIssue) {
  const where =
    issue.pathText === pathText
      ? ''
      : issue.pathText === '(root)'
        ? 'the scenario: '
        : `${issue.pathText}: `;
  return `${flag} ${text}: ${where}${describeScenarioIssue(issue, 'en')}`;
}

/**
 * Applies `--set` assignments, in order, to a scenario as read from its file (before parsing, so
 * a `--set` can also repair a field the file gets wrong), through the engine's one path module.
 * The input is not changed. A path must name a field of the scenario format and, through lists,
 * an item that exists.
 */
export function applySets(raw: unknown, assignments: readonly SetAssignment[]): ApplySetsResult {
  let value = raw;
  for (const assignment of assignments) {
    const set = setScenarioValue(value, assignment.path, assignment.value);
    if (!set.ok)
      return {
        ok: false,
        message: flagIssueText('--set', assignment.text, assignment.pathText, set.issue),
      };
    value = set.value;
  }
  return { ok: true, value };
}
