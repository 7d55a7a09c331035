import type { Ledger } from '../ledger/ledger.ts';
import { postingKindCode } from '../ledger/postingKind.ts';
import type { TrialMetrics } from './ledgerMetrics.ts';

/**
 * What the fiscal money bought, each on its own basis and with its denominator stated:
 *  - the chain: private capital its funds called and bank credit to firms it had backed (new
 *    money: first loans and every loan that is not a renewal), per yuan the chain's funds spent
 *    (`chain.fiscalSpentCNY`); its net cost (PV, with NAV at the haircut) per firm it backed and per
 *    backed firm that listed. When the chain made money the cost per outcome is undefined and the
 *    gain is reported as a gain (`chain.netGainCNY`, `chain.madeNetGain`), never as a negative cost;
 *  - the province-wide programmes (risk-compensation pool, guarantee claims, subsidies): new-money
 *    credit to firms the chain had not backed, per yuan they spent; their cost (PV) per firm they
 *    reached, a firm that borrowed from the tech book (which the pool stands behind) or received a
 *    subsidy.
 * `metrics` must hold the treasury's, the bank's and the firms' figures of the trial.
 */
export function outcomeMetrics(metrics: TrialMetrics, firmsReached: number): TrialMetrics {
  const m = (key: string) => metrics[key]!;
  const per = (amount: number, base: number) => (base > 0 ? amount / base : Number.NaN);
  const chainSpent = m('chain.fiscalSpentCNY');
  const privateCapital = m('chain.privateCapitalCNY');
  const chainCredit = m('bank.chainNewCreditCNY');
  const cost = m('chain.netCostWithNavPVCNY');
  const perOutcome = (outcomes: number) => (cost > 0 ? per(cost, outcomes) : Number.NaN);
  return {
    'chain.leveragePrivate': per(privateCapital, chainSpent),
    'chain.leverageBankCredit': per(chainCredit, chainSpent),
    'chain.leverage': per(privateCapital + chainCredit, chainSpent),
    'chain.costPerBackedFirmCNY': perOutcome(m('firms.supported')),
    'chain.costPerBackedListingCNY': perOutcome(m('firms.supportedListed')),
    'chain.netGainCNY': Math.max(0, -cost),
    'chain.madeNetGain': cost < 0 ? 1 : 0,
    'programmes.leverageBankCredit': per(
      m('bank.programmeNewCreditCNY'),
      m('programmes.fiscalSpentCNY'),
    ),
    'programmes.firmsReached': firmsReached,
    'programmes.costPerFirmReachedCNY': per(m('programmes.netCostPVCNY'), firmsReached),
  };
}

/** Firms the programmes reached: every firm that borrowed from the tech book or got a subsidy. */
export function programmeFirmsReached(
  ledger: Ledger,
  borrowed: Uint8Array,
  firmCount: number,
): number {
  const reached = new Uint8Array(firmCount);
  for (let f = 0; f < firmCount; f++) if (borrowed[f] === 1) reached[f] = 1;
  for (let i = 0; i < ledger.count; i++) {
    const firm = ledger.firm[i]!;
    if (ledger.kind[i] === postingKindCode.subsidy && firm >= 0) reached[firm] = 1;
  }
  let count = 0;
  for (let f = 0; f < firmCount; f++) count += reached[f]!;
  return count;
}
