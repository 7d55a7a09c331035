import type { ChainContext } from '../chain/chainContext.ts';
import { rateAtQuarter } from '../economy/ratePath.ts';
import { FAILED, isLive } from '../firms/stageCode.ts';
import { toFen } from '../ledger/fen.ts';
import { post } from '../ledger/ledger.ts';
import { normalCdf, normalQuantile } from '../random/normalDistribution.ts';
import { DRAW } from '../random/counterDraws.ts';
import { LOAN_PRODUCTS } from '../scenario/loanProducts.ts';
import type { BankState } from './bankContext.ts';
import { shareLoss } from './lossSharing.ts';
import {
  NON_PERFORMING,
  PERFORMING,
  productBit,
  productOf,
  REPAID,
  WRITTEN_OFF,
} from './loanBook.ts';

function closeLoan(bank: BankState, loan: number, status: number): void {
  const book = bank.book;
  book.status[loan] = status;
  book.outstandingCNY[loan] = 0;
  const firm = book.firm[loan]!;
  bank.heldMask[firm] = bank.heldMask[firm]! & ~productBit(productOf(book, loan));
}

function markMatured(bank: BankState, firm: number, bit: number, quarter: number): void {
  if (bank.maturedQuarter[firm] !== quarter) {
    bank.maturedQuarter[firm] = quarter;
    bank.maturedMask[firm] = 0;
  }
  bank.maturedMask[firm] = bank.maturedMask[firm]! | bit;
}

/**
 * One quarter of the tech book, after the firms' fates are drawn:
 *  - a loan defaults when its firm failed this quarter, or — with an independent hazard h — when
 *    the firm's distress √ρ·Z + √(1−ρ)·e falls below Φ⁻¹(1 − (1 − p)(1 − h)), the same copula at a
 *    higher threshold (p the firm's failure probability), so a failure always defaults the loan;
 *  - a loan whose firm listed or was sold is repaid in full;
 *  - a performing loan pays interest at the one-year LPR of the quarter plus its spread (less the
 *    linkage loan's preferential discount), the guarantee fee, and its principal (equal quarterly
 *    parts when amortising, else at maturity);
 *  - a non-performing loan is written off after `nonPerformingQuarters`: the firm's estate pays
 *    back (1 − LGD) of the exposure, the loss is posted (kind `loss`, to `writeOffs`) and shared;
 *  - a loan repaid at maturity marks its product renewable for the firm this quarter.
 */
export function serviceLoans(
  ctx: ChainContext,
  bank: BankState,
  quarter: number,
  cycleZ: number,
): void {
  const { scenario, firms, ledger } = ctx;
  const terms = scenario.bank;
  const book = bank.book;
  const lpr = rateAtQuarter(scenario.economy.lpr1y, quarter);
  const independent = terms.independentDefaultPerQuarter;
  const guaranteeFee = scenario.fiscal.guarantee.feeRatePerYear / 4;
  // Each product's interest rate a year this quarter (by product code), looked up once, not per loan.
  const ratePerYear = LOAN_PRODUCTS.map((name) => {
    const product = terms[name];
    const discount =
      'preferentialDiscountPerYear' in product ? product.preferentialDiscountPerYear : 0;
    return Math.max(0, lpr + product.spreadOverLprPerYear - discount);
  });
  const amortising = LOAN_PRODUCTS.map((name) => terms[name].amortising);
  let outstanding = 0;
  for (let k = 0; k < book.openCount; k++) {
    const i = book.open[k]!;
    const status = book.status[i]!;
    const firm = book.firm[i]!;
    if (status === NON_PERFORMING) {
      if (quarter - book.defaultQuarter[i]! >= terms.tolerance.nonPerformingQuarters) {
        const product = terms[productOf(book, i)];
        const exposure = book.exposureCNY[i]!;
        const loss = toFen(exposure * product.lossGivenDefaultShare) / 100;
        const recovery = toFen(exposure - loss) / 100;
        if (recovery >= 0.01)
          post(ledger, quarter, ctx.firmAccount, bank.bank, recovery, 'repayment', firm);
        if (loss >= 0.01)
          post(ledger, quarter, ctx.firmAccount, bank.writeOffs, loss, 'loss', firm);
        shareLoss(ctx, bank, i, loss, quarter);
        closeLoan(bank, i, WRITTEN_OFF);
      }
      continue;
    }
    if (status !== PERFORMING || book.startQuarter[i] === quarter) continue;
    const stage = firms.stage[firm]!;
    const balance = book.outstandingCNY[i]!;
    let defaulted = stage === FAILED && firms.exitQuarter[firm] === quarter;
    if (!defaulted && independent > 0 && isLive(stage) && firms.arrivalQuarter[firm] !== quarter) {
      const rho = scenario.firms.failureCorrelation;
      const distress =
        Math.sqrt(rho) * cycleZ +
        Math.sqrt(1 - rho) * normalQuantile(ctx.drawUniform(firm, quarter, DRAW.fail));
      const firmFailure = normalCdf(firms.failureThreshold[firm]!);
      defaulted = distress < normalQuantile(1 - (1 - firmFailure) * (1 - independent));
    }
    if (defaulted) {
      book.status[i] = NON_PERFORMING;
      book.defaultQuarter[i] = quarter;
      book.exposureCNY[i] = balance;
      continue;
    }
    if (!isLive(stage)) {
      post(ledger, quarter, ctx.firmAccount, bank.bank, balance, 'repayment', firm);
      closeLoan(bank, i, REPAID);
      continue;
    }
    const interest = (balance * ratePerYear[book.product[i]!]!) / 4;
    if (interest >= 0.01)
      post(ledger, quarter, ctx.firmAccount, bank.bank, interest, 'interest', firm);
    const guaranteed = book.guaranteedCNY[i]!;
    if (guaranteed > 0 && scenario.fiscal.guarantee.enabled) {
      const fee = guaranteed * guaranteeFee;
      if (fee >= 0.01)
        post(ledger, quarter, ctx.firmAccount, bank.guarantor, fee, 'guaranteeFee', firm);
    }
    const left = book.maturityQuarter[i]! - quarter;
    const principal =
      left <= 0 ? balance : amortising[book.product[i]!] ? toFen(balance / (left + 1)) / 100 : 0;
    if (principal >= 0.01)
      post(ledger, quarter, ctx.firmAccount, bank.bank, principal, 'repayment', firm);
    const after = toFen(balance - principal) / 100;
    if (after < 0.01) {
      closeLoan(bank, i, REPAID);
      // Repaid at maturity: the firm may renew this product this quarter.
      if (left <= 0) markMatured(bank, firm, productBit(productOf(book, i)), quarter);
    } else {
      book.outstandingCNY[i] = after;
      book.guaranteedCNY[i] = Math.min(guaranteed, after);
      outstanding += after;
    }
  }
  bank.outstandingQuarterSumCNY += outstanding;
  // Loans repaid, written off or converted leave the list of open loans.
  let kept = 0;
  for (let k = 0; k < book.openCount; k++) {
    const i = book.open[k]!;
    if (book.status[i] === PERFORMING || book.status[i] === NON_PERFORMING) book.open[kept++] = i;
  }
  book.openCount = kept;
}
