import type { BankState } from '../bank/bankContext.ts';
import { PERFORMING } from '../bank/loanBook.ts';
import type { ChainContext } from '../chain/chainContext.ts';
import { rateAtQuarter } from '../economy/ratePath.ts';
import { ageAtArrival } from '../firms/arrivals.ts';
import { isLive } from '../firms/stageCode.ts';
import { post } from '../ledger/ledger.ts';
import { isEligibleFirm } from './eligibility.ts';

/**
 * A (potential) unicorn in the Hebei plan's sense (二(一)2): at most 10 years old, backed by
 * private investment (every simulated firm has raised a round), not listed, valued at USD 500M or
 * more (converted at the scenario's exchange rate); a firm of the province, in an eligible industry,
 * as the scenario's eligibility says (the plan's incentives are for 我省 firms).
 */
export function isUnicorn(ctx: ChainContext, firm: number, quarter: number): boolean {
  const rule = ctx.scenario.fiscal.unicornInterestSubsidy;
  if (!rule.enabled) return false;
  const { firms } = ctx;
  // Age last: a firm's age is drawn when first asked (ageAtArrival), so only for large firms.
  return (
    isLive(firms.stage[firm]!) &&
    firms.postMoneyCNY[firm]! >= rule.minValuationUSD * rule.usdCnyRate &&
    ageAtArrival(firms, ctx.scenario, ctx.randomKey, firm) +
      (quarter - firms.arrivalQuarter[firm]!) / 4 <=
      rule.maxAgeYears &&
    isEligibleFirm(ctx, firm, rule)
  );
}

/**
 * Interest subsidy (定向贴息): for one year from signing, 30% of the LPR at signing on the
 * principal of a qualifying new medium/long-term loan, paid quarterly, at most CNY 30M per firm
 * in a calendar year.
 */
export function payUnicornSubsidies(ctx: ChainContext, bank: BankState, quarter: number): void {
  const rule = ctx.scenario.fiscal.unicornInterestSubsidy;
  if (!rule.enabled) return;
  const { book } = bank;
  if (quarter % 4 === 0) bank.unicornPaidThisYearCNY.fill(0);
  for (let k = 0; k < book.openCount; k++) {
    const i = book.open[k]!;
    if (book.unicornSubsidy[i] !== 1 || book.status[i] !== PERFORMING) continue;
    const start = book.startQuarter[i]!;
    if (quarter <= start || quarter > start + 4) continue;
    const firm = book.firm[i]!;
    const due =
      (rule.lprShare * rateAtQuarter(ctx.scenario.economy.lpr1y, start) * book.principalCNY[i]!) /
      4;
    const room = rule.capPerFirmPerYearCNY - bank.unicornPaidThisYearCNY[firm]!;
    const paid = Math.min(due, room);
    if (paid < 0.01) continue;
    post(ctx.ledger, quarter, ctx.treasury, ctx.firmAccount, paid, 'subsidy', firm);
    bank.unicornPaidThisYearCNY[firm] = bank.unicornPaidThisYearCNY[firm]! + paid;
  }
}
