import type { ChainContext } from '../chain/chainContext.ts';
import { resolveAccount } from '../chain/chainContext.ts';
import { grown } from '../typedArrays.ts';
import { createLendingCandidates, type LendingCandidates } from './lendingCandidates.ts';
import { createLoanBook, resetLoanBook, type LoanBook } from './loanBook.ts';

/** The bank, the risk-compensation pool and the guarantors of one trial. */
export type BankState = {
  book: LoanBook;
  bank: number;
  writeOffs: number;
  riskPool: number;
  guarantor: number;
  reGuarantor: number;
  /** Share of normal approvals granted this quarter (set from last quarter's NPL ratio). */
  approvalFactor: number;
  /** NPL ratio at the end of each quarter, and the principal behind it (non-performing, all). */
  nplRatio: Float64Array;
  nonPerformingCNY: Float64Array;
  bookCNY: Float64Array;
  quartersAboveTolerance: number;
  /** First quarter a compensation claim could not be paid in full; −1 if never. */
  poolExhaustedQuarter: number;
  unpaidCompensationCNY: number;
  /** Firms that have had a loan: for the count of first-time borrowers. */
  borrowed: Uint8Array;
  /** Per firm, one bit per product it holds a loan of now (performing or non-performing). */
  heldMask: Uint8Array;
  /** Per firm, the products whose loan matured and was repaid in `maturedQuarter` (renewable). */
  maturedMask: Uint8Array;
  maturedQuarter: Int32Array;
  firstTimeBorrowers: number;
  /** Unicorn subsidy paid to each firm in the current calendar year (reset every 4 quarters). */
  unicornPaidThisYearCNY: Float64Array;
  /** Outstanding principal summed over quarters, for the return on the tech book. */
  outstandingQuarterSumCNY: number;
  /** The firms that may apply for a loan (lendingCandidates.ts). */
  candidates: LendingCandidates;
};

/**
 * The bank of a fresh trial. `reuse`, an earlier trial's bank, lends its loan book and per-firm
 * arrays, emptied (see createChainContext).
 */
export function createBankState(ctx: ChainContext, quarters: number, reuse?: BankState): BankState {
  if (reuse) {
    resetLoanBook(reuse.book);
    reuse.borrowed.fill(0);
    reuse.heldMask.fill(0);
    reuse.maturedMask.fill(0);
    reuse.maturedQuarter.fill(-1);
    reuse.unicornPaidThisYearCNY.fill(0);
  }
  return {
    book: reuse?.book ?? createLoanBook(),
    bank: resolveAccount(ctx.ledger, 'bank'),
    writeOffs: resolveAccount(ctx.ledger, 'writeOffs'),
    riskPool: resolveAccount(ctx.ledger, 'riskPool'),
    guarantor: resolveAccount(ctx.ledger, 'guarantor'),
    reGuarantor: resolveAccount(ctx.ledger, 'reGuarantor'),
    approvalFactor: 1,
    nplRatio: new Float64Array(quarters),
    nonPerformingCNY: new Float64Array(quarters),
    bookCNY: new Float64Array(quarters),
    quartersAboveTolerance: 0,
    poolExhaustedQuarter: -1,
    unpaidCompensationCNY: 0,
    borrowed: reuse?.borrowed ?? new Uint8Array(1024),
    heldMask: reuse?.heldMask ?? new Uint8Array(1024),
    maturedMask: reuse?.maturedMask ?? new Uint8Array(1024),
    maturedQuarter: reuse?.maturedQuarter ?? new Int32Array(1024).fill(-1),
    firstTimeBorrowers: 0,
    unicornPaidThisYearCNY: reuse?.unicornPaidThisYearCNY ?? new Float64Array(1024),
    outstandingQuarterSumCNY: 0,
    candidates: createLendingCandidates(ctx.scenario.bank, reuse?.candidates),
  };
}

/** Grows the per-firm arrays so `firm` has a slot. */
export function ensureFirmRoom(bank: BankState, firm: number): void {
  if (firm < bank.borrowed.length) return;
  bank.borrowed = grown(bank.borrowed, firm + 1);
  bank.heldMask = grown(bank.heldMask, firm + 1);
  bank.maturedMask = grown(bank.maturedMask, firm + 1);
  bank.maturedQuarter = grown(bank.maturedQuarter, firm + 1, -1);
  bank.unicornPaidThisYearCNY = grown(bank.unicornPaidThisYearCNY, firm + 1);
}
