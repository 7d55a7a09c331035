import { accountIndex, type Ledger } from '../ledger/ledger.ts';
import { postingKindCode } from '../ledger/postingKind.ts';
import type { TrialMetrics } from './ledgerMetrics.ts';

/**
 * The treasury's figures, from the ledger: what it paid and got back, where the money went, its
 * net cost at present value (quarterly discounting at the scenario rate), and the private capital
 * (private LPs' and GPs' calls) and bank credit mobilised per fiscal yuan paid.
 */
export function treasuryMetrics(
  ledger: Ledger,
  quarters: number,
  discountRatePerYear: number,
): TrialMetrics {
  const treasury = accountIndex(ledger, 'treasury');
  // Gross, posting by posting: a quarter's payments are not netted against its receipts.
  const paidFen = new Float64Array(quarters + 1);
  const receivedFen = new Float64Array(quarters + 1);
  for (let i = 0; i < ledger.count; i++) {
    const t = ledger.quarter[i]!;
    if (ledger.from[i] === treasury) paidFen[t] = paidFen[t]! + ledger.amountFen[i]!;
    else if (ledger.to[i] === treasury) receivedFen[t] = receivedFen[t]! + ledger.amountFen[i]!;
  }
  let paid = 0;
  let received = 0;
  let netCostPV = 0;
  for (let t = 0; t <= quarters; t++) {
    paid += paidFen[t]! / 100;
    received += receivedFen[t]! / 100;
    netCostPV += (paidFen[t]! - receivedFen[t]!) / 100 / Math.pow(1 + discountRatePerYear, t / 4);
  }
  const guidanceFund = accountIndex(ledger, 'guidanceFund');
  const seedFund = accountIndex(ledger, 'seedFund');
  const riskPool = accountIndex(ledger, 'riskPool');
  const group = (i: number) => ledger.accounts[i]!.group;
  const spent: Record<string, number> = {
    guidanceFund: 0,
    seedFund: 0,
    riskPool: 0,
    subsidies: 0,
    rewards: 0,
    guarantees: 0,
  };
  let privateCapital = 0;
  let bankCredit = 0;
  const { kind, from, amountFen } = ledger;
  for (let i = 0; i < ledger.count; i++) {
    const k = kind[i]!;
    const amount = amountFen[i]! / 100;
    if (from[i] === treasury) {
      const target = ledger.to[i]!;
      if (k === postingKindCode.subsidy) spent.subsidies! += amount;
      else if (k === postingKindCode.reward) spent.rewards! += amount;
      else if (k === postingKindCode.guaranteeClaim) spent.guarantees! += amount;
      else if (target === guidanceFund) spent.guidanceFund! += amount;
      else if (target === seedFund) spent.seedFund! += amount;
      else if (target === riskPool) spent.riskPool! += amount;
    }
    if (
      k === postingKindCode.capitalCall &&
      (group(from[i]!) === 'privateLP' || group(from[i]!) === 'gp')
    )
      privateCapital += amount;
    if (k === postingKindCode.loanDraw) bankCredit += amount;
  }
  const metrics: TrialMetrics = {
    'treasury.paidCNY': paid,
    'treasury.receivedCNY': received,
    'treasury.netCostPVCNY': netCostPV,
    'treasury.privateCapitalCNY': privateCapital,
    'treasury.bankCreditCNY': bankCredit,
    'treasury.leverage': paid > 0 ? (privateCapital + bankCredit) / paid : Number.NaN,
  };
  for (const [key, value] of Object.entries(spent)) metrics[`treasury.spent.${key}CNY`] = value;
  return metrics;
}
