// The values a user types into the explore forms: a number, or a percentage for a share or a
// rate ("1.5%" is 0.015); a list "1.5%, 3%, 6%" or a range "LOW..HIGH:STEPS" (the command
// line's syntax). Errors are data naming what was expected and what was given.
import type { Unit } from '../../engine/index.ts';

export type TextProblem =
  | { kind: 'notANumber'; given: string }
  | { kind: 'emptyList' }
  | { kind: 'badSteps'; given: string }
  | { kind: 'badWhole'; given: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: TextProblem };

/** A number as typed: `0.015`, `1.5%`, `1,000,000` (digit groups), with a minus sign or not. */
export function parseNumberText(text: string): Parsed<number> {
  const trimmed = text.trim().replace(/\u2212/g, '-');
  const percent = trimmed.endsWith('%');
  const body = (percent ? trimmed.slice(0, -1) : trimmed).replace(/,(?=\d{3}(\D|$))/g, '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(body))
    return { ok: false, problem: { kind: 'notANumber', given: text.trim() } };
  const x = Number(body);
  // Divided by 100 through the decimal text, so "1.5%" is exactly 0.015.
  return { ok: true, value: percent ? Number(`${body}e-2`) : x };
}

/** A list `a, b, c` (commas or semicolons; a comma inside digits groups them) or `LOW..HIGH:STEPS`. */
export function parseValueList(text: string): Parsed<number[]> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { kind: 'emptyList' } };
  const range = /^(.+?)\.\.(.+?):(.+)$/.exec(trimmed);
  if (range) {
    const low = parseNumberText(range[1]!);
    if (!low.ok) return low;
    const high = parseNumberText(range[2]!);
    if (!high.ok) return high;
    const steps = range[3]!.trim();
    if (!/^\d+$/.test(steps) || Number(steps) < 2)
      return { ok: false, problem: { kind: 'badSteps', given: steps } };
    const n = Number(steps);
    const values = Array.from({ length: n }, (_, i) =>
      // Rounded to 12 significant digits: 0.1 + 2 × 0.1 is 0.3, as the user means it.
      Number((low.value + ((high.value - low.value) * i) / (n - 1)).toPrecision(12)),
    );
    return { ok: true, value: values };
  }
  const parts = trimmed
    .split(/\s*[;；，、]\s*|\s*,\s*(?!\d{3}(?:\D|$))/)
    .filter((p) => p.trim() !== '');
  const values: number[] = [];
  for (const part of parts) {
    const x = parseNumberText(part);
    if (!x.ok) return x;
    values.push(x.value);
  }
  return values.length === 0
    ? { ok: false, problem: { kind: 'emptyList' } }
    : { ok: true, value: values };
}

/** A whole number ≥ 1 (a trial count). */
export function parseWholeText(text: string): Parsed<number> {
  const x = parseNumberText(text);
  if (!x.ok || !Number.isInteger(x.value) || x.value < 1)
    return { ok: false, problem: { kind: 'badWhole', given: text.trim() } };
  return x;
}

/** Units a user reads as percentages. */
const PERCENT_UNITS: ReadonlySet<string> = new Set([
  'share',
  'ratePerYear',
  'probabilityPerQuarter',
  'rate',
  'rateDifference',
  'indicator',
]);

export function isPercentUnit(unit: Unit | string | null): boolean {
  return unit !== null && PERCENT_UNITS.has(unit);
}

/** A value as the form shows it: a share as `40%`, anything else as its number. */
export function valueText(unit: Unit | string | null, x: number): string {
  return isPercentUnit(unit) ? `${Number((x * 100).toPrecision(12))}%` : String(x);
}

/** What was expected and what was given, in each language. */
export function describeTextProblem(problem: TextProblem): { zh: string; en: string } {
  switch (problem.kind) {
    case 'notANumber':
      return {
        zh: `应为数值（如 0.03 或 3%），实际为 "${problem.given}"`,
        en: `expected a number (such as 0.03 or 3%), got "${problem.given}"`,
      };
    case 'emptyList':
      return {
        zh: '应为取值列表（如 1.5%, 3%, 6%）或区间 下限..上限:点数（如 0..60%:4），实际为空',
        en: 'expected a list of values (such as 1.5%, 3%, 6%) or a range LOW..HIGH:STEPS (such as 0..60%:4), got nothing',
      };
    case 'badSteps':
      return {
        zh: `应为至少 2 的整数点数，实际为 "${problem.given}"`,
        en: `expected a whole number of steps, at least 2, got "${problem.given}"`,
      };
    case 'badWhole':
      return {
        zh: `应为不小于 1 的整数，实际为 "${problem.given}"`,
        en: `expected a whole number of at least 1, got "${problem.given}"`,
      };
    default:
      return problem satisfies never;
  }
}
