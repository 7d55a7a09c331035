import {
  describeScenarioIssue,
  parseScenarioPath,
  scenarioPathText,
  SWEEP_LIMITS,
  type ParameterValue,
  type PathSegment,
} from '../engine/index.ts';
import { parseSetValue } from './setPath.ts';

/**
 * The text of the flags of sweep, tornado and seek, read into data before any scenario is loaded:
 * `--param PATH=V1,V2,…`, `--param PATH=LOW..HIGH:STEPS`, `--param PATH=LOW..HIGH`, `--base V,…`,
 * `--target KEY:STAT=VALUE`. Each mistake is one line naming the flag, what it needs and what was
 * given; whether a path names a field, a value suits it and a metric exists is checked later,
 * against the scenario.
 */

export type ParamFlag = {
  /** As the user wrote it (after `--param`), for messages. */
  text: string;
  path: PathSegment[];
  pathText: string;
};

export type SweepParamFlag = ParamFlag & { values: ParameterValue[] };
export type RangeParamFlag = ParamFlag & { low: number; high: number };
/** A tornado's parameter: a range of its own, or none (the plausible-range catalog's). */
export type TornadoParamFlag = ParamFlag & { range: { low: number; high: number } | null };
export type TargetFlag = { text: string; metric: string; statistic: string; value: number };

export type FlagResult<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = <T>(message: string): FlagResult<T> => ({ ok: false, message });

/** A number as written in a flag: decimal or exponent notation, nothing else. */
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

function number(text: string): number | null {
  const n = NUMBER.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/** Splits `PATH=SPEC` and reads the path; `needsSpec` false lets a bare PATH through. */
function pathAndSpec(
  text: string,
  example: string,
  needsSpec = true,
): FlagResult<{ param: ParamFlag; spec: string | null }> {
  const eq = text.indexOf('=');
  if (eq < 0 && needsSpec) return fail(`--param needs PATH=${example}; got '${text}' (no '=')`);
  const pathPart = eq < 0 ? text : text.slice(0, eq);
  const parsed = parseScenarioPath(pathPart);
  if (!parsed.ok)
    return fail(`--param ${text}: ${describeScenarioIssue(parsed.issue, 'en')} before '='`);
  return {
    ok: true,
    value: {
      param: { text, path: parsed.path, pathText: scenarioPathText(parsed.path) },
      spec: eq < 0 ? null : text.slice(eq + 1),
    },
  };
}

/** `LOW..HIGH`, both numbers with LOW < HIGH. */
function range(
  flagText: string,
  spec: string,
  form: string,
): FlagResult<{ low: number; high: number }> {
  const parts = spec.split('..');
  const low = parts.length === 2 ? number(parts[0]!) : null;
  const high = parts.length === 2 ? number(parts[1]!) : null;
  if (low === null || high === null)
    return fail(
      `--param ${flagText}: expected ${form} with two numbers, e.g. 0..0.8; got '${spec}'`,
    );
  if (!(low < high))
    return fail(`--param ${flagText}: expected LOW < HIGH in LOW..HIGH; got ${low}..${high}`);
  return { ok: true, value: { low, high } };
}

/** Evenly spaced, both ends included, rounded to 12 significant digits (0.1 + 0.2 is 0.3 here). */
export function evenlySpaced(low: number, high: number, points: number): number[] {
  return Array.from({ length: points }, (_, i) =>
    Number((low + ((high - low) * i) / (points - 1)).toPrecision(12)),
  );
}

/** A sweep's `--param PATH=V1,V2,…` or `--param PATH=LOW..HIGH:STEPS` (STEPS points, both ends). */
export function parseSweepParam(text: string): FlagResult<SweepParamFlag> {
  const split = pathAndSpec(text, 'V1,V2,… or PATH=LOW..HIGH:STEPS');
  if (!split.ok) return split;
  const { param, spec } = split.value;
  if (spec === null || spec === '')
    return fail(`--param ${text}: expected values V1,V2,… or LOW..HIGH:STEPS after '='; got none`);
  if (spec.includes('..')) {
    const colon = spec.lastIndexOf(':');
    if (colon < 0)
      return fail(
        `--param ${text}: expected LOW..HIGH:STEPS (STEPS points from LOW to HIGH); got '${spec}' (no ':STEPS')`,
      );
    const bounds = range(text, spec.slice(0, colon), 'LOW..HIGH:STEPS');
    if (!bounds.ok) return bounds;
    const stepsText = spec.slice(colon + 1);
    const steps = /^\d+$/.test(stepsText) ? Number(stepsText) : Number.NaN;
    if (!(Number.isInteger(steps) && steps >= 2 && steps <= SWEEP_LIMITS.onePoints))
      return fail(
        `--param ${text}: STEPS must be a whole number of points from 2 to ${SWEEP_LIMITS.onePoints}; got '${stepsText}'`,
      );
    return {
      ok: true,
      value: { ...param, values: evenlySpaced(bounds.value.low, bounds.value.high, steps) },
    };
  }
  const items = spec.split(',');
  if (items.some((item) => item.trim() === ''))
    return fail(
      `--param ${text}: expected values separated by commas; got an empty one in '${spec}'`,
    );
  return { ok: true, value: { ...param, values: items.map(valueOf) } };
}

/** A listed value: a number when it reads as one, true/false, else the text (JSON strings too). */
function valueOf(text: string): ParameterValue {
  const n = number(text.trim());
  if (n !== null) return n;
  const v = parseSetValue(text.trim());
  return typeof v === 'boolean' || typeof v === 'string' ? v : text.trim();
}

/** A tornado's `--param PATH=LOW..HIGH`, or a bare `--param PATH` for the catalog's range. */
export function parseTornadoParam(text: string): FlagResult<TornadoParamFlag> {
  const split = pathAndSpec(text, 'LOW..HIGH', false);
  if (!split.ok) return split;
  const { param, spec } = split.value;
  if (spec === null) return { ok: true, value: { ...param, range: null } };
  const bounds = range(text, spec, 'LOW..HIGH');
  return bounds.ok ? { ok: true, value: { ...param, range: bounds.value } } : bounds;
}

/** A goal seek's `--param PATH=LOW..HIGH`: the range searched. */
export function parseSeekParam(text: string): FlagResult<RangeParamFlag> {
  const split = pathAndSpec(text, 'LOW..HIGH');
  if (!split.ok) return split;
  const { param, spec } = split.value;
  const bounds = range(text, spec ?? '', 'LOW..HIGH');
  return bounds.ok ? { ok: true, value: { ...param, ...bounds.value } } : bounds;
}

/** `--target KEY:STAT=VALUE`, e.g. `angelFunds.privateLP.irr:p50=0.08`. */
export function parseTarget(text: string): FlagResult<TargetFlag> {
  const eq = text.lastIndexOf('=');
  const left = eq < 0 ? text : text.slice(0, eq);
  const colon = left.lastIndexOf(':');
  const expected = 'KEY:STAT=VALUE, e.g. angelFunds.privateLP.irr:p50=0.08';
  if (eq < 0 || colon <= 0 || colon === left.length - 1)
    return fail(`--target needs ${expected}; got '${text}'`);
  const value = number(text.slice(eq + 1));
  if (value === null)
    return fail(`--target ${text}: expected a number after '='; got '${text.slice(eq + 1)}'`);
  return {
    ok: true,
    value: { text, metric: left.slice(0, colon), statistic: left.slice(colon + 1), value },
  };
}

/** `--base V` or `--base V1,V2`: the sweep point the differences are taken from. */
export function parseBase(text: string): FlagResult<ParameterValue[]> {
  const items = text.split(',');
  if (items.some((item) => item.trim() === ''))
    return fail(`--base needs one value per swept parameter, separated by commas; got '${text}'`);
  return { ok: true, value: items.map(valueOf) };
}
