import type { Ledger } from '../ledger/ledger.ts';
import { totalsByKindCNY } from '../ledger/totalsByKind.ts';
import type { TrialMetrics } from '../trial/ledgerMetrics.ts';
import type { BankState } from './bankContext.ts';
import { LOSS_BEARERS } from './loanBook.ts';

/**
 * The bank's figures of a trial: lending and income from the ledger; NPL ratios, defaults and who
 * bore each loss from the loan book (whose loss shares match the claims posted in the ledger).
 */
export function bankMetrics(ledger: Ledger, bank: BankState, quarters: number): TrialMetrics {
  const totals = totalsByKindCNY(ledger, { account: bank.bank });
  const { book } = bank;
  let count = 0;
  let defaults = 0;
  const borne = new Float64Array(LOSS_BEARERS.length);
  let loss = 0;
  for (let i = 0; i < book.count; i++) {
    count++;
    if (book.defaultQuarter[i]! >= 0) defaults++;
    loss += book.lossCNY[i]!;
    for (let b = 0; b < LOSS_BEARERS.length; b++)
      borne[b] = borne[b]! + book.borneCNY[i * LOSS_BEARERS.length + b]!;
  }
  let peak = 0;
  for (const r of bank.nplRatio) peak = Math.max(peak, r);
  // The typical quarter too: the peak is often a near-empty book at the end of a 'stop' spell.
  const sorted = Float64Array.from(bank.nplRatio).sort();
  const median = sorted.length > 0 ? sorted[Math.floor((sorted.length - 1) / 2)]! : Number.NaN;
  const loansCNY = -totals.loanDraw;
  // Net income of the tech book over its average outstanding principal, per year.
  const averageOutstanding = bank.outstandingQuarterSumCNY / Math.max(1, quarters);
  const bankLoss = borne[LOSS_BEARERS.indexOf('bank')]!;
  const income = totals.interest - bankLoss;
  return {
    'bank.loansCount': count,
    'bank.loansCNY': loansCNY,
    'bank.firstTimeBorrowers': bank.firstTimeBorrowers,
    'bank.defaults': defaults,
    'bank.nplRatioPeak': peak,
    'bank.nplRatioMedian': median,
    'bank.quartersAboveTolerance': bank.quartersAboveTolerance,
    'bank.interestCNY': totals.interest,
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
