import { fieldSchemaAt } from './fieldAt.ts';
import {
  describeValue,
  pathToText,
  type PathSegment,
  type ScenarioIssue,
} from './scenarioIssue.ts';

/** A dotted path with numeric array indices: `funds.angelFunds.0.guidanceFundShare`. */
export function parseDottedPath(dotted: string): PathSegment[] {
  return dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function unknownPathIssue(dotted: string, value: unknown): ScenarioIssue {
  const path = parseDottedPath(dotted);
  return {
    code: 'unknownField',
    key: 'scenario.unknownField',
    path,
    pathText: pathToText(path),
    params: {},
    received: describeValue(value),
  };
}

/** A deep copy of JSON data (scenario files are plain JSON; the engine has no structuredClone). */
function jsonCopy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * Applies changes `{ "a.b.0.c": value }` to a copy of raw scenario JSON, creating objects on the
 * way where the base leaves a section to its defaults. A path the scenario format does not have is
 * an error, never silently added; values are checked when the result is parsed. The same rule
 * serves derived scenario files, `--set` on the command line and share links.
 */
export function applyScenarioChanges(
  base: unknown,
  changes: Readonly<Record<string, unknown>>,
): { ok: true; value: unknown } | { ok: false; issues: ScenarioIssue[] } {
  const value: unknown = jsonCopy(base);
  const issues: ScenarioIssue[] = [];
  for (const [dotted, change] of Object.entries(changes)) {
    const path = parseDottedPath(dotted);
    if (path.length === 0 || path.some((p) => p === '') || !fieldSchemaAt(path, value)) {
      issues.push(unknownPathIssue(dotted, change));
      continue;
    }
    let node = value as Record<PathSegment, unknown>;
    let ok = true;
    for (let i = 0; i < path.length - 1; i++) {
      const seg = path[i]!;
      if (node[seg] === undefined) node[seg] = typeof path[i + 1] === 'number' ? [] : {};
      const next = node[seg];
      if (next === null || typeof next !== 'object') {
        ok = false;
        break;
      }
      node = next as Record<PathSegment, unknown>;
    }
    if (!ok) issues.push(unknownPathIssue(dotted, change));
    else node[path.at(-1)!] = jsonCopy(change);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}
