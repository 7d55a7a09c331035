import { accountIndex, type Ledger } from '../ledger/ledger.ts';
import { postingKindCode } from '../ledger/postingKind.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { TrialMetrics } from './ledgerMetrics.ts';
import { FISCAL_USES, fiscalAccounts, fiscalUseOf } from './fiscalBudget.ts';
import { pow } from '../math/ieeeMath.ts';

/**
 * The treasury's figures, from the ledger, posting by posting (gross: a quarter's payments are not
 * netted against its receipts), in CNY; present values discount quarter t by (1 + r)^(t/4).
 *
 *  - paid: every yuan out; spent: paid less fiscal money returned unused (the pool's unspent
 *    funding); received: cash back (fund distributions, the funds' cash at the horizon); NAV: the
 *    funds' unrealised stakes handed over at the horizon at their latest round price — not cash.
 *  - net cost on cash alone = PV(spent) − PV(received); with NAV, less PV(NAV) × (1 − haircut).
 *  - by use: the chain (its funds: guidance and seed fund, the investment reward paid to its
 *    sub-funds) and the province-wide programmes (the risk-compensation pool, guarantee claims and
 *    subsidies, which reach any firm): each its own spending, cost and, for the chain, returns.
 *  - private capital the chain's funds mobilised: private LPs' and GPs' capital called.
 */
export function treasuryMetrics(
  ledger: Ledger,
  quarters: number,
  fiscal: Scenario['fiscal'],
): TrialMetrics {
  const treasury = accountIndex(ledger, 'treasury');
  const accounts = fiscalAccounts(ledger);
  const { guidanceFund, seedFund, riskPool } = accounts;
  const discount = new Float64Array(quarters + 1);
  for (let t = 0; t <= quarters; t++) discount[t] = 1 / pow(1 + fiscal.discountRatePerYear, t / 4);

  // Sums in fen, then CNY: [nominal, present value].
  const sums = {
    paid: [0, 0],
    refunded: [0, 0],
    received: [0, 0],
    nav: [0, 0],
    chainSpent: [0, 0],
    chainReceived: [0, 0],
    chainNav: [0, 0],
    programmesSpent: [0, 0],
    guidanceFund: [0, 0],
    seedFund: [0, 0],
    riskPool: [0, 0],
    subsidies: [0, 0],
    rewards: [0, 0],
    guarantees: [0, 0],
  };
  const add = (sum: number[], fen: number, t: number) => {
    sum[0] = sum[0]! + fen;
    sum[1] = sum[1]! + fen * discount[t]!;
  };
  let privateCapitalFen = 0;
  const { kind, from, to, amountFen, quarter } = ledger;
  const group = (i: number) => ledger.accounts[i]!.group;
  for (let i = 0; i < ledger.count; i++) {
    const k = kind[i]!;
    const fen = amountFen[i]!;
    const t = quarter[i]!;
    if (from[i] === treasury) {
      add(sums.paid, fen, t);
      const target = to[i]!;
      const use = fiscalUseOf(k, target, accounts);
      if (use >= 0) add(sums[FISCAL_USES[use]!], fen, t);
      if (k === postingKindCode.reward || target === guidanceFund || target === seedFund)
        add(sums.chainSpent, fen, t);
      else add(sums.programmesSpent, fen, t);
    } else if (to[i] === treasury) {
      const source = from[i]!;
      const chain = source === guidanceFund || source === seedFund;
      if (k === postingKindCode.fiscalRefund) {
        add(sums.refunded, fen, t);
        if (source === riskPool) add(sums.riskPool, -fen, t);
        add(chain ? sums.chainSpent : sums.programmesSpent, -fen, t);
      } else if (k === postingKindCode.residualValue) {
        add(sums.nav, fen, t);
        if (chain) add(sums.chainNav, fen, t);
      } else {
        add(sums.received, fen, t);
        if (chain) add(sums.chainReceived, fen, t);
      }
    }
    if (
      k === postingKindCode.capitalCall &&
      (group(from[i]!) === 'privateLP' || group(from[i]!) === 'gp')
    )
      privateCapitalFen += fen;
  }
  const cny = (sum: number[]) => sum[0]! / 100;
  const pv = (sum: number[]) => sum[1]! / 100;
  const keep = 1 - fiscal.navHaircutShare;
  const netCash = pv(sums.paid) - pv(sums.refunded) - pv(sums.received);
  const chainCash = pv(sums.chainSpent) - pv(sums.chainReceived);
  return {
    'treasury.paidCNY': cny(sums.paid),
    'treasury.refundedCNY': cny(sums.refunded),
    'treasury.spentCNY': cny(sums.paid) - cny(sums.refunded),
    'treasury.receivedCNY': cny(sums.received),
    'treasury.navCNY': cny(sums.nav),
    'treasury.netCostCashPVCNY': netCash,
    'treasury.netCostWithNavPVCNY': netCash - pv(sums.nav) * keep,
    'treasury.spent.guidanceFundCNY': cny(sums.guidanceFund),
    'treasury.spent.seedFundCNY': cny(sums.seedFund),
    'treasury.spent.riskPoolCNY': cny(sums.riskPool),
    'treasury.spent.subsidiesCNY': cny(sums.subsidies),
    'treasury.spent.rewardsCNY': cny(sums.rewards),
    'treasury.spent.guaranteesCNY': cny(sums.guarantees),
    'chain.fiscalSpentCNY': cny(sums.chainSpent),
    'chain.receivedCNY': cny(sums.chainReceived),
    'chain.navCNY': cny(sums.chainNav),
    'chain.netCostCashPVCNY': chainCash,
    'chain.netCostWithNavPVCNY': chainCash - pv(sums.chainNav) * keep,
    'chain.privateCapitalCNY': privateCapitalFen / 100,
    'programmes.fiscalSpentCNY': cny(sums.programmesSpent),
    'programmes.netCostPVCNY': pv(sums.programmesSpent),
  };
}
