import * as z from 'zod';
import { fieldSchemaAt, unwrapSchema } from './fieldAt.ts';
import {
  describeValue,
  pathToText,
  type PathSegment,
  type ScenarioIssue,
  type ScenarioIssueCode,
} from './scenarioIssue.ts';

/**
 * One way to name a place in a scenario, for every caller that changes one: `--set` on the
 * command line, the `changes` of a derived file, share links and the editor, sweeps, sensitivity
 * and goal seek. A path is field names joined by dots, with list items as `[0]` (or `.0`) and
 * every item of a list as `[*]` (or `.*`): `funds.angelFunds[*].guidanceFundShare` is the
 * guidance share of every angel sub-fund. Every problem is a ScenarioIssue with the path, what
 * was expected and what was given, rendered in both languages by formatScenarioIssue.
 */

/** In a path, every item of a list. No field is named so: the format's names are identifiers. */
export const EVERY_ITEM = '*';

/** A path whose list positions may be EVERY_ITEM; without one it names exactly one field. */
export type ScenarioPath = readonly PathSegment[];

export type ScenarioPathIssue = { ok: false; issue: ScenarioIssue };

type Container = Record<PathSegment, unknown>;

const isContainer = (x: unknown): x is Container => x !== null && typeof x === 'object';

function issue(
  code: ScenarioIssueCode,
  path: readonly PathSegment[],
  params: ScenarioIssue['params'],
  received: string,
  pathText = scenarioPathText(path),
): ScenarioPathIssue {
  return {
    ok: false,
    issue: { code, key: `scenario.${code}`, path: [...path], pathText, params, received },
  };
}

/** A path as text in the scenario's own notation: `funds.angelFunds[*].guidanceFundShare`. */
export function scenarioPathText(path: ScenarioPath): string {
  let text = '';
  let run: PathSegment[] = [];
  // pathToText writes keys and indices; only the wildcard is this module's own.
  const flush = () => {
    if (run.length === 0) return;
    const part = pathToText(run);
    text += text === '' || part.startsWith('[') ? part : `.${part}`;
    run = [];
  };
  for (const seg of path) {
    if (seg === EVERY_ITEM) {
      flush();
      text += '[*]';
    } else run.push(seg);
  }
  flush();
  return text === '' ? '(root)' : text;
}

// A name is anything but the path's own punctuation; whether it names a field is checked later.
const PART = /^([^[\]."=*]+)((?:\[(?:\d+|\*)\])*)$/;

/**
 * Reads a path: `funds.angelFunds[0].commitmentCNY`, `funds.angelFunds.0.commitmentCNY`,
 * `funds.angelFunds[*].guidanceFundShare`. Only the syntax is checked here: whether the path names
 * a field is for expandScenarioPath, against a scenario.
 */
export function parseScenarioPath(
  text: string,
): { ok: true; path: PathSegment[] } | ScenarioPathIssue {
  const bad = () => issue('badPath', [], {}, describeValue(text), text === '' ? '(empty)' : text);
  if (text === '') return bad();
  const path: PathSegment[] = [];
  for (const part of text.split('.')) {
    if (/^\d+$/.test(part)) {
      const index = Number(part);
      if (!Number.isSafeInteger(index)) return bad();
      path.push(index);
      continue;
    }
    if (part === EVERY_ITEM) {
      path.push(EVERY_ITEM);
      continue;
    }
    const match = PART.exec(part);
    if (!match) return bad();
    path.push(match[1]!);
    for (const [, index] of match[2]!.matchAll(/\[(\d+|\*)\]/g)) {
      const n = index === EVERY_ITEM ? EVERY_ITEM : Number(index);
      if (n !== EVERY_ITEM && !Number.isSafeInteger(n)) return bad();
      path.push(n);
    }
  }
  return { ok: true, path };
}

/** The own member of a value at `key`: inherited members are no part of a scenario. */
function own(node: unknown, key: PathSegment): unknown {
  return isContainer(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/** A deep copy of JSON data (the engine has no structuredClone; scenarios are plain JSON). */
function jsonCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The default the format gives the field at `path`, when it has one. */
function defaultAt(path: readonly PathSegment[], root: unknown): unknown {
  const parsed = fieldSchemaAt(path, root)?.safeParse(undefined);
  return parsed?.success ? parsed.data : undefined;
}

/** The value at a concrete path, a part the file leaves out read as its default. */
function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const next = own(node, path[i]!);
    node = next === undefined ? defaultAt(path.slice(0, i + 1), root) : next;
  }
  return node;
}

/** The field names of an object schema, or of every variant of a union of objects (a hint). */
function fieldNames(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const s = unwrapSchema(schema);
  if (s instanceof z.ZodObject) return Object.keys(s.shape as Record<string, unknown>);
  if (s instanceof z.ZodUnion)
    return [...new Set((s.options as z.ZodType[]).flatMap((o) => fieldNames(o)))];
  return [];
}

/**
 * The concrete paths a path names in `root` (a scenario, parsed or as read from its file): each
 * `[*]` becomes every index of its list. Each must name a field of the format and, through lists,
 * an item that exists; else an issue at the first step that fails, with what exists there.
 * `given` is what an issue reports as given (by default the path as text).
 */
export function expandScenarioPath(
  root: unknown,
  path: ScenarioPath,
  given: string = describeValue(scenarioPathText(path)),
): { ok: true; paths: PathSegment[][] } | ScenarioPathIssue {
  const text = scenarioPathText(path);
  if (path.length === 0) return issue('unknownField', [], {}, given, text);
  let prefixes: PathSegment[][] = [[]];
  for (const seg of path) {
    const next: PathSegment[][] = [];
    for (const prefix of prefixes) {
      const where = pathToText(prefix);
      const noField = (missing: string) =>
        issue(
          'unknownField',
          [...prefix, seg],
          { missing, where, fields: fieldNames(fieldSchemaAt(prefix, root)).join(', ') },
          given,
          text,
        );
      if (typeof seg === 'string' && seg !== EVERY_ITEM) {
        if (!fieldSchemaAt([...prefix, seg], root)) return noField(seg);
        next.push([...prefix, seg]);
        continue;
      }
      // A list position: the schema must have a list here, and the value the item.
      const label = seg === EVERY_ITEM ? '[*]' : `[${seg}]`;
      if (!fieldSchemaAt([...prefix, 0], root)) return noField(label);
      const list = valueAt(root, prefix) ?? [];
      if (!Array.isArray(list))
        return issue('wrongType', prefix, { expected: 'array' }, describeValue(list));
      if (seg === EVERY_ITEM) {
        if (list.length === 0)
          return issue('noSuchItem', [...prefix, seg], { list: where, length: 0 }, given, text);
        list.forEach((_, i) => next.push([...prefix, i]));
      } else if (seg >= list.length) {
        return issue(
          'noSuchItem',
          [...prefix, seg],
          { list: where, length: list.length },
          given,
          text,
        );
      } else next.push([...prefix, seg]);
    }
    prefixes = next;
  }
  return { ok: true, paths: prefixes };
}

/** The values a path names in `root`, each with its concrete path (defaults where left out). */
export function scenarioValuesAt(
  root: unknown,
  path: ScenarioPath,
): { ok: true; values: Array<{ path: PathSegment[]; value: unknown }> } | ScenarioPathIssue {
  const expanded = expandScenarioPath(root, path);
  if (!expanded.ok) return expanded;
  return { ok: true, values: expanded.paths.map((p) => ({ path: p, value: valueAt(root, p) })) };
}

/** Puts `value` at one concrete, checked path of `root` (changed in place). */
function setAt(
  root: Container,
  path: readonly PathSegment[],
  value: unknown,
): ScenarioPathIssue | null {
  let node: Container = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (Array.isArray(node) !== (typeof seg === 'number'))
      return issue(
        'wrongType',
        path.slice(0, i),
        { expected: typeof seg === 'number' ? 'array' : 'object' },
        describeValue(node),
      );
    if (i === path.length - 1) {
      node[seg] = jsonCopy(value);
      return null;
    }
    let child = own(node, seg);
    if (child === undefined) {
      // A section the file leaves out gets its defaults, so the change keeps its other fields.
      const fallback = defaultAt(path.slice(0, i + 1), root);
      child = isContainer(fallback)
        ? jsonCopy(fallback)
        : typeof path[i + 1] === 'number'
          ? []
          : {};
      node[seg] = child;
    }
    if (!isContainer(child))
      return issue(
        'wrongType',
        path.slice(0, i + 1),
        { expected: typeof path[i + 1] === 'number' ? 'array' : 'object' },
        describeValue(child),
      );
    node = child;
  }
  return null;
}

/**
 * A copy of `root` with `value` at every field `path` names (the input is not changed). The path
 * must name fields of the format and items that exist; the value is not checked here but when the
 * result is parsed, so a change may also repair a field the file gets wrong.
 */
export function setScenarioValue(
  root: unknown,
  path: ScenarioPath,
  value: unknown,
): { ok: true; value: unknown } | ScenarioPathIssue {
  if (!isContainer(root) || Array.isArray(root))
    return issue('wrongType', [], { expected: 'object' }, describeValue(root));
  const expanded = expandScenarioPath(root, path);
  if (!expanded.ok) return expanded;
  const copy = jsonCopy(root);
  for (const concrete of expanded.paths) {
    const problem = setAt(copy, concrete, value);
    if (problem) return problem;
  }
  return { ok: true, value: copy };
}
