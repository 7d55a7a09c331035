import * as z from 'zod';
import { fieldSchemaAt, pathToText, type PathSegment } from '../engine/index.ts';
import type { SetAssignment } from './setPath.ts';

export type ApplySetsResult = { ok: true; value: unknown } | { ok: false; message: string };

type Container = Record<string, unknown> | unknown[];

const isContainer = (x: unknown): x is Container => x !== null && typeof x === 'object';

/** Short text for a value in a message: JSON, cut to a readable length. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * The field names of an object schema through its default/optional wrappers, or of every variant
 * of a union of objects (for a hint).
 */
function fieldNames(schema: z.ZodType | undefined): string[] {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodOptional)
    s = s.def.innerType as z.ZodType;
  if (s instanceof z.ZodObject) return Object.keys(s.shape as Record<string, unknown>);
  if (s instanceof z.ZodUnion)
    return [...new Set((s.options as z.ZodType[]).flatMap((o) => fieldNames(o)))];
  return [];
}

/** Why `path` names no field: the first segment that does not exist, and what exists there. */
function noSuchField(assignment: SetAssignment, root: unknown): string {
  const { path } = assignment;
  let known = 0;
  while (known < path.length && fieldSchemaAt(path.slice(0, known + 1), root)) known++;
  const parent = path.slice(0, known);
  const names = fieldNames(fieldSchemaAt(parent, root));
  const where = known === 0 ? 'at the top level' : `in ${pathToText(parent)}`;
  const seg = path[known]!;
  const what =
    typeof seg === 'number' ? `no list to index with [${seg}]` : `no field '${String(seg)}'`;
  return (
    `--set ${assignment.pathText}: the scenario has ${what} ${where}` +
    (names.length > 0 ? `; the fields there are ${names.join(', ')}` : '')
  );
}

/**
 * What to put at a missing container on the way to a field: the field's default when it has one
 * (so `--set` on a section left out of the file keeps the section's other defaults), else an
 * empty object or list.
 */
function missingContainer(path: PathSegment[], root: unknown, next: PathSegment): Container {
  const parsed = fieldSchemaAt(path, root)?.safeParse(undefined);
  if (parsed?.success && isContainer(parsed.data)) return structuredClone(parsed.data);
  return typeof next === 'number' ? [] : {};
}

function applyOne(root: Container, assignment: SetAssignment): string | null {
  const { path, pathText } = assignment;
  if (path.length === 0 || fieldSchemaAt(path, root) === undefined)
    return noSuchField(assignment, root);
  let node: Container = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const here = pathToText(path.slice(0, i));
    if (typeof seg === 'number') {
      if (!Array.isArray(node))
        return `--set ${pathText}: ${here} is ${show(node)}, not a list, so it has no [${seg}]`;
      if (seg >= node.length)
        return (
          `--set ${pathText}: ${here} has ${node.length} item(s), so [${seg}] does not exist; ` +
          `set the whole list to add items`
        );
    } else if (Array.isArray(node)) {
      return `--set ${pathText}: ${here} is a list, so it has no field '${seg}'`;
    }
    const record = node as Record<PathSegment, unknown>;
    if (i === path.length - 1) {
      record[seg] = structuredClone(assignment.value);
      return null;
    }
    let child = record[seg];
    if (child === undefined) {
      child = missingContainer(path.slice(0, i + 1), root, path[i + 1]!);
      record[seg] = child;
    }
    if (!isContainer(child))
      return (
        `--set ${pathText}: ${pathToText(path.slice(0, i + 1))} is ${show(child)} in the ` +
        `scenario, not an object or list`
      );
    node = child;
  }
  return null;
}

/**
 * Applies `--set` assignments, in order, to a scenario as read from its file (before parsing, so
 * a `--set` can also repair a field the file gets wrong). The input is not changed. A path must
 * name a field of the scenario format and, through lists, an item that exists.
 */
export function applySets(raw: unknown, assignments: readonly SetAssignment[]): ApplySetsResult {
  if (assignments.length === 0) return { ok: true, value: raw };
  if (!isContainer(raw) || Array.isArray(raw))
    return {
      ok: false,
      message: `--set needs a scenario object to change; the file holds ${show(raw)}`,
    };
  const value = structuredClone(raw);
  for (const assignment of assignments) {
    const problem = applyOne(value, assignment);
    if (problem !== null) return { ok: false, message: problem };
  }
  return { ok: true, value };
}
