import { describe, expect, it } from 'vitest';
import { LOSS_BEARERS, WRITTEN_OFF, productBit } from '../../../src/engine/bank/loanBook.ts';
import { fundRiskPool, shareLoss } from '../../../src/engine/bank/lossSharing.ts';
import { originateLoans } from '../../../src/engine/bank/origination.ts';
import { EARLY } from '../../../src/engine/firms/stageCode.ts';
import { balanceCNY } from '../../../src/engine/index.ts';
import { addFirm, postingsOfKind } from '../chain/fixture.ts';
import { bankChain, borne, defaultedLoan, failFirm, service } from './bankFixture.ts';

const noLoss = Object.fromEntries(LOSS_BEARERS.map((b) => [b, 0]));

/** Risk compensation at c = 50% with a pool the treasury tops up by `annualFundingCNY` a year. */
function poolChain(annualFundingCNY: number, eligibleProducts?: string[]) {
  return bankChain({
    fiscal: {
      riskCompensation: {
        annualFundingCNY,
        coverageShare: 0.5,
        ...(eligibleProducts ? { eligibleProducts } : {}),
      },
    },
  });
}

describe('funding of the risk-compensation pool (贷款风险补偿)', () => {
  it('is a treasury posting at the start of each year, and only then', () => {
    const { ctx, bank } = poolChain(100_000_000);
    for (let t = 0; t <= 8; t++) fundRiskPool(ctx, bank, t);
    expect(postingsOfKind(ctx, 'fiscalFunding')).toEqual(
      [0, 4, 8].map((quarter) => ({
        quarter,
        from: 'treasury',
        to: 'riskPool',
        amountCNY: 100_000_000,
        firm: -1,
      })),
    );
    expect(balanceCNY(ctx.ledger, bank.riskPool)).toBe(300_000_000);
  });

  it.each([
    ['the bank does not lend', { bank: { enabled: false } }],
    ['risk compensation is off', { fiscal: { riskCompensation: { enabled: false } } }],
  ])('is not made when %s', (_, overrides) => {
    const { ctx, bank } = bankChain(overrides);
    for (let t = 0; t <= 8; t++) fundRiskPool(ctx, bank, t);
    expect(postingsOfKind(ctx, 'fiscalFunding')).toEqual([]);
  });
});

describe('a compensated loss', () => {
  it('with the pool full: the pool refunds c × loss and the bank bears the rest', () => {
    // Only the linkage loan is on offer; the firm is white-listed with 10M of equity raised, so
    // its credit line is 1 × 10M. The pool gets 100M at the start of years 0 and 1.
    const { ctx, bank } = bankChain({
      bank: { innovationPointsLoan: { enabled: false }, ipPledgeLoan: { enabled: false } },
      fiscal: { riskCompensation: { annualFundingCNY: 100_000_000, coverageShare: 0.5 } },
    });
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 50_000_000 });
    ctx.firms.whiteListQuarter[firm] = 0;
    ctx.firms.equityRaisedCNY[firm] = 10_000_000;
    fundRiskPool(ctx, bank, 0);
    originateLoans(ctx, bank, Int32Array.of(firm), 1, 0);
    expect(postingsOfKind(ctx, 'loanDraw')).toEqual([
      { quarter: 0, from: 'bank', to: 'firm', amountCNY: 10_000_000, firm },
    ]);
    // The firm fails in quarter 1: the loan defaults with its 10M balance as exposure; it stays
    // non-performing for 4 quarters and is written off in quarter 5.
    failFirm(ctx, firm, 1);
    for (let t = 1; t <= 5; t++) {
      fundRiskPool(ctx, bank, t);
      service(ctx, bank, t);
    }
    // LGD 60%: the estate pays back 4M, the loss is 6M; the pool refunds 50% of it, 3M.
    expect(bank.book.status[0]).toBe(WRITTEN_OFF);
    expect(bank.book.lossCNY[0]).toBe(6_000_000);
    expect(postingsOfKind(ctx, 'repayment')).toEqual([
      { quarter: 5, from: 'firm', to: 'bank', amountCNY: 4_000_000, firm },
    ]);
    expect(postingsOfKind(ctx, 'compensation')).toEqual([
      { quarter: 5, from: 'riskPool', to: 'bank', amountCNY: 3_000_000, firm },
    ]);
    expect(borne(bank, 0)).toEqual({ ...noLoss, bank: 3_000_000, riskPool: 3_000_000 });
    // The bank is out of pocket by exactly its share: −10M lent + 4M recovered + 3M refunded.
    expect(balanceCNY(ctx.ledger, bank.bank)).toBe(-3_000_000);
    // 200M put in, 3M paid out; no claim went unpaid.
    expect(balanceCNY(ctx.ledger, bank.riskPool)).toBe(197_000_000);
    expect(bank.poolExhaustedQuarter).toBe(-1);
    expect(bank.unpaidCompensationCNY).toBe(0);
    expect(bank.heldMask[firm]! & productBit('linkageLoan')).toBe(0);
  });

  it('with the pool empty: nothing is paid, the bank bears all, the shortfall is recorded', () => {
    const { ctx, bank } = poolChain(0);
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 50_000_000 });
    fundRiskPool(ctx, bank, 0);
    const loan = defaultedLoan(bank, {
      product: 'linkageLoan',
      firm,
      principalCNY: 10_000_000,
      defaultQuarter: 1,
    });
    shareLoss(ctx, bank, loan, 6_000_000, 5);
    // The claim is 3M; the pool holds nothing.
    expect(postingsOfKind(ctx, 'compensation')).toEqual([]);
    expect(borne(bank, loan)).toEqual({ ...noLoss, bank: 6_000_000 });
    expect(bank.unpaidCompensationCNY).toBe(3_000_000);
    expect(bank.poolExhaustedQuarter).toBe(5);
  });

  it('with the pool short: it pays what it has, and the first quarter it ran dry is kept', () => {
    // 1M a year goes in at quarters 0 and 8.
    const { ctx, bank } = poolChain(1_000_000);
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 50_000_000 });
    const loans = [6_000_000, 2_000_000, 1_000_000].map((loss) =>
      defaultedLoan(bank, { product: 'linkageLoan', firm, principalCNY: loss, defaultQuarter: 1 }),
    );
    fundRiskPool(ctx, bank, 0);
    // Quarter 5: claim 3M against 1M in the pool: the pool pays 1M, the bank 5M, 2M unpaid.
    shareLoss(ctx, bank, loans[0]!, 6_000_000, 5);
    expect(borne(bank, loans[0]!)).toEqual({ ...noLoss, bank: 5_000_000, riskPool: 1_000_000 });
    expect(balanceCNY(ctx.ledger, bank.riskPool)).toBe(0);
    expect(bank.unpaidCompensationCNY).toBe(2_000_000);
    expect(bank.poolExhaustedQuarter).toBe(5);
    // Quarter 6: claim 1M against an empty pool: unpaid 2M + 1M; still "dry since quarter 5".
    shareLoss(ctx, bank, loans[1]!, 2_000_000, 6);
    expect(borne(bank, loans[1]!)).toEqual({ ...noLoss, bank: 2_000_000 });
    expect(bank.unpaidCompensationCNY).toBe(3_000_000);
    expect(bank.poolExhaustedQuarter).toBe(5);
    // Quarter 8 tops the pool up by 1M; quarter 9's claim of 0.5M is paid in full.
    fundRiskPool(ctx, bank, 8);
    shareLoss(ctx, bank, loans[2]!, 1_000_000, 9);
    expect(borne(bank, loans[2]!)).toEqual({ ...noLoss, bank: 500_000, riskPool: 500_000 });
    expect(bank.unpaidCompensationCNY).toBe(3_000_000);
    expect(bank.poolExhaustedQuarter).toBe(5);
    expect(balanceCNY(ctx.ledger, bank.riskPool)).toBe(500_000);
    expect(postingsOfKind(ctx, 'compensation').map((p) => [p.quarter, p.amountCNY])).toEqual([
      [5, 1_000_000],
      [9, 500_000],
    ]);
  });

  it('leaves the loss of a product the pool does not cover with the bank, and claims nothing', () => {
    const { ctx, bank } = poolChain(100_000_000, ['linkageLoan']);
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 50_000_000 });
    fundRiskPool(ctx, bank, 0);
    const loan = defaultedLoan(bank, {
      product: 'ipPledgeLoan',
      firm,
      principalCNY: 10_000_000,
      defaultQuarter: 1,
    });
    shareLoss(ctx, bank, loan, 4_000_000, 5);
    expect(postingsOfKind(ctx, 'compensation')).toEqual([]);
    expect(borne(bank, loan)).toEqual({ ...noLoss, bank: 4_000_000 });
    expect(bank.unpaidCompensationCNY).toBe(0);
    expect(bank.poolExhaustedQuarter).toBe(-1);
  });

  it('rounds the claim to whole fen and leaves every fen of the loss borne exactly once', () => {
    // c = 30% of 1,234,567.89 is 370,370.367: the pool pays 370,370.37, the bank 864,197.52.
    const { ctx, bank } = bankChain({
      fiscal: { riskCompensation: { annualFundingCNY: 100_000_000, coverageShare: 0.3 } },
    });
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 50_000_000 });
    fundRiskPool(ctx, bank, 0);
    const loan = defaultedLoan(bank, {
      product: 'linkageLoan',
      firm,
      principalCNY: 2_000_000,
      defaultQuarter: 1,
    });
    shareLoss(ctx, bank, loan, 1_234_567.89, 5);
    const shares = borne(bank, loan);
    expect(shares.riskPool).toBe(370_370.37);
    expect(shares.bank).toBeCloseTo(864_197.52, 6);
    expect(Math.round((shares.bank + shares.riskPool) * 100)).toBe(123_456_789);
  });
});
