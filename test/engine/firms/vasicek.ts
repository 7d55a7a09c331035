// The large-book law of the one-factor Gaussian copula (Vasicek), by numerical integration over
// the factor Z ~ N(0, 1), for the copula tests. Only normalCdf and normalQuantile come from the
// engine; they have their own fixture tests.
import { normalCdf, normalQuantile } from '../../../src/engine/random/normalDistribution.ts';

/**
 * p(z) = P(√ρ·z + √(1−ρ)·e < Φ⁻¹(p)) = Φ((Φ⁻¹(p) − √ρ·z) / √(1−ρ)): the failure probability of
 * every firm in a quarter whose cycle factor is z.
 */
export function conditionalFailureProbability(p: number, rho: number, z: number): number {
  return normalCdf((normalQuantile(p) - Math.sqrt(rho) * z) / Math.sqrt(1 - rho));
}

/** E[f(Z)] for Z ~ N(0, 1), by Simpson's rule on [−10, 10] with 4000 intervals. */
export function normalExpectation(f: (z: number) => number): number {
  const intervals = 4000;
  const lo = -10;
  const h = 20 / intervals;
  let sum = 0;
  for (let i = 0; i <= intervals; i++) {
    const z = lo + i * h;
    const weight = i === 0 || i === intervals ? 1 : i % 2 === 1 ? 4 : 2;
    sum += (weight * f(z) * Math.exp(-0.5 * z * z)) / Math.sqrt(2 * Math.PI);
  }
  return (sum * h) / 3;
}

/**
 * Φ₂(a, a; ρ), the bivariate normal distribution function at (a, a) with correlation ρ: two firms
 * fail together when both latent variables are below a, and given Z they are independent, so
 * Φ₂(a, a; ρ) = E[Φ((a − √ρ·Z)/√(1−ρ))²].
 */
export function bivariateNormalCdfDiagonal(a: number, rho: number): number {
  return normalExpectation((z) => normalCdf((a - Math.sqrt(rho) * z) / Math.sqrt(1 - rho)) ** 2);
}

export type QuarterlyFailureLaw = {
  /** E[rate] = p. */
  mean: number;
  /** Var[rate] = Φ₂(Φ⁻¹p, Φ⁻¹p; ρ) − p² (Vasicek) + E[p(Z)(1 − p(Z))]/N (binomial noise). */
  variance: number;
  /** The Vasicek part alone (the limit of an infinitely large book). */
  vasicekVariance: number;
  /** E[(rate − p)^4] of the Vasicek part, for the standard error of a sample variance. */
  fourthCentralMoment: number;
  /** Corr(Z, rate). */
  correlationWithZ: number;
  /** Asymptotic n·Var of the sample correlation of (Z, rate) (delta method, non-normal data). */
  correlationAsymptoticVariance: number;
};

/** The law of the share of a book of `n` firms (each failing with p) that fails in a quarter. */
export function quarterlyFailureLaw(p: number, rho: number, n: number): QuarterlyFailureLaw {
  const pz = (z: number) => conditionalFailureProbability(p, rho, z);
  const a = normalQuantile(p);
  const vasicekVariance = bivariateNormalCdfDiagonal(a, rho) - p * p;
  const binomialNoise = normalExpectation((z) => pz(z) * (1 - pz(z))) / n;
  const variance = vasicekVariance + binomialNoise;
  const sd = Math.sqrt(variance);
  const fourthCentralMoment = normalExpectation((z) => (pz(z) - p) ** 4);
  const r = normalExpectation((z) => z * (pz(z) - p)) / sd;
  // Standardised mixed moments mu_ij = E[X^i Y^j], X = Z, Y = (p(Z) − p)/sd (the binomial noise
  // is a thousandth of the variance here, and left out), in the delta-method variance of r:
  //   n·Var(r) ≈ (r²/4)(mu40 + 2·mu22 + mu04) − r(mu31 + mu13) + mu22,
  // which is (1 − r²)² for bivariate normal data.
  const mu = (i: number, j: number) => normalExpectation((z) => z ** i * ((pz(z) - p) / sd) ** j);
  const correlationAsymptoticVariance =
    (r * r * (3 + 2 * mu(2, 2) + mu(0, 4))) / 4 - r * (mu(3, 1) + mu(1, 3)) + mu(2, 2);
  return {
    mean: p,
    variance,
    vasicekVariance,
    fourthCentralMoment,
    correlationWithZ: r,
    correlationAsymptoticVariance,
  };
}

/** The chi-square quantile with `k` degrees of freedom at standard normal quantile `z` (Wilson–Hilferty). */
export function chiSquareQuantile(k: number, z: number): number {
  const c = 2 / (9 * k);
  return k * (1 - c + z * Math.sqrt(c)) ** 3;
}

/** Φ⁻¹(0.999): a one-sided tail of 0.001. */
export const Z_999 = 3.090232306167813;
