import {
  describeScenarioIssue,
  parseScenarioPath,
  scenarioPathText,
  type PathSegment,
} from '../engine/index.ts';

/** One `--set path=value`: where in the scenario, and the value to put there. */
export type SetAssignment = {
  /** As the user wrote it, for error messages. */
  text: string;
  /** May hold `*` (every item of a list): see the engine's scenarioPath.ts. */
  path: PathSegment[];
  /** The path in the scenario's own notation: `funds.angelFunds[0].commitmentCNY`. */
  pathText: string;
  value: unknown;
};

export type SetAssignmentResult =
  { ok: true; assignment: SetAssignment } | { ok: false; message: string };

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
  const parsed = parseScenarioPath(text.slice(0, eq));
  if (!parsed.ok)
    return {
      ok: false,
      message: `--set ${text}: ${describeScenarioIssue(parsed.issue, 'en')} before '='`,
    };
  return {
    ok: true,
    assignment: {
      text,
      path: parsed.path,
      pathText: scenarioPathText(parsed.path),
      value: parseSetValue(text.slice(eq + 1)),
    },
  };
}
