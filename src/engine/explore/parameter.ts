import * as z from 'zod';
import { fieldMetaAt, fieldSchemaAt, unwrapSchema } from '../scenario/fieldAt.ts';
import { parseScenario, type ParseScenarioResult } from '../scenario/parseScenario.ts';
import { plausibleRangeOf } from '../scenario/plausibleRanges.ts';
import type { ScenarioIssue } from '../scenario/scenarioIssue.ts';
import {
  scenarioPathText,
  scenarioValuesAt,
  setScenarioValue,
  type ScenarioPath,
} from '../scenario/scenarioPath.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Unit } from '../scenario/units.ts';

/** A value an exploration puts at a path: what a scenario field of a simple kind holds. */
export type ParameterValue = number | boolean | string;

/** A parameter an exploration moves, as its results describe it. */
export type ParameterInfo = {
  path: ScenarioPath;
  pathText: string;
  /** From the plausible-range catalog when the path is one of its; else the path itself. */
  label: { zh: string; en: string };
  unit: Unit | null;
  /** What the field takes: a number (whole or not) or something else (a switch, a rule). */
  kind: 'number' | 'integer' | 'other';
  /** The field's own range, for numbers. */
  min: number | null;
  max: number | null;
  /** The scenario's values at the path (one per item with `[*]`). */
  current: unknown[];
};

/** What a path names in a scenario, or the issue of a path that names nothing. */
export function describeParameter(
  scenario: Scenario,
  path: ScenarioPath,
): { ok: true; info: ParameterInfo } | { ok: false; issue: ScenarioIssue } {
  const values = scenarioValuesAt(scenario, path);
  if (!values.ok) return values;
  const pathText = scenarioPathText(path);
  const first = values.values[0]!.path;
  const schema = fieldSchemaAt(first, scenario);
  const inner = schema ? unwrapSchema(schema) : undefined;
  const number = inner instanceof z.ZodNumber ? inner : null;
  const finite = (x: number | null | undefined) =>
    x === null || x === undefined || !Number.isFinite(x) ? null : x;
  return {
    ok: true,
    info: {
      path,
      pathText,
      label: plausibleRangeOf(pathText)?.label ?? { zh: pathText, en: pathText },
      unit: fieldMetaAt(first, scenario)?.unit ?? null,
      kind: number ? (number.isInt ? 'integer' : 'number') : 'other',
      min: finite(number?.minValue),
      max: finite(number?.maxValue),
      current: values.values.map((v) => v.value),
    },
  };
}

/** A setting of one parameter: the path and the value to put at every field it names. */
export type ParameterSetting = { path: ScenarioPath; value: ParameterValue };

/**
 * The scenario with the settings applied, parsed again: a value outside its field's range, of the
 * wrong type, or breaking a rule across fields comes back as the parser's issues, at their paths.
 */
export function scenarioWith(
  scenario: Scenario,
  settings: readonly ParameterSetting[],
): ParseScenarioResult {
  let value: unknown = scenario;
  for (const { path, value: setting } of settings) {
    const set = setScenarioValue(value, path, setting);
    if (!set.ok) return { ok: false, issues: [set.issue] };
    value = set.value;
  }
  return parseScenario(value);
}
