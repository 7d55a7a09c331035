import { exp } from '../../../src/engine/math/ieeeMath.ts';
import { describe, expect, it } from 'vitest';
import { ANGEL, EARLY, GROWTH, POC } from '../../../src/engine/firms/stageCode.ts';
import { scaleProbability } from '../../../src/engine/firms/hazardTable.ts';
import { normalCdf, normalQuantile } from '../../../src/engine/random/normalDistribution.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';
import { chiSquare, chiSquareCriticalValue001 } from '../random/goodnessOfFit.ts';
import {
  FAILED_OUT,
  GRADUATED,
  SOLD_OUT,
  STAYED,
  binomialZ,
  cohort,
  emptyTally,
  scenarioWith,
  stepCohort,
  type Tally,
} from './firmFixture.ts';

// The hazard tests use 20,000 firms per cohort and a fixed seed. Tolerances:
//  - each outcome count lies within 4 binomial standard errors of its expectation (a two-sided
//    normal tail of 6e-5 per count);
//  - the outcome counts pass Pearson's chi-square test against the multinomial at alpha = 0.001.
// Failures are drawn first (the copula); trade sale and graduation share one later draw and only
// happen to firms that did not fail, so per firm-quarter past the minimum time in stage:
//   P(fail) = p,  P(sold) = (1 − p)·s,  P(graduate) = (1 − p)·g,  P(stay) = (1 − p)(1 − s − g),
// i.e. s and g are the configured probabilities conditional on surviving the quarter.
const N = 20_000;
const Z_TOLERANCE = 4;
const STAGES = [
  ['POC', POC],
  ['ANGEL', ANGEL],
  ['EARLY', EARLY],
  ['GROWTH', GROWTH],
] as const;

/** ρ = 0: failures are independent of the cycle, so each firm-quarter fails with exactly p. */
const independent = scenarioWith({ firms: { failureCorrelation: 0 } });

type StageParams = Scenario['firms']['stages']['GROWTH'];

function outcomeProbabilities(fail: number, sale: number, graduate: number): number[] {
  const out: number[] = [];
  out[STAYED] = (1 - fail) * (1 - sale - graduate);
  out[FAILED_OUT] = fail;
  out[SOLD_OUT] = (1 - fail) * sale;
  out[GRADUATED] = (1 - fail) * graduate;
  return out;
}

/** Asserts the multinomial fit (chi-square) and each cell's binomial z-score. */
function expectOutcomes(counts: number[], probabilities: number[]): void {
  const n = counts.reduce((a, b) => a + b, 0);
  const { statistic, degreesOfFreedom } = chiSquare(counts, probabilities);
  expect(statistic).toBeLessThan(chiSquareCriticalValue001(degreesOfFreedom));
  counts.forEach((count, outcome) => {
    const p = probabilities[outcome]!;
    if (p === 0) expect(count).toBe(0);
    else expect(Math.abs(binomialZ(count, n, p))).toBeLessThan(Z_TOLERANCE);
  });
}

describe('scaleProbability(p, m): a quarterly probability scaled as a hazard', () => {
  it('is 1 − (1 − p)^m, leaves p at m = 1, composes, and stays within [0, 1]', () => {
    expect(scaleProbability(0.05, 1)).toBeCloseTo(0.05, 15);
    // 1 − 0.95² = 0.0975
    expect(scaleProbability(0.05, 2)).toBeCloseTo(0.0975, 15);
    // 1 − 0.9^0.5 = 0.0513167019…
    expect(scaleProbability(0.1, 0.5)).toBeCloseTo(1 - Math.sqrt(0.9), 15);
    expect(scaleProbability(scaleProbability(0.03, 1.7), 2.3)).toBeCloseTo(
      scaleProbability(0.03, 1.7 * 2.3),
      15,
    );
    expect(scaleProbability(0.3, 0)).toBe(0);
    expect(scaleProbability(0, 5)).toBe(0);
    expect(scaleProbability(1, 0.2)).toBe(1);
    expect(scaleProbability(0.9, 1e6)).toBeLessThanOrEqual(1);
  });
});

describe('enterStage fixes a firm’s quarterly probabilities for its stage', () => {
  it('scales graduation by exp(effect·q)·industry multiplier, failure likewise, and trade sales by their own quality effect and the industry’s graduation multiplier', () => {
    const scenario = scenarioWith({
      firms: {
        industries: [
          {
            id: 'plain',
            name: { zh: '甲', en: 'A' },
            weight: 1,
            graduationMultiplier: 1,
            failureMultiplier: 1,
          },
          {
            id: 'risky',
            name: { zh: '乙', en: 'B' },
            weight: 1,
            graduationMultiplier: 0.5,
            failureMultiplier: 2,
          },
        ],
      },
    });
    const qualities = [-2, -1, 0, 0.5, 1, 2.5];
    const c = cohort(scenario, qualities.length * 2, EARLY, 0, {
      quality: (f) => qualities[f % qualities.length]!,
      industry: (f) => (f < qualities.length ? 0 : 1),
    });
    const params = scenario.firms.stages.EARLY;
    for (let f = 0; f < c.firms.count; f++) {
      const q = c.firms.quality[f]!;
      const industry = scenario.firms.industries[c.firms.industry[f]!]!;
      expect(c.firms.graduationProbability[f]).toBe(
        scaleProbability(
          params.graduationPerQuarter,
          exp(params.graduationQualityEffect * q) * industry.graduationMultiplier,
        ),
      );
      expect(c.firms.failureThreshold[f]).toBe(
        normalQuantile(
          scaleProbability(
            params.failurePerQuarter,
            exp(params.failureQualityEffect * q) * industry.failureMultiplier,
          ),
        ),
      );
      // Trade sales move with the industry's graduation multiplier and their own quality effect.
      expect(c.firms.tradeSaleProbability[f]).toBe(
        scaleProbability(
          params.tradeSalePerQuarter,
          exp(params.tradeSaleQualityEffect * q) * industry.graduationMultiplier,
        ),
      );
    }
  });
});

describe('the hazard table a trial reads them from', () => {
  it('is exact at qualities on its nodes (multiples of 1/8) and within 0.05% of the formula between them', () => {
    const scenario = scenarioWith();
    const qualities = [-3.3, -1.77, -0.01, 0.0625, 0.3, 1.234, 2.9, 3.99];
    const c = cohort(scenario, qualities.length, GROWTH, 0, { quality: (f) => qualities[f]! });
    const params = scenario.firms.stages.GROWTH;
    for (let f = 0; f < qualities.length; f++) {
      const q = qualities[f]!;
      const graduation = scaleProbability(
        params.graduationPerQuarter,
        exp(params.graduationQualityEffect * q),
      );
      const failure = scaleProbability(
        params.failurePerQuarter,
        exp(params.failureQualityEffect * q),
      );
      expect(Math.abs(c.firms.graduationProbability[f]! / graduation - 1)).toBeLessThan(5e-4);
      // Compared as probabilities: Φ of the interpolated threshold.
      expect(Math.abs(normalCdf(c.firms.failureThreshold[f]!) / failure - 1)).toBeLessThan(5e-4);
    }
  });

  it('holds the ends beyond ±4 sd', () => {
    const scenario = scenarioWith();
    const c = cohort(scenario, 4, EARLY, 0, { quality: (f) => [-4, -6, 4, 7][f]! });
    expect(c.firms.failureThreshold[1]).toBe(c.firms.failureThreshold[0]);
    expect(c.firms.graduationProbability[3]).toBe(c.firms.graduationProbability[2]);
  });
});

describe('stepFirms: observed frequencies match the configured quarterly probabilities', () => {
  for (const [name, stage] of STAGES) {
    it(`${name}: failures at p from the first quarter; sales at (1 − p)s and graduations at (1 − p)g only after the minimum time in stage`, () => {
      const params: StageParams = independent.firms.stages[name];
      const minQuarters = params.minQuartersInStage;
      const c = cohort(independent, N, stage, 0, { seed: 11 + stage });
      const tally: Tally = emptyTally();
      // With ρ = 0 the cycle must not matter: a deep recession every quarter changes nothing.
      const cycleZ = -2;
      // Quarters 1 … min − 1: not yet eligible; quarters min … min + 3: eligible.
      for (let t = 1; t <= minQuarters + 3; t++) stepCohort(c, t, cycleZ, tally);

      // Nobody is sold or graduates before the minimum time in stage — neither the cohort nor
      // the firms that graduated into the next stage during the run.
      for (const byEligibility of tally) {
        expect(byEligibility[0]![SOLD_OUT]).toBe(0);
        expect(byEligibility[0]![GRADUATED]).toBe(0);
      }

      // Before the minimum time the only way out is failure, with probability p.
      const early = tally[stage]![0]!;
      const earlyN = early.reduce((a, b) => a + b, 0);
      expect(earlyN).toBeGreaterThan(N * (minQuarters - 1) * 0.8);
      expect(
        Math.abs(binomialZ(early[FAILED_OUT]!, earlyN, params.failurePerQuarter)),
      ).toBeLessThan(Z_TOLERANCE);

      // Past it: the full multinomial (four quarters pooled; each firm-quarter is one trial).
      const eligible = tally[stage]![1]!;
      expectOutcomes(
        eligible,
        outcomeProbabilities(
          params.failurePerQuarter,
          params.tradeSalePerQuarter,
          params.graduationPerQuarter,
        ),
      );
    });
  }

  it('with quality q = ±1, hazards move as scaleProbability(p, exp(effect·q)); trade sale does not move', () => {
    const params = independent.firms.stages.EARLY;
    const minQuarters = params.minQuartersInStage;
    for (const q of [1, -1]) {
      // Enter at quarter −min so that every quarter stepped (0 … 3) is past the minimum time.
      const c = cohort(independent, N, EARLY, -minQuarters, { quality: () => q, seed: 31 });
      const tally = emptyTally();
      for (let t = 0; t < 4; t++) stepCohort(c, t, 0, tally);
      const fail = scaleProbability(params.failurePerQuarter, exp(params.failureQualityEffect * q));
      const graduate = scaleProbability(
        params.graduationPerQuarter,
        exp(params.graduationQualityEffect * q),
      );
      // At the default effects (±0.4 per sd): q = +1 fails at 2.37% (not 3.5%) and graduates
      // at 8.82% (not 6%); q = −1 fails at 5.17% and graduates at 4.07%.
      expectOutcomes(
        tally[EARLY]![1]!,
        outcomeProbabilities(fail, params.tradeSalePerQuarter, graduate),
      );
      // The shift is large enough that the unscaled probabilities fail the same test.
      const base = outcomeProbabilities(
        params.failurePerQuarter,
        params.tradeSalePerQuarter,
        params.graduationPerQuarter,
      );
      const { statistic, degreesOfFreedom } = chiSquare(tally[EARLY]![1]!, base);
      expect(statistic).toBeGreaterThan(chiSquareCriticalValue001(degreesOfFreedom));
    }
  });
});
