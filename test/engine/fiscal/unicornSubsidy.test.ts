import { describe, expect, it } from 'vitest';
import { NON_PERFORMING } from '../../../src/engine/bank/loanBook.ts';
import { originateLoans } from '../../../src/engine/bank/origination.ts';
import { GROWTH, LISTED } from '../../../src/engine/firms/stageCode.ts';
import { isUnicorn, payUnicornSubsidies } from '../../../src/engine/fiscal/unicornSubsidy.ts';
import { addFirm, postingsOfKind } from '../chain/fixture.ts';
import { bankChain } from '../bank/bankFixture.ts';

/** USD 500M at 7.1 CNY/USD: the CNY valuation a (potential) unicorn must reach. */
const THRESHOLD_CNY = 500_000_000 * 7.1;

describe('isUnicorn: at most 10 years old, unlisted, valued at USD 500M or more', () => {
  it.each([
    // [age at arrival, quarters since, post-money CNY, stage, unicorn?]
    [10, 0, 4e9, GROWTH, true],
    // 10 + 1/4: too old.
    [10, 1, 4e9, GROWTH, false],
    [9.5, 2, 4e9, GROWTH, true],
    [9.5, 3, 4e9, GROWTH, false],
    // CNY 3.55 billion and up.
    [5, 0, THRESHOLD_CNY, GROWTH, true],
    [5, 0, 3.54e9, GROWTH, false],
    // A listed firm is no longer a candidate.
    [5, 0, 4e9, LISTED, false],
  ])(
    'a firm aged %d at arrival, %d quarters on, valued %d CNY, at stage %d: %s',
    (age, quartersOn, postMoneyCNY, stage, expected) => {
      const { ctx } = bankChain();
      const firm = addFirm(ctx, { stage: GROWTH, postMoneyCNY, quarter: 4 });
      ctx.firms.ageAtArrivalYears[firm] = age;
      ctx.firms.stage[firm] = stage;
      expect(isUnicorn(ctx, firm, 4 + quartersOn)).toBe(expected);
    },
  );

  it('converts the USD threshold at the scenario’s exchange rate, and is off when switched off', () => {
    // At 7.2 CNY/USD the threshold is CNY 3.6 billion: 3.56 billion no longer qualifies.
    const at72 = bankChain({ fiscal: { unicornInterestSubsidy: { usdCnyRate: 7.2 } } }).ctx;
    const off = bankChain({ fiscal: { unicornInterestSubsidy: { enabled: false } } }).ctx;
    for (const [ctx, expected] of [
      [at72, false],
      [off, false],
      [bankChain().ctx, true],
    ] as const) {
      const firm = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 3.56e9 });
      ctx.firms.ageAtArrivalYears[firm] = 5;
      expect(isUnicorn(ctx, firm, 0)).toBe(expected);
    }
  });
});

/**
 * A white-listed GROWTH firm with 95 points, valued at CNY 4 billion, aged 5: in quarter 0 it
 * borrows a 30M three-year linkage loan, a 30M one-year innovation-points loan and a 10M two-year
 * IP-pledge loan. The one-year LPR is 3% at signing and 5% from quarter 2.
 */
function unicornWithThreeLoans() {
  const { ctx, bank } = bankChain({
    economy: {
      lpr1y: [
        { fromQuarter: 0, ratePerYear: 0.03 },
        { fromQuarter: 2, ratePerYear: 0.05 },
      ],
    },
  });
  const firm = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 4e9, points: 95 });
  ctx.firms.ageAtArrivalYears[firm] = 5;
  ctx.firms.whiteListQuarter[firm] = 0;
  ctx.firms.equityRaisedCNY[firm] = 1e9;
  originateLoans(ctx, bank, Int32Array.of(firm), 1, 0);
  return { ctx, bank, firm };
}

describe('unicorn interest subsidy (独角兽定向贴息)', () => {
  it('covers only new loans of more than one year', () => {
    const { bank } = unicornWithThreeLoans();
    const { book } = bank;
    expect(Array.from(book.principalCNY.subarray(0, 3))).toEqual([30e6, 30e6, 10e6]);
    expect(Array.from(book.maturityQuarter.subarray(0, 3))).toEqual([12, 4, 8]);
    expect(Array.from(book.unicornSubsidy.subarray(0, 3))).toEqual([1, 0, 1]);
  });

  it('pays 30% of the LPR at signing on the principal, quarterly, for the four quarters after signing', () => {
    const { ctx, bank, firm } = unicornWithThreeLoans();
    for (let t = 0; t <= 6; t++) payUnicornSubsidies(ctx, bank, t);
    // 30% × 3% / 4 = 0.225% a quarter (the LPR's move to 5% in quarter 2 does not count):
    // 67,500 on the 30M linkage loan, 22,500 on the 10M IP-pledge loan, in quarters 1–4.
    const paid = postingsOfKind(ctx, 'subsidy');
    expect(paid.every((p) => p.from === 'treasury' && p.to === 'firm' && p.firm === firm)).toBe(
      true,
    );
    expect(paid.map((p) => [p.quarter, p.amountCNY])).toEqual(
      [1, 2, 3, 4].flatMap((q) => [
        [q, 67_500],
        [q, 22_500],
      ]),
    );
  });

  it('stops on a loan that is no longer performing', () => {
    const { ctx, bank } = unicornWithThreeLoans();
    payUnicornSubsidies(ctx, bank, 1);
    bank.book.status[0] = NON_PERFORMING;
    for (let t = 2; t <= 4; t++) payUnicornSubsidies(ctx, bank, t);
    expect(postingsOfKind(ctx, 'subsidy').map((p) => [p.quarter, p.amountCNY])).toEqual([
      [1, 67_500],
      [1, 22_500],
      [2, 22_500],
      [3, 22_500],
      [4, 22_500],
    ]);
  });

  it('gives a firm that does not qualify at signing nothing', () => {
    const { ctx, bank } = bankChain();
    // Aged 10.25 at signing (quarter 1): too old by a quarter.
    const firm = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 4e9, points: 95 });
    ctx.firms.ageAtArrivalYears[firm] = 10;
    ctx.firms.whiteListQuarter[firm] = 0;
    ctx.firms.equityRaisedCNY[firm] = 1e9;
    originateLoans(ctx, bank, Int32Array.of(firm), 1, 1);
    expect(bank.book.count).toBe(3);
    expect(Array.from(bank.book.unicornSubsidy.subarray(0, 3))).toEqual([0, 0, 0]);
    for (let t = 1; t <= 6; t++) payUnicornSubsidies(ctx, bank, t);
    expect(postingsOfKind(ctx, 'subsidy')).toEqual([]);
  });

  it('caps a firm at CNY 30M in a calendar year: two big loans hit the cap', () => {
    // Two 2.5 billion loans (linkage, 3 years; IP-pledge, 2 years) signed in quarter 2 at LPR 3%:
    // each earns 0.225% × 2.5 billion = 5.625M a quarter in quarters 3–6.
    //   year 0 (quarter 3):       5.625M + 5.625M = 11.25M;
    //   year 1 (quarters 4 and 5): 22.5M, so 7.5M of room is left for quarter 6:
    //                              the linkage loan gets 5.625M, the IP-pledge loan 1.875M.
    // Paid 41.25M in all, against 45M without the cap.
    const { ctx, bank } = bankChain({
      bank: {
        linkageLoan: { maxPerFirmCNY: 2.5e9 },
        ipPledgeLoan: { maxPerFirmCNY: 2.5e9 },
        innovationPointsLoan: { enabled: false },
      },
    });
    const firm = addFirm(ctx, { stage: GROWTH, postMoneyCNY: 1e10, points: 65 });
    ctx.firms.ageAtArrivalYears[firm] = 5;
    ctx.firms.whiteListQuarter[firm] = 0;
    ctx.firms.equityRaisedCNY[firm] = 2.5e9;
    originateLoans(ctx, bank, Int32Array.of(firm), 1, 2);
    expect(Array.from(bank.book.principalCNY.subarray(0, bank.book.count))).toEqual([2.5e9, 2.5e9]);
    for (let t = 2; t <= 8; t++) payUnicornSubsidies(ctx, bank, t);
    expect(postingsOfKind(ctx, 'subsidy').map((p) => [p.quarter, p.amountCNY])).toEqual([
      [3, 5_625_000],
      [3, 5_625_000],
      [4, 5_625_000],
      [4, 5_625_000],
      [5, 5_625_000],
      [5, 5_625_000],
      [6, 5_625_000],
      [6, 1_875_000],
    ]);
  });
});
