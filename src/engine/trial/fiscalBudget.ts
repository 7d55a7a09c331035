import { accountIndex, type Ledger } from '../ledger/ledger.ts';
import { postingKindCode } from '../ledger/postingKind.ts';

/** What a fiscal yuan is paid out for, as the treasury's figures split it (treasuryMetrics.ts). */
export const FISCAL_USES = [
  'guidanceFund',
  'seedFund',
  'riskPool',
  'subsidies',
  'rewards',
  'guarantees',
] as const;
export type FiscalUse = (typeof FISCAL_USES)[number];

/** The accounts a treasury payment's use is read from. */
export type FiscalAccounts = { guidanceFund: number; seedFund: number; riskPool: number };

export function fiscalAccounts(ledger: Ledger): FiscalAccounts {
  return {
    guidanceFund: accountIndex(ledger, 'guidanceFund'),
    seedFund: accountIndex(ledger, 'seedFund'),
    riskPool: accountIndex(ledger, 'riskPool'),
  };
}

/**
 * The use of a payment out of the treasury of kind code `kind` to account `target` (an index in
 * FISCAL_USES), or −1 for none of them. The kind decides first: a subsidy, reward or guarantee
 * claim is that whatever it reaches; otherwise the fund or pool it funds.
 */
export function fiscalUseOf(kind: number, target: number, accounts: FiscalAccounts): number {
  if (kind === postingKindCode.subsidy) return 3;
  if (kind === postingKindCode.reward) return 4;
  if (kind === postingKindCode.guaranteeClaim) return 5;
  if (target === accounts.guidanceFund) return 0;
  if (target === accounts.seedFund) return 1;
  if (target === accounts.riskPool) return 2;
  return -1;
}

/**
 * The budget a province approves, year by year (years 0..Y−1; the horizon's postings fall in the
 * last year), in CNY: what the treasury pays out for each use (gross, the guidance fund's and
 * seed fund's money as they draw it) and the cash it gets back (fund distributions and their cash
 * at the horizon, pool money returned unused; not the NAV of stakes handed over, which is no cash).
 */
export type FiscalBudget = {
  years: number;
  outlaysCNY: Record<FiscalUse, Float64Array>;
  totalOutlaysCNY: Float64Array;
  receiptsCNY: Float64Array;
};

export function fiscalBudgetByYear(ledger: Ledger, quarters: number): FiscalBudget {
  const years = Math.max(1, Math.ceil(quarters / 4));
  const accounts = fiscalAccounts(ledger);
  const treasury = accountIndex(ledger, 'treasury');
  const outlaysFen = FISCAL_USES.map(() => new Float64Array(years));
  const totalFen = new Float64Array(years);
  const receiptsFen = new Float64Array(years);
  const { kind, from, to, amountFen, quarter } = ledger;
  for (let i = 0; i < ledger.count; i++) {
    const year = Math.min(years - 1, Math.floor(quarter[i]! / 4));
    const fen = amountFen[i]!;
    if (from[i] === treasury) {
      totalFen[year] = totalFen[year]! + fen;
      const use = fiscalUseOf(kind[i]!, to[i]!, accounts);
      if (use >= 0) outlaysFen[use]![year] = outlaysFen[use]![year]! + fen;
    } else if (to[i] === treasury && kind[i] !== postingKindCode.residualValue) {
      receiptsFen[year] = receiptsFen[year]! + fen;
    }
  }
  const cny = (fen: Float64Array) => fen.map((v) => v / 100);
  return {
    years,
    outlaysCNY: Object.fromEntries(
      FISCAL_USES.map((use, k) => [use, cny(outlaysFen[k]!)]),
    ) as Record<FiscalUse, Float64Array>,
    totalOutlaysCNY: cny(totalFen),
    receiptsCNY: cny(receiptsFen),
  };
}

/** The largest year's outlay: the budget line a year must allow for. */
export function peakAnnualOutlayCNY(budget: FiscalBudget): number {
  return Math.max(...budget.totalOutlaysCNY);
}
