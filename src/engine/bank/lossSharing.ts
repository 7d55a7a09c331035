import type { ChainContext } from '../chain/chainContext.ts';
import { balanceCNY, post } from '../ledger/ledger.ts';
import type { BankState } from './bankContext.ts';
import { LOSS_BEARERS, productOf, type LossBearer } from './loanBook.ts';

const BEARERS = LOSS_BEARERS.length;

function bear(bank: BankState, loan: number, bearer: LossBearer, amountCNY: number): void {
  const slot = loan * BEARERS + LOSS_BEARERS.indexOf(bearer);
  bank.book.borneCNY[slot] = bank.book.borneCNY[slot]! + amountCNY;
}

/**
 * Shares a written-off loss. The guaranteed part splits between guarantor, re-guarantor, bank and
 * government in the scenario's shares (融资担保, "4-3-2-1" by default). The unguaranteed part of
 * an eligible loan's loss is refunded by the risk-compensation pool at rate c while the pool lasts
 * (贷款风险补偿 for partner banks' loans, Hebei plan 二(一)1: the unguaranteed part is an unsecured
 * loss like any other). The guaranteed part is not refunded again: its sharing is the guarantee
 * split (Anhui does refund guaranteed loans at a lower 20%, CALIBRATION.md; not modelled). The bank
 * bears whatever is left. Each yuan is borne exactly once, and every payment to the bank is a
 * ledger posting.
 */
export function shareLoss(
  ctx: ChainContext,
  bank: BankState,
  loan: number,
  lossCNY: number,
  quarter: number,
): void {
  const { fiscal } = ctx.scenario;
  const book = bank.book;
  book.lossCNY[loan] = lossCNY;
  let left = lossCNY;
  const exposure = book.exposureCNY[loan]!;
  const guaranteed = exposure > 0 ? Math.min(1, book.guaranteedCNY[loan]! / exposure) : 0;
  const covered = fiscal.guarantee.enabled ? lossCNY * guaranteed : 0;
  if (covered > 0) {
    const g = fiscal.guarantee;
    const claims: Array<[LossBearer, number, number]> = [
      ['guarantor', g.guarantorShare, bank.guarantor],
      ['reGuarantor', g.reGuarantorShare, bank.reGuarantor],
      ['government', g.governmentShare, ctx.treasury],
    ];
    for (const [bearer, shareOfLoss, account] of claims) {
      const amount = Math.round(covered * shareOfLoss * 100) / 100;
      if (amount <= 0) continue;
      post(ctx.ledger, quarter, account, bank.bank, amount, 'guaranteeClaim', book.firm[loan]!);
      bear(bank, loan, bearer, amount);
      left -= amount;
    }
  }
  // The unguaranteed part of an eligible loan's loss is an ordinary unsecured loss: the pool
  // refunds c of it. The guaranteed part was shared above and gets no second refund.
  const unguaranteed = lossCNY - covered;
  if (
    unguaranteed > 0 &&
    fiscal.riskCompensation.enabled &&
    fiscal.riskCompensation.eligibleProducts.includes(productOf(book, loan))
  ) {
    const claim = Math.round(unguaranteed * fiscal.riskCompensation.coverageShare * 100) / 100;
    const available = balanceCNY(ctx.ledger, bank.riskPool);
    const paid = Math.min(claim, available);
    if (paid > 0) {
      post(ctx.ledger, quarter, bank.riskPool, bank.bank, paid, 'compensation', book.firm[loan]!);
      bear(bank, loan, 'riskPool', paid);
      left -= paid;
    }
    if (claim - paid > 0.005) {
      // The pool ran dry: a real outcome, reported, and the bank bears the unpaid part.
      bank.unpaidCompensationCNY += claim - paid;
      if (bank.poolExhaustedQuarter < 0) bank.poolExhaustedQuarter = quarter;
    }
  }
  bear(bank, loan, 'bank', Math.max(0, left));
}

/** The treasury tops up the risk-compensation pool at the start of each year. */
export function fundRiskPool(ctx: ChainContext, bank: BankState, quarter: number): void {
  const pool = ctx.scenario.fiscal.riskCompensation;
  if (!ctx.scenario.bank.enabled || !pool.enabled || quarter % 4 !== 0) return;
  if (pool.annualFundingCNY >= 0.01)
    post(ctx.ledger, quarter, ctx.treasury, bank.riskPool, pool.annualFundingCNY, 'fiscalFunding');
}
