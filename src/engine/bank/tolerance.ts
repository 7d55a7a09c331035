import type { ChainContext } from '../chain/chainContext.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { BankState } from './bankContext.ts';
import { NON_PERFORMING, PERFORMING, type LoanBook } from './loanBook.ts';

/** The tech book at a quarter's end: principal in default, and the whole book (CNY). */
export type BookPrincipal = { nonPerformingCNY: number; bookCNY: number };

/**
 * The book's principal: non-performing (exposure at default, not yet written off) and in all
 * (performing outstanding + non-performing). Written-off, repaid and converted loans are out.
 */
export function bookPrincipal(book: LoanBook): BookPrincipal {
  let performing = 0;
  let nonPerforming = 0;
  for (let k = 0; k < book.openCount; k++) {
    const i = book.open[k]!;
    const status = book.status[i]!;
    if (status === PERFORMING) performing += book.outstandingCNY[i]!;
    else if (status === NON_PERFORMING) nonPerforming += book.exposureCNY[i]!;
  }
  return { nonPerformingCNY: nonPerforming, bookCNY: performing + nonPerforming };
}

/** NPL ratio of the tech book: non-performing principal ÷ the book's principal; 0 when empty. */
export function nplRatio(book: LoanBook): number {
  const { nonPerformingCNY, bookCNY } = bookPrincipal(book);
  return bookCNY > 0 ? nonPerformingCNY / bookCNY : 0;
}

/**
 * The share of normal approvals the bank grants next quarter, given this quarter's NPL ratio:
 * 1 within tolerance (tau plus the due-diligence exemption margin), else the scenario's response.
 */
export function approvalFactor(ratio: number, tolerance: Scenario['bank']['tolerance']): number {
  const excess = ratio - (tolerance.nplToleranceShare + tolerance.dueDiligenceExemptionShare);
  if (!(excess > 0)) return 1;
  const response = tolerance.response;
  switch (response.rule) {
    case 'stop':
      return 0;
    case 'fixedCut':
      return 1 - response.cutShare;
    case 'smooth':
      return Math.max(0, 1 - response.sensitivity * excess);
    default:
      return response satisfies never;
  }
}

/** End of quarter: the book's NPL ratio, time above tolerance, and next quarter's approvals. */
export function recordNplRatio(ctx: ChainContext, bank: BankState, quarter: number): void {
  const tolerance = ctx.scenario.bank.tolerance;
  const { nonPerformingCNY, bookCNY } = bookPrincipal(bank.book);
  const ratio = bookCNY > 0 ? nonPerformingCNY / bookCNY : 0;
  bank.nplRatio[quarter] = ratio;
  bank.nonPerformingCNY[quarter] = nonPerformingCNY;
  bank.bookCNY[quarter] = bookCNY;
  if (ratio > tolerance.nplToleranceShare) bank.quartersAboveTolerance++;
  bank.approvalFactor = approvalFactor(ratio, tolerance);
}
