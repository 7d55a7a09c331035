/**
 * Data and assertions shared by the aggregation specs.
 */

import { expect } from 'vitest';
import { quantileRank } from '../../../src/engine/aggregate/quantileSketch.ts';
import { mulberry32, normal, pareto } from './prng.ts';

export { mulberry32, normal, pareto };

export function sample(n: number, draw: () => number): number[] {
  return Array.from({ length: n }, draw);
}

/** The q-quantile of `values` by the rank rule of the sketch, from a full sort. */
export function exactQuantile(sorted: readonly number[], q: number): number {
  return sorted[quantileRank(q, sorted.length) - 1]!;
}

export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * Asserts that two results are the same bit for bit: equal shape, and every number equal by
 * Object.is (so NaN matches NaN, and 0 does not match −0), typed arrays included.
 */
export function expectBitIdentical(actual: unknown, expected: unknown, path = 'result') {
  if (typeof expected === 'number') {
    if (!Object.is(actual, expected)) {
      expect.fail(`${path}: ${String(actual)} is not bit-identical to ${expected}`);
    }
    return;
  }
  if (ArrayBuffer.isView(expected) || Array.isArray(expected)) {
    const want = expected as ArrayLike<unknown>;
    const got = actual as ArrayLike<unknown>;
    expect(got.constructor, `${path} type`).toBe(want.constructor);
    expect(got.length, `${path} length`).toBe(want.length);
    for (let i = 0; i < want.length; i++) expectBitIdentical(got[i], want[i], `${path}[${i}]`);
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    const want = expected as Record<string, unknown>;
    const got = actual as Record<string, unknown>;
    expect(Object.keys(got).sort(), `${path} keys`).toEqual(Object.keys(want).sort());
    for (const key of Object.keys(want)) expectBitIdentical(got[key], want[key], `${path}.${key}`);
    return;
  }
  expect(actual, path).toBe(expected);
}

/**
 * One synthetic trial, a pure function of its index (as a real trial is of (seed, trial)):
 * a lognormal multiple, an IRR that is undefined in about one trial in eight, a mixed-sign
 * loss with exact zeros, and a 20-quarter NAV path with a NaN now and then.
 */
export function syntheticTrial(trial: number): {
  metrics: Record<string, number>;
  series: Record<string, Float64Array>;
} {
  const rng = mulberry32(0x9e3779b9 ^ Math.imul(trial + 1, 0x85ebca6b));
  const tvpi = Math.exp(0.1 + 0.8 * normal(rng));
  const irr = rng() < 0.125 ? NaN : 0.08 + 0.15 * normal(rng);
  const u = rng();
  const lossCNY = u < 0.3 ? 0 : u < 0.5 ? -1e6 * pareto(rng, 1.5) : 2e5 * Math.exp(normal(rng));
  const nav = new Float64Array(20);
  let level = 1e8;
  for (let t = 0; t < nav.length; t++) {
    level *= Math.exp(0.02 + 0.1 * normal(rng));
    nav[t] = rng() < 0.01 ? NaN : level;
  }
  const metrics: Record<string, number> = { tvpi, irr, lossCNY };
  // A metric some trials do not report at all: missing counts as undefined.
  if (trial % 5 !== 2) metrics['exitQuarter'] = Math.floor(rng() * 40);
  return { metrics, series: { navCNY: nav } };
}
