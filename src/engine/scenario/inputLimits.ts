import { inputIssue, type PathSegment, type ScenarioIssue } from './scenarioIssue.ts';

/**
 * Bounds on the shape of a scenario file, checked before the schema walks it: a file far beyond
 * any real scenario (a list of 200,000 numbers, a string of megabytes, nesting hundreds deep) is
 * refused with the path of the first offending part, cheaply, instead of being parsed field by
 * field. The schema's own maxima are tighter; these only keep the check itself bounded.
 */
export const INPUT_LIMITS = {
  maxDepth: 32,
  maxArrayLength: 10_000,
  maxStringLength: 100_000,
  maxObjectKeys: 10_000,
} as const;

/** At most this many issues are reported, then one that counts the rest. */
export const MAX_REPORTED_ISSUES = 100;

/** Issues of a value too large or too deep to check, in document order; empty when it is fine. */
export function inputLimitIssues(value: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  // Depth-first with an explicit stack: a deep value cannot overflow the call stack.
  const stack: Array<{ node: unknown; path: PathSegment[] }> = [{ node: value, path: [] }];
  while (stack.length > 0 && issues.length < MAX_REPORTED_ISSUES) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'string') {
      if (node.length > INPUT_LIMITS.maxStringLength)
        issues.push(
          inputIssue(
            'tooLong',
            path,
            { bound: INPUT_LIMITS.maxStringLength },
            `${node.length} characters`,
          ),
        );
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= INPUT_LIMITS.maxDepth) {
      issues.push(inputIssue('tooDeep', path, { bound: INPUT_LIMITS.maxDepth }, 'deeper'));
      continue;
    }
    if (Array.isArray(node)) {
      if (node.length > INPUT_LIMITS.maxArrayLength) {
        issues.push(
          inputIssue(
            'tooMany',
            path,
            { bound: INPUT_LIMITS.maxArrayLength },
            `${node.length} items`,
          ),
        );
        continue;
      }
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length > INPUT_LIMITS.maxObjectKeys) {
      issues.push(
        inputIssue('tooMany', path, { bound: INPUT_LIMITS.maxObjectKeys }, `${keys.length} fields`),
      );
      continue;
    }
    for (let i = keys.length - 1; i >= 0; i--)
      stack.push({ node: (node as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
  }
  return issues;
}

/** The first issues, then one that says how many more there were. */
export function capIssues(issues: ScenarioIssue[]): ScenarioIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    inputIssue('moreIssues', [], { count: more }, `${more} more`),
  ];
}
