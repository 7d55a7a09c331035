import { describe, expect, it } from 'vitest';
import { WRITTEN_OFF } from '../../../src/engine/bank/loanBook.ts';
import { shareLoss } from '../../../src/engine/bank/lossSharing.ts';
import { originateLoans } from '../../../src/engine/bank/origination.ts';
import { EARLY } from '../../../src/engine/firms/stageCode.ts';
import { post } from '../../../src/engine/index.ts';
import { addFirm, postingsOfKind } from '../chain/fixture.ts';
import { bankChain, borne, defaultedLoan, failFirm, service } from './bankFixture.ts';

/**
 * Innovation-points loans (创新积分贷) guaranteed up to 20M a firm, losses split 4-3-2-1 between
 * guarantor, re-guarantor, bank and government (融资担保); the guarantee fee is 1% a year of the
 * guaranteed balance. The IP-pledge loan is off, and no firm is white-listed, so these are the
 * only loans. Risk compensation stays on (the default, c = 50%): the pool refunds half of the
 * unguaranteed part of a loss, and nothing of the guaranteed part.
 */
function guaranteedChain() {
  return bankChain({
    bank: { ipPledgeLoan: { enabled: false } },
    fiscal: {
      guarantee: {
        enabled: true,
        products: ['innovationPointsLoan'],
        maxPerFirmCNY: 20_000_000,
      },
    },
  });
}

describe('a guaranteed loss split 4-3-2-1', () => {
  it('splits the guaranteed part of each loss; the pool refunds half of the unguaranteed part', () => {
    const { ctx, bank } = guaranteedChain();
    post(ctx.ledger, 0, ctx.treasury, bank.riskPool, 10_000_000, 'fiscalFunding');
    // Points 85 → the 80-point band's 10M, all of it guaranteed; points 95 → 30M, of which only
    // 20M (maxPerFirmCNY) is guaranteed.
    const small = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000, points: 85 });
    const big = addFirm(ctx, { stage: EARLY, postMoneyCNY: 300_000_000, points: 95 });
    originateLoans(ctx, bank, Int32Array.of(small, big), 2, 0);
    expect(Array.from(bank.book.principalCNY.subarray(0, 2))).toEqual([10_000_000, 30_000_000]);
    expect(Array.from(bank.book.guaranteedCNY.subarray(0, 2))).toEqual([10_000_000, 20_000_000]);

    // Quarter 1, both performing: interest at LPR 3% + spread 0.6% a year on the balance, and
    // the guarantee fee of 1%/4 on the guaranteed balance, paid to the guarantor.
    service(ctx, bank, 1);
    expect(postingsOfKind(ctx, 'interest').map((p) => p.amountCNY)).toEqual([90_000, 270_000]);
    expect(postingsOfKind(ctx, 'guaranteeFee')).toEqual([
      { quarter: 1, from: 'firm', to: 'guarantor', amountCNY: 25_000, firm: small },
      { quarter: 1, from: 'firm', to: 'guarantor', amountCNY: 50_000, firm: big },
    ]);

    // Both fail in quarter 2 and are written off four quarters later, LGD 60%.
    failFirm(ctx, small, 2);
    failFirm(ctx, big, 2);
    for (let t = 2; t <= 6; t++) service(ctx, bank, t);
    expect(Array.from(bank.book.status.subarray(0, 2))).toEqual([WRITTEN_OFF, WRITTEN_OFF]);

    // Small loan: loss 6M, all guaranteed: 2.4M / 1.8M / 1.2M (bank) / 0.6M.
    // Big loan: loss 18M; 20M of 30M guaranteed ⇒ 12M covered: 4.8M / 3.6M / 2.4M (bank) / 1.2M.
    // The other 6M is unguaranteed: the pool refunds 50% (3M), the bank keeps 3M: 5.4M in all.
    expect(Array.from(bank.book.lossCNY.subarray(0, 2))).toEqual([6_000_000, 18_000_000]);
    expect(borne(bank, 0)).toEqual({
      bank: 1_200_000,
      riskPool: 0,
      guarantor: 2_400_000,
      reGuarantor: 1_800_000,
      government: 600_000,
    });
    expect(borne(bank, 1)).toEqual({
      bank: 5_400_000,
      riskPool: 3_000_000,
      guarantor: 4_800_000,
      reGuarantor: 3_600_000,
      government: 1_200_000,
    });
    // Each payer's share reaches the bank as a claim; the government's comes from the treasury.
    expect(postingsOfKind(ctx, 'guaranteeClaim')).toEqual([
      { quarter: 6, from: 'guarantor', to: 'bank', amountCNY: 2_400_000, firm: small },
      { quarter: 6, from: 'reGuarantor', to: 'bank', amountCNY: 1_800_000, firm: small },
      { quarter: 6, from: 'treasury', to: 'bank', amountCNY: 600_000, firm: small },
      { quarter: 6, from: 'guarantor', to: 'bank', amountCNY: 4_800_000, firm: big },
      { quarter: 6, from: 'reGuarantor', to: 'bank', amountCNY: 3_600_000, firm: big },
      { quarter: 6, from: 'treasury', to: 'bank', amountCNY: 1_200_000, firm: big },
    ]);
    // The estates pay back 40% of the exposures.
    expect(postingsOfKind(ctx, 'repayment').map((p) => [p.quarter, p.amountCNY])).toEqual([
      [6, 4_000_000],
      [6, 12_000_000],
    ]);
    // The pool pays only the big loan's unguaranteed part; the fully guaranteed loan claims nothing.
    expect(postingsOfKind(ctx, 'compensation')).toEqual([
      { quarter: 6, from: 'riskPool', to: 'bank', amountCNY: 3_000_000, firm: big },
    ]);
    expect(bank.unpaidCompensationCNY).toBe(0);
    expect(bank.poolExhaustedQuarter).toBe(-1);
  });

  it('gives the fen left over by rounding each claim to the bank, so the loss is borne once', () => {
    // 1,234,567.89 fully guaranteed: 40% = 493,827.156 → 493,827.16; 30% = 370,370.367 →
    // 370,370.37; 10% = 123,456.789 → 123,456.79; the bank 1,234,567.89 − 987,654.32.
    const { ctx, bank } = guaranteedChain();
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000 });
    const loan = defaultedLoan(bank, {
      product: 'innovationPointsLoan',
      firm,
      principalCNY: 2_000_000,
      defaultQuarter: 1,
      guaranteedCNY: 2_000_000,
    });
    shareLoss(ctx, bank, loan, 1_234_567.89, 5);
    const shares = borne(bank, loan);
    expect(shares.guarantor).toBe(493_827.16);
    expect(shares.reGuarantor).toBe(370_370.37);
    expect(shares.government).toBe(123_456.79);
    expect(shares.bank).toBeCloseTo(246_913.57, 6);
    const total = shares.bank + shares.guarantor + shares.reGuarantor + shares.government;
    expect(Math.round(total * 100)).toBe(123_456_789);
    expect(postingsOfKind(ctx, 'guaranteeClaim').map((p) => p.amountCNY)).toEqual([
      493_827.16, 370_370.37, 123_456.79,
    ]);
  });

  it('splits in whatever shares the scenario sets, and posts no claim for a zero share', () => {
    // 5-3-2-0: no government share.
    const { ctx, bank } = bankChain({
      fiscal: {
        guarantee: {
          enabled: true,
          guarantorShare: 0.5,
          reGuarantorShare: 0.3,
          bankShare: 0.2,
          governmentShare: 0,
        },
      },
    });
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 100_000_000 });
    const loan = defaultedLoan(bank, {
      product: 'innovationPointsLoan',
      firm,
      principalCNY: 10_000_000,
      defaultQuarter: 1,
      guaranteedCNY: 10_000_000,
    });
    shareLoss(ctx, bank, loan, 6_000_000, 5);
    expect(borne(bank, loan)).toEqual({
      bank: 1_200_000,
      riskPool: 0,
      guarantor: 3_000_000,
      reGuarantor: 1_800_000,
      government: 0,
    });
    expect(postingsOfKind(ctx, 'guaranteeClaim').map((p) => p.from)).toEqual([
      'guarantor',
      'reGuarantor',
    ]);
  });
});
