import type { PostingKind } from '../ledger/postingKind.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { flowsByAccount, type AccountFlows } from '../trial/accountFlows.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { TrialMetrics } from '../trial/ledgerMetrics.ts';
import type { BankState } from './bankContext.ts';
import { LOSS_BEARERS } from './loanBook.ts';

/**
 * The bank's figures of a trial: lending and income from the ledger; lending by basis, NPL
 * measures, defaults and who bore each loss from the loan book (whose loss shares match the
 * claims posted in the ledger).
 *
 * NPL measures, each with its denominator:
 *  - `nplRatioExposureWeighted`: Σ non-performing principal ÷ Σ book principal over the horizon's
 *    quarter-ends (the average NPL balance over the average book), so small books weigh little;
 *  - `nplRatioPeak`, `nplRatioMedian`: over quarter-ends whose book is at least the reporting
 *    minimum (NaN when none is);
 *  - `shareOfQuartersAboveTolerance`: quarter-ends above τ ÷ quarter-ends with a non-empty book.
 */
export function bankMetrics(
  ledger: Ledger,
  bank: BankState,
  quarters: number,
  terms: Scenario['bank'],
  flows: AccountFlows = flowsByAccount(ledger, quarters + 1),
): TrialMetrics {
  const total = (kind: PostingKind) => flows.kindTotal(bank.bank, kind);
  const { book } = bank;
  let defaults = 0;
  const borne = new Float64Array(LOSS_BEARERS.length);
  let loss = 0;
  let renewals = 0;
  let chainFirst = 0;
  let chainFirstCNY = 0;
  let chainNew = 0;
  let programmeNew = 0;
  for (let i = 0; i < book.count; i++) {
    if (book.defaultQuarter[i]! >= 0) defaults++;
    loss += book.lossCNY[i]!;
    for (let b = 0; b < LOSS_BEARERS.length; b++)
      borne[b] = borne[b]! + book.borneCNY[i * LOSS_BEARERS.length + b]!;
    const principal = book.principalCNY[i]!;
    if (book.renewal[i] === 1) renewals += principal;
    else if (book.chainBacked[i] === 1) chainNew += principal;
    else programmeNew += principal;
    if (book.firstLoan[i] === 1 && book.chainBacked[i] === 1) {
      chainFirst++;
      chainFirstCNY += principal;
    }
  }
  const minBook = terms.reporting.minBookCNY;
  let nonPerformingSum = 0;
  let bookSum = 0;
  let quartersWithBook = 0;
  const counted: number[] = [];
  for (let t = 0; t < quarters; t++) {
    nonPerformingSum += bank.nonPerformingCNY[t]!;
    bookSum += bank.bookCNY[t]!;
    if (bank.bookCNY[t]! > 0) quartersWithBook++;
    if (bank.bookCNY[t]! >= minBook && bank.bookCNY[t]! > 0) counted.push(bank.nplRatio[t]!);
  }
  counted.sort((a, b) => a - b);
  const loansCNY = -total('loanDraw');
  // Net income of the tech book over its average outstanding principal, per year.
  const averageOutstanding = bank.outstandingQuarterSumCNY / Math.max(1, quarters);
  const bankLoss = borne[LOSS_BEARERS.indexOf('bank')]!;
  const income = total('interest') - bankLoss;
  return {
    'bank.loansCount': book.count,
    'bank.loansCNY': loansCNY,
    'bank.renewalsCNY': renewals,
    'bank.newMoneyLoansCNY': loansCNY - renewals,
    'bank.chainFirstLoans': chainFirst,
    'bank.chainFirstLoansCNY': chainFirstCNY,
    'bank.chainNewCreditCNY': chainNew,
    'bank.programmeNewCreditCNY': programmeNew,
    'bank.firstTimeBorrowers': bank.firstTimeBorrowers,
    'bank.defaults': defaults,
    'bank.nplRatioExposureWeighted': bookSum > 0 ? nonPerformingSum / bookSum : Number.NaN,
    'bank.nplRatioPeak': counted.length > 0 ? counted[counted.length - 1]! : Number.NaN,
    'bank.nplRatioMedian':
      counted.length > 0 ? counted[Math.floor((counted.length - 1) / 2)]! : Number.NaN,
    'bank.quartersAboveTolerance': bank.quartersAboveTolerance,
    'bank.shareOfQuartersAboveTolerance':
      quartersWithBook > 0 ? bank.quartersAboveTolerance / quartersWithBook : Number.NaN,
    'bank.interestCNY': total('interest'),
    'bank.lossCNY': loss,
    'bank.lossBorneByBankCNY': bankLoss,
    'bank.compensationCNY': borne[LOSS_BEARERS.indexOf('riskPool')]!,
    'bank.guarantorLossCNY': borne[LOSS_BEARERS.indexOf('guarantor')]!,
    'bank.reGuarantorLossCNY': borne[LOSS_BEARERS.indexOf('reGuarantor')]!,
    'bank.governmentLossCNY': borne[LOSS_BEARERS.indexOf('government')]!,
    'bank.poolExhausted': bank.poolExhaustedQuarter >= 0 ? 1 : 0,
    'bank.poolExhaustedQuarter':
      bank.poolExhaustedQuarter >= 0 ? bank.poolExhaustedQuarter : Number.NaN,
    'bank.unpaidCompensationCNY': bank.unpaidCompensationCNY,
    'bank.returnOnTechBookPerYear':
      averageOutstanding > 0 ? income / (quarters / 4) / averageOutstanding : Number.NaN,
  };
}

/**
 * The exposure-weighted NPL ratio of each year: Σ non-performing ÷ Σ book principal over its four
 * quarter-ends (0 for a year with no book).
 */
export function nplRatioByYear(bank: BankState, quarters: number): Float64Array {
  const years = Math.floor(quarters / 4);
  const out = new Float64Array(years);
  for (let y = 0; y < years; y++) {
    let nonPerforming = 0;
    let book = 0;
    for (let t = 4 * y; t < 4 * y + 4; t++) {
      nonPerforming += bank.nonPerformingCNY[t]!;
      book += bank.bookCNY[t]!;
    }
    out[y] = book > 0 ? nonPerforming / book : 0;
  }
  return out;
}
