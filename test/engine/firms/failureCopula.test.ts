import { describe, expect, it } from 'vitest';
import { drawEconomyPath } from '../../../src/engine/economy/economyPath.ts';
import { POC } from '../../../src/engine/firms/stageCode.ts';
import { EVENT_FAILED, stepFirms } from '../../../src/engine/firms/firmFates.ts';
import { createStream } from '../../../src/engine/random/stream.ts';
import { correlation } from '../random/goodnessOfFit.ts';
import { cohort, scenarioWith } from './firmFixture.ts';
import {
  Z_999,
  bivariateNormalCdfDiagonal,
  chiSquareQuantile,
  conditionalFailureProbability,
  quarterlyFailureLaw,
} from './vasicek.ts';

// A homogeneous book of N firms, each failing in a quarter with p = 5% at the copula threshold
// Φ⁻¹(p), is stepped through T quarters whose cycle factor Z_t is the engine's own economy path
// (persistence 0: Z_t iid N(0, 1)). A firm that fails is put straight back, so every quarter
// N firms are at risk and the quarter's failure rate is x_t / N. Each firm keeps drawing from its
// own stream, so every firm-quarter has fresh idiosyncratic draws.
//
// Theory (MODEL.md, Firms: "on a large homogeneous book this reproduces the Vasicek loss
// distribution; it must"): given Z_t = z the firms fail independently with
//   p(z) = Φ((Φ⁻¹(p) − √ρ·z) / √(1 − ρ)),
// so x_t ~ Binomial(N, p(Z_t)), E[x_t/N] = p, and
//   Var(x_t/N) = Φ₂(Φ⁻¹p, Φ⁻¹p; ρ) − p²  +  E[p(Z)(1 − p(Z))]/N,
// the Vasicek variance plus binomial noise. At ρ = 0.3 that is ~1000 times the binomial
// variance p(1 − p)/N of independent failures; at ρ = 0 it is exactly the binomial variance.
//
// Tolerances: chi-square dispersion tests at alpha = 0.001 in each tail (Wilson–Hilferty
// quantiles); means, variances and correlations within 4 asymptotic standard errors.
const N = 10_000;
const T = 400;
const P = 0.05;

type Book = { rate: Float64Array; failures: Float64Array; cycleZ: Float64Array };

/** Runs the book for T quarters at correlation `rho`; returns each quarter's failures and Z_t. */
function runBook(rho: number, seed: number): Book {
  const scenario = scenarioWith({
    simulation: { seed },
    economy: { cycle: { persistence: 0 } },
    firms: {
      failureCorrelation: rho,
      // Failures only: POC has no trade sale, and no graduation here.
      stages: { POC: { failurePerQuarter: P, graduationPerQuarter: 0 } },
    },
  });
  const { cycleZ } = drawEconomyPath(scenario.economy, T, createStream(seed, 0, 'economy'));
  const c = cohort(scenario, N, POC, 0, { seed });
  const failures = new Float64Array(T);
  const rate = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    c.events.count = 0;
    stepFirms(c.firms, c.live, N, t, cycleZ[t]!, scenario, c.key, c.hazards, c.events);
    failures[t] = c.events.count;
    rate[t] = c.events.count / N;
    // Put the failed firms back: the book stays N firms strong.
    for (let e = 0; e < c.events.count; e++) c.firms.stage[c.events.firm[e]!] = POC;
  }
  return { rate, failures, cycleZ };
}

function meanOf(xs: Float64Array): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function varianceOf(xs: Float64Array): number {
  const m = meanOf(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}

/** Σ (x_t − N·p_t)² / (N·p_t(1 − p_t)): chi-square with T degrees of freedom if x_t ~ Bin(N, p_t). */
function dispersion(failures: Float64Array, probabilities: (t: number) => number): number {
  let sum = 0;
  for (let t = 0; t < failures.length; t++) {
    const p = probabilities(t);
    sum += (failures[t]! - N * p) ** 2 / (N * p * (1 - p));
  }
  return sum;
}

const lowerCritical = chiSquareQuantile(T, -Z_999);
const upperCritical = chiSquareQuantile(T, Z_999);

describe('the numerical integration behind the Vasicek law', () => {
  it('reproduces Φ₂(0, 0; ρ) = 1/4 + asin(ρ)/(2π) and Φ₂(a, a; 0) = Φ(a)²', () => {
    for (const rho of [0.05, 0.3, 0.7]) {
      expect(bivariateNormalCdfDiagonal(0, rho)).toBeCloseTo(
        0.25 + Math.asin(rho) / (2 * Math.PI),
        10,
      );
    }
    expect(bivariateNormalCdfDiagonal(-1.6448536269514722, 0)).toBeCloseTo(0.05 ** 2, 10);
  });
});

describe('stepFirms: copula failures (one-factor Gaussian, MODEL.md Firms)', () => {
  it('with ρ = 0.3, failures cluster in bad quarters and the failure rate follows the Vasicek law', () => {
    const rho = 0.3;
    const { rate, failures, cycleZ } = runBook(rho, 7);
    const law = quarterlyFailureLaw(P, rho, N);

    // Given Z_t, x_t is Binomial(N, p(Z_t)): the copula threshold and the √ρ, √(1−ρ) weights
    // are right quarter by quarter, not only on average.
    const conditional = dispersion(failures, (t) =>
      conditionalFailureProbability(P, rho, cycleZ[t]!),
    );
    expect(conditional).toBeGreaterThan(lowerCritical);
    expect(conditional).toBeLessThan(upperCritical);

    // The unconditional mean is still p (the copula moves the timing of failures, not their
    // rate): within 4 standard errors sqrt(Var/T) ≈ 4 × 0.0034.
    expect(Math.abs(meanOf(rate) - P)).toBeLessThan(4 * Math.sqrt(law.variance / T));

    // The variance is the Vasicek one (~0.00463 at p = 5%, ρ = 0.3), within 4 standard errors of
    // a sample variance, sqrt((mu4 − sigma⁴)/T) (the rate is skewed: kurtosis ~14.5, so this is
    // ~18% of the variance at T = 400).
    const sampleVariance = varianceOf(rate);
    const varianceSe = Math.sqrt((law.fourthCentralMoment - law.vasicekVariance ** 2) / T);
    expect(Math.abs(sampleVariance - law.variance)).toBeLessThan(4 * varianceSe);

    // ... which is far above the binomial variance p(1 − p)/N of independent failures (~1000×),
    // and the overdispersion test against the independent model rejects it by far.
    const binomialVariance = (P * (1 - P)) / N;
    expect(sampleVariance / binomialVariance).toBeGreaterThan(100);
    expect(dispersion(failures, () => P)).toBeGreaterThan(100 * upperCritical);

    // Failures cluster in bad quarters: Corr(Z_t, rate_t) ≈ −0.83, strongly negative, within 4
    // delta-method standard errors of the theoretical value.
    const r = correlation(cycleZ, rate);
    expect(law.correlationWithZ).toBeLessThan(-0.8);
    expect(r).toBeLessThan(-0.7);
    expect(Math.abs(r - law.correlationWithZ)).toBeLessThan(
      4 * Math.sqrt(law.correlationAsymptoticVariance / T),
    );
  });

  it('with ρ = 0, the failure rate is uncorrelated with Z_t and its variance is binomial', () => {
    const { rate, failures, cycleZ } = runBook(0, 8);

    // Binomial dispersion test: Σ (x_t − Np)²/(Np(1 − p)) ~ χ²_T, neither over- nor under-
    // dispersed at alpha = 0.001 in each tail.
    const statistic = dispersion(failures, () => P);
    expect(statistic).toBeGreaterThan(lowerCritical);
    expect(statistic).toBeLessThan(upperCritical);

    // Under independence the sample correlation has standard error 1/√T = 0.05.
    const r = correlation(cycleZ, rate);
    expect(Math.abs(r) * Math.sqrt(T)).toBeLessThan(4);

    // And the mean is p within 4 binomial standard errors of the mean of T quarters.
    expect(Math.abs(meanOf(rate) - P)).toBeLessThan(4 * Math.sqrt((P * (1 - P)) / N / T));
  });

  it('fails a firm exactly when √ρ·Z + √(1−ρ)·e < Φ⁻¹(p): a firm-quarter count in a fixed quarter', () => {
    // One quarter of 20,000 firms at a fixed deep recession Z = −2, ρ = 0.3: each fails with
    // p(−2) = Φ((Φ⁻¹(0.05) + 2√0.3)/√0.7) ≈ 0.2375, a binomial count within 4 standard errors.
    const rho = 0.3;
    const scenario = scenarioWith({
      firms: {
        failureCorrelation: rho,
        stages: { POC: { failurePerQuarter: P, graduationPerQuarter: 0 } },
      },
    });
    const n = 20_000;
    for (const [z, seed] of [
      [-2, 21],
      [0, 22],
      [1.5, 23],
    ] as const) {
      const c = cohort(scenario, n, POC, 0, { seed });
      stepFirms(c.firms, c.live, n, 1, z, scenario, c.key, c.hazards, c.events);
      const pz = conditionalFailureProbability(P, rho, z);
      const failed = c.events.count;
      expect(Math.abs(failed - n * pz) / Math.sqrt(n * pz * (1 - pz))).toBeLessThan(4);
      for (let e = 0; e < failed; e++) expect(c.events.kind[e]).toBe(EVENT_FAILED);
    }
  });
});
