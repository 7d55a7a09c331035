import { describe, expect, it } from 'vitest';
import { bankMetrics, nplRatioByYear } from '../../../src/engine/bank/bankMetrics.ts';
import { originateLoans } from '../../../src/engine/bank/origination.ts';
import { EARLY } from '../../../src/engine/firms/stageCode.ts';
import { simulateTrial } from '../../../src/engine/index.ts';
import { addFirm, postingsOfKind, scriptDraw } from '../chain/fixture.ts';
import { defaultScenario } from '../defaultScenario.ts';
import { bankChain, failFirm, service } from './bankFixture.ts';
import { DRAW } from '../../../src/engine/random/counterDraws.ts';

/**
 * Two EARLY firms with 80 points and a one-year 10M innovation-points loan each (the only product
 * on offer), signed in quarter 0; normal approval share 0.8. In quarter 4 the loans mature and are
 * repaid; the bank is over its tolerance (approvals × 0 under 'stop'). Both firms draw u = 0.5.
 */
function maturingLoans(responseCutsRenewals: boolean) {
  const { ctx, bank } = bankChain({
    bank: {
      ipPledgeLoan: { enabled: false },
      innovationPointsLoan: { termYears: 1, eligibleStages: ['EARLY'] },
      approvalShare: 0.8,
      tolerance: { response: { rule: 'stop' }, responseCutsRenewals },
    },
  });
  const firms = [0, 1].map(() =>
    addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000, points: 80 }),
  );
  for (const firm of firms) scriptDraw(ctx, firm, DRAW.bank, 0.5);
  originateLoans(ctx, bank, Int32Array.from(firms), 2, 0);
  // A third firm applies for the first time in quarter 4.
  const newcomer = addFirm(ctx, {
    stage: EARLY,
    postMoneyCNY: 100_000_000,
    points: 80,
    quarter: 4,
  });
  scriptDraw(ctx, newcomer, DRAW.bank, 0.5);
  for (let t = 1; t <= 4; t++) service(ctx, bank, t);
  bank.approvalFactor = 0;
  originateLoans(ctx, bank, Int32Array.of(...firms, newcomer), 3, 4);
  const signedIn4 = [];
  for (let i = 0; i < bank.book.count; i++)
    if (bank.book.startQuarter[i] === 4)
      signedIn4.push([bank.book.firm[i], bank.book.renewal[i], bank.book.principalCNY[i]]);
  return { ctx, bank, firms, newcomer, signedIn4 };
}

describe('renewals under the stop response', () => {
  it('rolls over performing loans that mature, at the normal approval share, and stops new money', () => {
    const { firms, signedIn4, bank, ctx } = maturingLoans(false);
    // Both maturing loans were repaid in quarter 4 …
    expect(postingsOfKind(ctx, 'repayment').map((p) => [p.quarter, p.amountCNY])).toEqual([
      [4, 10_000_000],
      [4, 10_000_000],
    ]);
    // … and renewed the same quarter (u = 0.5 < 0.8); the newcomer gets nothing.
    expect(signedIn4).toEqual([
      [firms[0], 1, 10_000_000],
      [firms[1], 1, 10_000_000],
    ]);
    const m = bankMetrics(ctx.ledger, bank, 8, ctx.scenario.bank);
    expect(m['bank.loansCNY']).toBe(40_000_000);
    expect(m['bank.renewalsCNY']).toBe(20_000_000);
    expect(m['bank.newMoneyLoansCNY']).toBe(20_000_000);
  });

  it('cuts renewals too when the scenario says the response does', () => {
    expect(maturingLoans(true).signedIn4).toEqual([]);
  });
});

describe('write-offs', () => {
  it('post each loss with kind `loss`, from the firm account to writeOffs', () => {
    // A 10M one-year loan; the firm fails in quarter 2; written off two quarters later at LGD 60%.
    const { ctx, bank } = bankChain({
      bank: {
        ipPledgeLoan: { enabled: false },
        innovationPointsLoan: { eligibleStages: ['EARLY'] },
        tolerance: { nonPerformingQuarters: 2 },
      },
    });
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000, points: 85 });
    scriptDraw(ctx, firm, DRAW.bank, 0);
    originateLoans(ctx, bank, Int32Array.of(firm), 1, 0);
    service(ctx, bank, 1);
    failFirm(ctx, firm, 2);
    for (let t = 2; t <= 4; t++) service(ctx, bank, t);
    expect(postingsOfKind(ctx, 'loss')).toEqual([
      { quarter: 4, from: 'firm', to: 'writeOffs', amountCNY: 6_000_000, firm },
    ]);
    expect(postingsOfKind(ctx, 'repayment').map((p) => p.amountCNY)).toEqual([4_000_000]);
  });

  it('on the default scenario, sum to the book’s losses', () => {
    const scenario = defaultScenario();
    for (const trial of [0, 1]) {
      const result = simulateTrial(scenario, trial);
      let lossFen = 0;
      const { ledger } = result;
      for (let i = 0; i < ledger.count; i++)
        if (ledger.to[i] === ledger.indexById.get('writeOffs')) lossFen += ledger.amountFen[i]!;
      expect(lossFen / 100).toBeCloseTo(result.metrics['bank.lossCNY']!, 2);
    }
  });
});

describe('NPL measures a reader can trust', () => {
  // Eight quarter-ends (CNY M), tau 4.5%, reporting minimum 100M:
  //   book  0   50  200  200  400  400  20  10
  //   NPL   0   25    5   20   20   40  10  10
  //   ratio 0  .5  .025  .1  .05   .1  .5   1
  const BOOK = [0, 50, 200, 200, 400, 400, 20, 10];
  const NPL = [0, 25, 5, 20, 20, 40, 10, 10];
  function measured() {
    const { ctx, bank } = bankChain({
      bank: { reporting: { minBookCNY: 100_000_000 }, tolerance: { nplToleranceShare: 0.045 } },
    });
    const QUARTERS = 8;
    bank.bookCNY = Float64Array.from(BOOK, (m) => m * 1e6);
    bank.nonPerformingCNY = Float64Array.from(NPL, (m) => m * 1e6);
    bank.nplRatio = Float64Array.from(BOOK, (b, t) => (b > 0 ? NPL[t]! / b : 0));
    bank.quartersAboveTolerance = Array.from(bank.nplRatio).filter((r) => r > 0.045).length;
    return { m: bankMetrics(ctx.ledger, bank, QUARTERS, ctx.scenario.bank), bank };
  }

  it('weights the NPL ratio by exposure: Σ NPL ÷ Σ book', () => {
    // 130 / 1,280.
    expect(measured().m['bank.nplRatioExposureWeighted']).toBeCloseTo(130 / 1280, 12);
  });

  it('takes the peak and the median only over quarters whose book is at least the minimum', () => {
    // Books ≥ 100M: ratios .025, .1, .05, .1 → peak .1 (not the 1.0 of a 10M book); lower
    // median of [.025, .05, .1, .1] = .05.
    const { m } = measured();
    expect(m['bank.nplRatioPeak']).toBeCloseTo(0.1, 12);
    expect(m['bank.nplRatioMedian']).toBeCloseTo(0.05, 12);
  });

  it('gives the share of quarters above tau over the quarters with a book', () => {
    // Above 4.5%: .5, .1, .05, .1, .5, 1 — 6 of the 7 quarters with a book.
    const { m } = measured();
    expect(m['bank.quartersAboveTolerance']).toBe(6);
    expect(m['bank.shareOfQuartersAboveTolerance']).toBeCloseTo(6 / 7, 12);
  });

  it('gives the exposure-weighted ratio of each year', () => {
    // Year 1: 50 / 450; year 2: 80 / 830.
    const byYear = nplRatioByYear(measured().bank, 8);
    expect(Array.from(byYear)).toEqual([50 / 450, 80 / 830]);
  });
});
