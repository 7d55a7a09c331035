import { describe, expect, it } from 'vitest';
import {
  appendLoan,
  NON_PERFORMING,
  PERFORMING,
  REPAID,
  WRITTEN_OFF,
} from '../../../src/engine/bank/loanBook.ts';
import { EARLY, SOLD } from '../../../src/engine/firms/stageCode.ts';
import { serviceLoans } from '../../../src/engine/bank/servicing.ts';
import { normalCdf, normalQuantile } from '../../../src/engine/random/normalDistribution.ts';
import { addFirm, postingsOfKind, scriptDraw } from '../chain/fixture.ts';
import { bankChain, service } from './bankFixture.ts';
import { DRAW } from '../../../src/engine/random/counterDraws.ts';

const flows = (ctx: Parameters<typeof postingsOfKind>[0], kind: string) =>
  postingsOfKind(ctx, kind).map((p) => [p.quarter, p.amountCNY]);

describe('serviceLoans: interest and principal of performing loans', () => {
  it('charges a bullet linkage loan LPR + spread − preferential discount, and takes the principal at maturity', () => {
    // 10M for 3 years at 3% + 0.5% − 0.2% = 3.3% a year: 82,500 a quarter in quarters 1–12,
    // the 10M back in quarter 12.
    const { ctx, bank } = bankChain();
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000 });
    const loan = appendLoan(bank.book, 'linkageLoan', firm, 10_000_000, 0, 12);
    for (let t = 0; t <= 13; t++) service(ctx, bank, t);
    expect(flows(ctx, 'interest')).toEqual(Array.from({ length: 12 }, (_, k) => [k + 1, 82_500]));
    expect(flows(ctx, 'repayment')).toEqual([[12, 10_000_000]]);
    expect(bank.book.status[loan]).toBe(REPAID);
    expect(bank.book.outstandingCNY[loan]).toBe(0);
  });

  it('repays an amortising loan in equal quarterly parts, with interest on the balance before each', () => {
    // 8M over 8 quarters: 1M a quarter; interest 3.8%/4 on 8M, 7M, …, 1M.
    const { ctx, bank } = bankChain({ bank: { ipPledgeLoan: { amortising: true } } });
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000 });
    appendLoan(bank.book, 'ipPledgeLoan', firm, 8_000_000, 0, 8);
    for (let t = 0; t <= 9; t++) service(ctx, bank, t);
    expect(flows(ctx, 'repayment')).toEqual(
      Array.from({ length: 8 }, (_, k) => [k + 1, 1_000_000]),
    );
    expect(flows(ctx, 'interest')).toEqual(
      Array.from({ length: 8 }, (_, k) => [k + 1, (8 - k) * 9_500]),
    );
  });

  it('is repaid in full when the firm is sold or lists, with no interest that quarter', () => {
    const { ctx, bank } = bankChain();
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000 });
    const loan = appendLoan(bank.book, 'linkageLoan', firm, 10_000_000, 0, 12);
    service(ctx, bank, 1);
    ctx.firms.stage[firm] = SOLD;
    ctx.firms.exitQuarter[firm] = 2;
    service(ctx, bank, 2);
    expect(flows(ctx, 'interest')).toEqual([[1, 82_500]]);
    expect(flows(ctx, 'repayment')).toEqual([[2, 10_000_000]]);
    expect(bank.book.status[loan]).toBe(REPAID);
  });

  it('does not service a loan in the quarter it is signed', () => {
    const { ctx, bank } = bankChain();
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000 });
    appendLoan(bank.book, 'linkageLoan', firm, 10_000_000, 3, 12);
    service(ctx, bank, 3);
    expect(ctx.ledger.count).toBe(0);
  });
});

describe('serviceLoans: defaults through the copula', () => {
  const RHO = 0.2;
  /** The idiosyncratic draw u that puts √ρ·Z + √(1−ρ)·Φ⁻¹(u) at Φ⁻¹(level) when the factor is z. */
  const drawFor = (level: number, z: number) =>
    normalCdf((normalQuantile(level) - Math.sqrt(RHO) * z) / Math.sqrt(1 - RHO));

  /**
   * A live firm with quarterly failure probability 2%, whose idiosyncratic draw this quarter is
   * `u`; its distress is √ρ·Z + √(1−ρ)·Φ⁻¹(u) with ρ = 0.2. It has not failed (the tests keep
   * its distress above Φ⁻¹(2%)). With an independent loan hazard h = 1% its loan defaults when
   * the distress is below Φ⁻¹(1 − (1 − 2%)(1 − 1%)) = Φ⁻¹(2.98%): the same copula, a higher
   * threshold.
   */
  function liveFirmWithDraw(u: number, cycleZ: number, independentDefaultPerQuarter: number) {
    const { ctx, bank } = bankChain({
      firms: { failureCorrelation: RHO },
      bank: { independentDefaultPerQuarter, tolerance: { nonPerformingQuarters: 2 } },
    });
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000 });
    ctx.firms.failureThreshold[firm] = normalQuantile(0.02);
    scriptDraw(ctx, firm, DRAW.fail, u);
    const loan = appendLoan(bank.book, 'linkageLoan', firm, 10_000_000, 0, 12);
    serviceLoans(ctx, bank, 1, cycleZ);
    return { ctx, bank, firm, loan };
  }

  it.each([
    [
      'distress at the 2.5% level in a bad quarter (Z = −1), h = 1%',
      0.025,
      -1,
      0.01,
      NON_PERFORMING,
    ],
    ['distress at the 3.5% level, h = 1%', 0.035, -1, 0.01, PERFORMING],
    ['distress at the 2.5% level, no independent hazard', 0.025, -1, 0, PERFORMING],
  ])('%s: the loan is left in status %d', (_, level, z, h, status) => {
    const { bank, loan } = liveFirmWithDraw(drawFor(level, z), z, h);
    expect(bank.book.status[loan]).toBe(status);
  });

  it('moves with the cycle: the same idiosyncratic draw in a neutral quarter does not default', () => {
    // u = drawFor(2.5%, −1) ≈ 4.5%; at Z = 0 the distress is √0.8 · Φ⁻¹(u) ≈ Φ⁻¹(6.5%).
    const { bank, loan } = liveFirmWithDraw(drawFor(0.025, -1), 0, 0.01);
    expect(bank.book.status[loan]).toBe(PERFORMING);
  });

  it('writes off an independently defaulted loan after the non-performing quarters, firm alive', () => {
    // Default in quarter 1 with 10M exposure; written off in quarter 3 at LGD 60%: 4M back.
    const { ctx, bank, firm, loan } = liveFirmWithDraw(drawFor(0.025, -1), -1, 0.01);
    expect(bank.book.defaultQuarter[loan]).toBe(1);
    expect(bank.book.exposureCNY[loan]).toBe(10_000_000);
    service(ctx, bank, 2);
    expect(bank.book.status[loan]).toBe(NON_PERFORMING);
    service(ctx, bank, 3);
    expect(bank.book.status[loan]).toBe(WRITTEN_OFF);
    expect(bank.book.lossCNY[loan]).toBe(6_000_000);
    expect(flows(ctx, 'repayment')).toEqual([[3, 4_000_000]]);
    // No interest was charged after the default, and the firm lives on.
    expect(flows(ctx, 'interest')).toEqual([]);
    expect(ctx.firms.stage[firm]).toBe(EARLY);
  });
});
