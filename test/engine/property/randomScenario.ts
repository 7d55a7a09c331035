import * as z from 'zod';
import fc from 'fast-check';
import {
  fieldSchemaAt,
  flattenScenario,
  parseScenario,
  type PathSegment,
  type Scenario,
} from '../../../src/engine/index.ts';
import {
  MAX_EXPECTED_ARRIVALS,
  expectedArrivals,
} from '../../../src/engine/scenario/workBudget.ts';

/** A leaf to change: numbers within the field's range (or at its ends), booleans either way. */
type Leaf =
  | { path: PathSegment[]; kind: 'number'; min: number; max: number; int: boolean }
  | {
      path: PathSegment[];
      kind: 'boolean';
    };

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodOptional)
    s = s.def.innerType as z.ZodType;
  return s;
}

/** The leaves of a scenario that a random draw may change, with their ranges from the schema. */
export function changeableLeaves(scenario: Scenario): Leaf[] {
  const leaves: Leaf[] = [];
  for (const leaf of flattenScenario(scenario)) {
    // The trial count and seed are the run's, not the model's.
    if (leaf.path[0] === 'simulation' && leaf.path[1] !== 'years') continue;
    const schema = fieldSchemaAt(leaf.path, scenario);
    if (!schema) continue;
    const s = unwrap(schema) as z.ZodType & {
      minValue?: number | null;
      maxValue?: number | null;
      isInt?: boolean;
    };
    if (typeof leaf.value === 'boolean') leaves.push({ path: leaf.path, kind: 'boolean' });
    else if (typeof leaf.value === 'number' && s.minValue != null && s.maxValue != null)
      leaves.push({
        path: leaf.path,
        kind: 'number',
        min: s.minValue,
        max: s.maxValue,
        int: s.isInt === true,
      });
  }
  return leaves;
}

/** One change of a draw: which leaf, and where in its range (an end, or a point between). */
export type Change = { leaf: number; at: 'min' | 'max' | 'between'; u: number };

export const changesArbitrary = (leafCount: number) =>
  fc.array(
    fc.record({
      leaf: fc.nat({ max: leafCount - 1 }),
      at: fc.constantFrom('min' as const, 'max' as const, 'between' as const),
      u: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { minLength: 1, maxLength: 40 },
  );

function setAt(root: unknown, path: PathSegment[], value: unknown): void {
  let node = root as Record<PathSegment, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<PathSegment, unknown>;
  node[path.at(-1)!] = value;
}

/**
 * The base scenario with the changes applied, then the few cross-field rules a random draw breaks
 * put right (loss shares that add up to 1, investor shares at most 1, a life no shorter than the
 * investment period, arrivals within the work budget): a valid scenario, or null.
 */
export function changedScenario(
  base: Scenario,
  leaves: Leaf[],
  changes: Change[],
): Scenario | null {
  const s = structuredClone(base) as Scenario;
  for (const { leaf: index, at, u } of changes) {
    const leaf = leaves[index]!;
    if (leaf.kind === 'boolean') {
      setAt(s, leaf.path, u < 0.5);
      continue;
    }
    // Between the ends, log-uniform for wide positive ranges so that small values come up too.
    const wide = leaf.min >= 0 && leaf.max > 1000 * Math.max(1, leaf.min);
    let value =
      at === 'min'
        ? leaf.min
        : at === 'max'
          ? leaf.max
          : wide
            ? Math.max(
                leaf.min,
                Math.exp(
                  Math.log(Math.max(leaf.min, 1)) +
                    u * (Math.log(leaf.max) - Math.log(Math.max(leaf.min, 1))),
                ),
              )
            : leaf.min + u * (leaf.max - leaf.min);
    if (leaf.int) value = Math.round(value);
    setAt(s, leaf.path, value);
  }
  const g = s.fiscal.guarantee;
  const sum = g.guarantorShare + g.reGuarantorShare + g.bankShare + g.governmentShare;
  if (sum > 0) {
    g.guarantorShare /= sum;
    g.reGuarantorShare /= sum;
    g.governmentShare /= sum;
    g.bankShare = 1 - g.guarantorShare - g.reGuarantorShare - g.governmentShare;
  } else g.bankShare = 1;
  for (const group of ['angelFunds', 'techFunds', 'bankLinkedFunds'] as const)
    for (const f of s.funds[group]) {
      f.gpShare = Math.min(f.gpShare, 1 - f.guidanceFundShare);
      f.lifeYears = Math.max(f.lifeYears, f.investmentPeriodYears);
    }
  const seed = s.funds.seedFund;
  seed.lifeYears = Math.max(seed.lifeYears, seed.investmentPeriodYears);
  const arrivals = expectedArrivals(s);
  if (arrivals > MAX_EXPECTED_ARRIVALS)
    for (const stage of ['POC', 'ANGEL', 'EARLY'] as const)
      s.firms.arrivals[stage].meanPerQuarter *= (MAX_EXPECTED_ARRIVALS / arrivals) * 0.999;
  const parsed = parseScenario(s);
  return parsed.ok ? parsed.scenario : null;
}
