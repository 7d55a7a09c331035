import { LOAN_PRODUCTS, type LoanProduct } from '../scenario/loanProducts.ts';
import { grown, growColumns } from '../typedArrays.ts';

export const PERFORMING = 0;
export const NON_PERFORMING = 1;
export const WRITTEN_OFF = 2;
export const REPAID = 3;
export const CONVERTED = 4;

/** Who bore a written-off loss; each yuan of loss is borne by exactly one of them. */
export const LOSS_BEARERS = ['bank', 'riskPool', 'guarantor', 'reGuarantor', 'government'] as const;
export type LossBearer = (typeof LOSS_BEARERS)[number];

/** Every loan of a trial's tech book, as a struct of typed arrays. */
export type LoanBook = {
  count: number;
  /** Index into LOAN_PRODUCTS. */
  product: Uint8Array;
  firm: Int32Array;
  principalCNY: Float64Array;
  outstandingCNY: Float64Array;
  /** Part of the outstanding principal covered by a guarantee. */
  guaranteedCNY: Float64Array;
  startQuarter: Int32Array;
  maturityQuarter: Int32Array;
  status: Uint8Array;
  /** Quarter of default; the loan is written off `nonPerformingQuarters` later. */
  defaultQuarter: Int32Array;
  /** Principal at default (exposure at default). */
  exposureCNY: Float64Array;
  lossCNY: Float64Array;
  /** Loss borne, by bearer: [loan * LOSS_BEARERS.length + bearer]. */
  borneCNY: Float64Array;
  /** 1 when the loan's first year qualifies for the unicorn interest subsidy. */
  unicornSubsidy: Uint8Array;
  /**
   * 1 for a renewal: a loan of the same product to the same firm in the quarter its previous one
   * matured and was repaid (a rollover, not new money).
   */
  renewal: Uint8Array;
  /** 1 when a fund of the chain had backed the firm by the quarter the loan was signed. */
  chainBacked: Uint8Array;
  /** 1 for the firm's first loan from the bank (首贷). */
  firstLoan: Uint8Array;
  /**
   * Loans still on the book (performing or non-performing), in index order: the quarterly loops
   * walk these, not every loan ever made. `serviceLoans` drops the closed ones.
   */
  open: Int32Array;
  openCount: number;
};

export function createLoanBook(capacity = 256): LoanBook {
  return {
    count: 0,
    product: new Uint8Array(capacity),
    firm: new Int32Array(capacity),
    principalCNY: new Float64Array(capacity),
    outstandingCNY: new Float64Array(capacity),
    guaranteedCNY: new Float64Array(capacity),
    startQuarter: new Int32Array(capacity),
    maturityQuarter: new Int32Array(capacity),
    status: new Uint8Array(capacity),
    defaultQuarter: new Int32Array(capacity),
    exposureCNY: new Float64Array(capacity),
    lossCNY: new Float64Array(capacity),
    borneCNY: new Float64Array(capacity * LOSS_BEARERS.length),
    unicornSubsidy: new Uint8Array(capacity),
    renewal: new Uint8Array(capacity),
    chainBacked: new Uint8Array(capacity),
    firstLoan: new Uint8Array(capacity),
    open: new Int32Array(capacity),
    openCount: 0,
  };
}

const LOAN_COLUMNS = [
  'product',
  'firm',
  'principalCNY',
  'outstandingCNY',
  'guaranteedCNY',
  'startQuarter',
  'maturityQuarter',
  'status',
  'defaultQuarter',
  'exposureCNY',
  'lossCNY',
  'unicornSubsidy',
  'renewal',
  'chainBacked',
  'firstLoan',
] as const;

export function appendLoan(
  book: LoanBook,
  product: LoanProduct,
  firm: number,
  principalCNY: number,
  startQuarter: number,
  termQuarters: number,
): number {
  if (book.count === book.firm.length) {
    growColumns(book, LOAN_COLUMNS, book.count + 1);
    book.borneCNY = grown(book.borneCNY, book.firm.length * LOSS_BEARERS.length);
  }
  const i = book.count++;
  book.product[i] = LOAN_PRODUCTS.indexOf(product);
  book.firm[i] = firm;
  book.principalCNY[i] = principalCNY;
  book.outstandingCNY[i] = principalCNY;
  book.guaranteedCNY[i] = 0;
  book.startQuarter[i] = startQuarter;
  book.maturityQuarter[i] = startQuarter + termQuarters;
  book.status[i] = PERFORMING;
  book.defaultQuarter[i] = -1;
  book.exposureCNY[i] = 0;
  book.lossCNY[i] = 0;
  book.unicornSubsidy[i] = 0;
  book.renewal[i] = 0;
  book.chainBacked[i] = 0;
  book.firstLoan[i] = 0;
  for (let b = 0; b < LOSS_BEARERS.length; b++) book.borneCNY[i * LOSS_BEARERS.length + b] = 0;
  if (book.openCount === book.open.length) book.open = grown(book.open, book.openCount + 1);
  book.open[book.openCount++] = i;
  return i;
}

export function productOf(book: LoanBook, loan: number): LoanProduct {
  return LOAN_PRODUCTS[book.product[loan]!]!;
}

/** A product's bit in a firm's mask of products it holds a loan of. */
export function productBit(product: LoanProduct): number {
  return 1 << LOAN_PRODUCTS.indexOf(product);
}

/** Empties a book for reuse (no loans, none open), keeping its arrays. */
export function resetLoanBook(book: LoanBook): void {
  book.count = 0;
  book.openCount = 0;
}
