import { pathToText, type PathSegment } from '../engine/index.ts';

/** One `--set path=value`: where in the scenario, and the value to put there. */
export type SetAssignment = {
  /** As the user wrote it, for error messages. */
  text: string;
  path: PathSegment[];
  /** The path in the scenario's own notation: `funds.angelFunds[0].commitmentCNY`. */
  pathText: string;
  value: unknown;
};

export type SetAssignmentResult =
  { ok: true; assignment: SetAssignment } | { ok: false; message: string };

/**
 * Splits a dotted path into keys and array indices: `funds.angelFunds[0].commitmentCNY` and
 * `funds.angelFunds.0.commitmentCNY` both give ['funds', 'angelFunds', 0, 'commitmentCNY'].
 */
export function parseSetPath(text: string): PathSegment[] | null {
  if (text === '') return null;
  const path: PathSegment[] = [];
  for (const part of text.split('.')) {
    if (/^\d+$/.test(part)) {
      path.push(Number(part));
      continue;
    }
    const match = /^([^[\]=]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return null;
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/** The value of a `--set`: JSON when it is valid JSON (`5`, `true`, `[1,2]`, `"5"`), else text. */
export function parseSetValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Reads one `path=value` (the text after `--set`); the path is checked against the scenario later. */
export function parseSetAssignment(text: string): SetAssignmentResult {
  const eq = text.indexOf('=');
  if (eq < 0)
    return {
      ok: false,
      message: `--set needs path=value, e.g. --set simulation.years=10; got '${text}' (no '=')`,
    };
  const pathText = text.slice(0, eq);
  const path = parseSetPath(pathText);
  if (path === null)
    return {
      ok: false,
      message:
        `--set needs a dotted path before '=', e.g. funds.angelFunds[0].commitmentCNY; ` +
        `got '${pathText}'`,
    };
  return {
    ok: true,
    assignment: {
      text,
      path,
      pathText: pathToText(path),
      value: parseSetValue(text.slice(eq + 1)),
    },
  };
}
