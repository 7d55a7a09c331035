import { INVESTOR_CLASSES } from '../chain/fundBook.ts';
import { accountIndex } from '../ledger/ledger.ts';
import { postingKindCode } from '../ledger/postingKind.ts';
import {
  addGrossFlows,
  cumulativeNetCNY,
  emptyGrossFlows,
  type GrossFlows,
} from '../trial/accountFlows.ts';
import type { TrialResult } from '../trial/simulateTrial.ts';

/** Per-fund series of one fund (quarters 0..Q; Q is the horizon). */
export const FUND_SERIES = [
  'calledCNY',
  'distributedCNY',
  'feesCNY',
  'carryCNY',
  'navCNY',
] as const;

/** The key a fund's series go under: `fund.<sub-fund id>`, `fund.guidanceFund`, `fund.seedFund`. */
export function fundSeriesPrefix(fund: { id: string; kind: string }): string | null {
  if (fund.kind === 'guidance') return 'fund.guidanceFund';
  if (fund.kind === 'seed') return 'fund.seedFund';
  return fund.kind === 'angel' || fund.kind === 'tech' || fund.kind === 'bankLinked'
    ? `fund.${fund.id}`
    : null;
}

/**
 * 1 at each quarter by whose end the distributions so far (before the horizon) have reached the
 * capital paid in so far (DPI ≥ 1), else 0 (also while nothing is paid in: a fund not yet started
 * has returned nothing). Its mean over trials is P(DPI ≥ 1 by then). The horizon's NAV is no
 * distribution: quarter Q repeats Q − 1.
 */
function dpiAtLeastOne(flows: GrossFlows, quarters: number): Float64Array {
  const out = new Float64Array(quarters + 1);
  let paid = 0;
  let back = 0;
  for (let t = 0; t < quarters; t++) {
    paid += flows.paidInCNY[t]!;
    back += flows.distributedCNY[t]!;
    out[t] = paid > 0 && back >= paid ? 1 : 0;
  }
  out[quarters] = quarters > 0 ? out[quarters - 1]! : 0;
  return out;
}

/**
 * Every fund's quarterly plan, for a fund manager's or an LP's pacing: per quarter 0..Q, the
 * capital it called from its investors, what it paid them (distributions, concessions and
 * rewards passed through; before the horizon), the management fee and carry it paid its GP, its
 * NAV at the quarter's end (open stakes at the latest round price; at the horizon, Q, what the
 * horizon's valuation gives its investors, as RVPI counts it), and for a sub-fund each investor
 * class's J-curve (cumulative net flow, its last quarter the horizon's NAV). Money from the ledger;
 * NAV before the horizon from the positions (the ledger holds no valuation until then). The
 * guidance and seed funds' investor is the treasury: their calls are the fiscal money they draw.
 */
export function fundSeries(
  result: TrialResult,
  fundNavCNY: Float64Array,
): Record<string, Float64Array> {
  const { ledger, funds, quarters, flows } = result;
  const length = quarters + 1;
  const series: Record<string, Float64Array> = {};
  // Fees and carry a fund pays, per quarter, by fund account.
  const fees = new Map<number, Float64Array>();
  const carry = new Map<number, Float64Array>();
  const rows: { prefix: string; account: number; index: number; classes: number[] | null }[] = [];
  for (const fund of funds) {
    const prefix = fundSeriesPrefix(fund);
    if (!prefix) continue;
    const account = accountIndex(ledger, fund.account);
    fees.set(account, new Float64Array(length));
    carry.set(account, new Float64Array(length));
    const classes = fund.classAccounts?.map((id) => accountIndex(ledger, id)) ?? null;
    rows.push({ prefix, account, index: fund.index, classes });
  }
  const { kind, from, quarter, amountFen } = ledger;
  for (let i = 0; i < ledger.count; i++) {
    const k = kind[i]!;
    if (k !== postingKindCode.fee && k !== postingKindCode.carry) continue;
    const into = (k === postingKindCode.fee ? fees : carry).get(from[i]!);
    if (into) into[quarter[i]!] = into[quarter[i]!]! + amountFen[i]! / 100;
  }
  for (const { prefix, account, index, classes } of rows) {
    let investors: GrossFlows;
    if (classes) {
      investors = emptyGrossFlows(length);
      classes.forEach((investor, c) => {
        const own = emptyGrossFlows(length);
        flows.addInvestorFlows(own, investor, account);
        series[`${prefix}.jcurve.${INVESTOR_CLASSES[c]}`] = cumulativeNetCNY(own);
        addGrossFlows(investors, own);
      });
    } else {
      // The treasury's money in, and what goes back to it, seen from the fund.
      const all = flows.allFlows(account);
      investors = emptyGrossFlows(length);
      const withTreasury = flows.nonFiscalFlows(account);
      for (let t = 0; t < length; t++) {
        investors.paidInCNY[t] = all.distributedCNY[t]! - withTreasury.distributedCNY[t]!;
        investors.distributedCNY[t] = all.paidInCNY[t]! - withTreasury.paidInCNY[t]!;
      }
    }
    const nav = fundNavCNY.slice(index * length, (index + 1) * length);
    nav[quarters] = investors.distributedCNY[quarters]!;
    const distributed = investors.distributedCNY.slice();
    distributed[quarters] = 0;
    series[`${prefix}.calledCNY`] = investors.paidInCNY;
    series[`${prefix}.distributedCNY`] = distributed;
    series[`${prefix}.feesCNY`] = fees.get(account)!;
    series[`${prefix}.carryCNY`] = carry.get(account)!;
    series[`${prefix}.navCNY`] = nav;
    if (classes) series[`${prefix}.dpiAtLeastOne`] = dpiAtLeastOne(investors, quarters);
  }
  return series;
}
