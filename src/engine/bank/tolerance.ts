import type { ChainContext } from '../chain/chainContext.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { BankState } from './bankContext.ts';
import { NON_PERFORMING, PERFORMING, type LoanBook } from './loanBook.ts';

/**
 * NPL ratio of the tech book: non-performing principal ÷ (performing + non-performing principal);
 * 0 for an empty book. Written-off, repaid and converted loans are out of the book.
 */
export function nplRatio(book: LoanBook): number {
  let performing = 0;
  let nonPerforming = 0;
  for (let k = 0; k < book.openCount; k++) {
    const i = book.open[k]!;
    const status = book.status[i]!;
    if (status === PERFORMING) performing += book.outstandingCNY[i]!;
    else if (status === NON_PERFORMING) nonPerforming += book.exposureCNY[i]!;
  }
  const total = performing + nonPerforming;
  return total > 0 ? nonPerforming / total : 0;
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
  const ratio = nplRatio(bank.book);
  bank.nplRatio[quarter] = ratio;
  if (ratio > tolerance.nplToleranceShare) bank.quartersAboveTolerance++;
  bank.approvalFactor = approvalFactor(ratio, tolerance);
}
