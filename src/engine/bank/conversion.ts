import type { ChainContext } from '../chain/chainContext.ts';
import { toFen } from '../ledger/fen.ts';
import type { BankState } from './bankContext.ts';
import { CONVERTED, PERFORMING, productBit, productOf } from './loanBook.ts';

/**
 * At a firm's next round, the set share of each performing convertible loan (可转贷) becomes
 * equity at the round price (no cash moves); the rest stays a loan. Returns the converted
 * principal, which the round counts as part of its new money.
 */
export function convertLoans(
  ctx: ChainContext,
  bank: BankState,
  firm: number,
  newMoneyCNY: number,
): number {
  const terms = ctx.scenario.bank.convertibleLoan;
  if (!terms.enabled) return 0;
  const book = bank.book;
  let converted = 0;
  for (let k = 0; k < book.openCount; k++) {
    const i = book.open[k]!;
    if (book.firm[i] !== firm || book.status[i] !== PERFORMING) continue;
    if (productOf(book, i) !== 'convertibleLoan') continue;
    const amount = Math.min(
      toFen(book.outstandingCNY[i]! * terms.conversionShare) / 100,
      newMoneyCNY - converted,
    );
    if (amount <= 0) continue;
    converted += amount;
    const left = toFen(book.outstandingCNY[i]! - amount) / 100;
    book.outstandingCNY[i] = left;
    if (left < 0.01) {
      book.status[i] = CONVERTED;
      book.outstandingCNY[i] = 0;
      bank.heldMask[firm] = bank.heldMask[firm]! & ~productBit('convertibleLoan');
    }
  }
  return converted;
}
