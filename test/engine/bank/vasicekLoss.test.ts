import { describe, expect, it } from 'vitest';
import { createBankState, ensureFirmRoom } from '../../../src/engine/bank/bankContext.ts';
import { appendLoan, NON_PERFORMING, resetLoanBook } from '../../../src/engine/bank/loanBook.ts';
import { serviceLoans } from '../../../src/engine/bank/servicing.ts';
import { createChainContext } from '../../../src/engine/chain/chainContext.ts';
import { drawEconomyPath } from '../../../src/engine/economy/economyPath.ts';
import { stepFirms } from '../../../src/engine/firms/firmFates.ts';
import { POC } from '../../../src/engine/firms/stageCode.ts';
import { normalCdf, normalQuantile } from '../../../src/engine/random/normalDistribution.ts';
import { counterKey } from '../../../src/engine/random/counterDraws.ts';
import { createStream } from '../../../src/engine/random/stream.ts';
import { cohort, scenarioWith } from '../firms/firmFixture.ts';
import { quarterlyFailureLaw } from '../firms/vasicek.ts';

// A large homogeneous book: N firms, each with quarterly failure probability p at the copula
// threshold Φ⁻¹(p), each holding one loan of the same principal, LGD 100%. One trial is one
// quarter: the cycle factor Z is the first quarter's Z of that trial's own economy stream (as
// `simulateTrial` draws it), `stepFirms` decides the failures, `serviceLoans` defaults the loans
// of the failed firms, and the loss rate is defaulted principal ÷ principal.
//
// Vasicek (MODEL.md, Firms: "on a large homogeneous book this reproduces the Vasicek loss
// distribution; it must"): as N → ∞ the loss rate is p(Z) = Φ((Φ⁻¹p − √ρ·Z)/√(1−ρ)), decreasing
// in Z, so its α-quantile is p(Φ⁻¹(1−α)) = Φ((Φ⁻¹p + √ρ·Φ⁻¹α)/√(1−ρ)).
//
// Tolerance. Read on the factor scale: the quantile of the loss rate is p(−ẑ) for some ẑ, and
// Vasicek says ẑ = z_α = Φ⁻¹α. The simulated ẑ differs from z_α by
//  - the sampling error of a quantile of T draws: sd √(α(1−α)/T) / φ(z_α) (0.028 at the median,
//    0.083 at α = 0.99 for T = 2,000);
//  - the finite-N binomial noise: given Z the loss rate is Binomial(N, p(Z))/N, about p(Z + δ)
//    with δ of sd s = √(x(1−x)/N) / |dp/dz| at the quantile x (0.03 to 0.18 here). Symmetric
//    noise on the factor widens it to √(1 + s²) and moves the α-quantile by about z_α·s²/2; skew
//    and the change of s with z are of the same order, so we allow s²;
//  - the lattice: a loss rate is a multiple of 1/N, at most 1/N ÷ |dp/dz| on the factor scale.
// The band is 4 sampling sds + s² + the lattice step, mapped back through the Vasicek quantile
// function (monotone), so the assertion compares loss-rate quantiles directly. A book that
// weighted Z by ρ instead of √ρ, or ignored Z, would miss the 0.99 quantile by more than 10 sds.
const TRIALS = 2000;
const N = 5000;
const SEED = 1999;
const PRINCIPAL_CNY = 1_000_000;

function density(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** The Vasicek loss-rate quantile at factor level z (z = Φ⁻¹α gives the α-quantile). */
function vasicekAtFactor(p: number, rho: number, z: number): number {
  return normalCdf((normalQuantile(p) + Math.sqrt(rho) * z) / Math.sqrt(1 - rho));
}

/** The loss rate of each of TRIALS one-quarter trials of the book. */
function simulatedLossRates(p: number, rho: number): Float64Array {
  const scenario = scenarioWith({
    simulation: { seed: SEED },
    economy: { cycle: { persistence: 0 }, lpr1y: [{ fromQuarter: 0, ratePerYear: 0 }] },
    firms: { failureCorrelation: rho },
    bank: {
      linkageLoan: {
        spreadOverLprPerYear: 0,
        preferentialDiscountPerYear: 0,
        lossGivenDefaultShare: 1,
      },
    },
    fiscal: { riskCompensation: { enabled: false } },
  });
  // Every trial has its own counter key, so fresh idiosyncratic terms, as a trial of a run does.
  const book = cohort(scenario, N, POC, 0, { seed: SEED });
  const threshold = normalQuantile(p);
  for (let f = 0; f < N; f++) {
    book.firms.failureThreshold[f] = threshold;
    // Nothing but failures: no graduation, no trade sale.
    book.firms.graduationProbability[f] = 0;
    book.firms.tradeSaleProbability[f] = 0;
  }
  const ctx = createChainContext(scenario);
  ctx.firms = book.firms;
  const bank = createBankState(ctx, 4);
  ensureFirmRoom(bank, N);
  const rates = new Float64Array(TRIALS);
  for (let trial = 0; trial < TRIALS; trial++) {
    const path = drawEconomyPath(scenario.economy, 1, createStream(SEED, trial, 'economy'));
    book.key = counterKey(SEED, trial);
    resetLoanBook(bank.book);
    for (let f = 0; f < N; f++) {
      book.firms.stage[f] = POC;
      appendLoan(bank.book, 'linkageLoan', f, PRINCIPAL_CNY, 0, 12);
    }
    book.events.count = 0;
    stepFirms(
      book.firms,
      book.live,
      N,
      1,
      path.cycleZ[0]!,
      scenario,
      book.key,
      book.hazards,
      book.events,
    );
    // Interest is zero (LPR 0, no spread), so servicing posts nothing: it only marks defaults.
    serviceLoans(ctx, bank, 1, path.cycleZ[0]!);
    let defaulted = 0;
    for (let i = 0; i < N; i++)
      if (bank.book.status[i] === NON_PERFORMING) defaulted += bank.book.exposureCNY[i]!;
    expect(defaulted).toBe(book.events.count * PRINCIPAL_CNY);
    rates[trial] = defaulted / (N * PRINCIPAL_CNY);
  }
  return rates;
}

describe(`loss rate of a homogeneous book (${TRIALS} trials × ${N} firms, LGD 100%)`, () => {
  it.each([
    [0.01, 0.1],
    [0.02, 0.2],
    [0.05, 0.3],
  ])('follows the Vasicek distribution at p = %d, ρ = %d', (p, rho) => {
    const rates = simulatedLossRates(p, rho);
    // The mean is p, within 4 standard errors of the mean of T loss rates (Vasicek variance plus
    // binomial noise, from the firm tests' helper).
    const mean = rates.reduce((a, b) => a + b, 0) / TRIALS;
    const law = quarterlyFailureLaw(p, rho, N);
    expect(Math.abs(mean - p)).toBeLessThan(4 * Math.sqrt(law.variance / TRIALS));

    const sorted = rates.slice().sort();
    for (const alpha of [0.5, 0.9, 0.99]) {
      const z = normalQuantile(alpha);
      const expected = vasicekAtFactor(p, rho, z);
      const simulated = sorted[Math.ceil(alpha * TRIALS) - 1]!;
      const arg = (normalQuantile(p) + Math.sqrt(rho) * z) / Math.sqrt(1 - rho);
      const slope = density(arg) * Math.sqrt(rho / (1 - rho));
      const samplingSd = Math.sqrt((alpha * (1 - alpha)) / TRIALS) / density(z);
      const binomialSd = Math.sqrt((expected * (1 - expected)) / N) / slope;
      const band = 4 * samplingSd + binomialSd ** 2 + 1 / N / slope;
      const lo = vasicekAtFactor(p, rho, z - band);
      const hi = vasicekAtFactor(p, rho, z + band);
      const what = `α = ${alpha}: simulated ${simulated}, Vasicek ${expected.toFixed(5)}`;
      expect(simulated, what).toBeGreaterThanOrEqual(lo);
      expect(simulated, what).toBeLessThanOrEqual(hi);
    }
  });
});
