import { concessionRate } from '../funds/concession.ts';
import { contribute, newWaterfallAccount } from '../funds/waterfall.ts';
import { markBacked } from '../firms/firmTable.ts';
import { setStageProbabilities } from '../firms/stageEntry.ts';
import { GROWTH, liveStageName } from '../firms/stageCode.ts';
import { post } from '../ledger/ledger.ts';
import { payFromFund, uncalledCNY } from './capital.ts';
import type { ChainContext } from './chainContext.ts';
import type { Fund } from './fundBook.ts';
import { findPosition, openPosition } from './positions.ts';
import { recyclesWithinQuarter } from './realisation.ts';

/** Funds invest ahead of a straight-line schedule by at most this factor (deployment pacing). */
const PACING_SLACK = 1.25;
/** A ticket smaller than this share of the fund's normal ticket is not worth a deal. */
const MIN_TICKET_SHARE = 0.1;

/** The smallest first investment a fund makes: a tenth of its ticket, and at least one yuan. */
function minimumTicketCNY(fund: Fund): number {
  return Math.max(MIN_TICKET_SHARE * fund.ticketCNY, 1);
}

/**
 * A financing round of `firm` raising `newMoneyCNY` at its (already updated) post-money: every
 * holder is diluted, holders follow on pro rata from their reserves, funds whose focus and rules
 * admit the firm make first investments, and outside investors take the rest. `investors`, in fund
 * order, are the funds that may make a first investment (firstInvestors: those open this quarter
 * at the round's stage); each is still checked against every rule.
 */
export function processRound(
  ctx: ChainContext,
  firm: number,
  quarter: number,
  newMoneyCNY: number,
  convertedCNY = 0,
  investors: readonly Fund[] = ctx.funds,
): void {
  const { firms, positions: p } = ctx;
  const postMoney = firms.postMoneyCNY[firm]!;
  const dilution = 1 - newMoneyCNY / postMoney;
  let remaining = newMoneyCNY - convertedCNY;

  for (let i = firm < p.firmHead.length ? p.firmHead[firm]! : -1; i >= 0; i = p.nextOfFirm[i]!) {
    if (p.open[i] !== 1) continue;
    const before = p.share[i]!;
    p.share[i] = before * dilution;
    const fund = ctx.funds[p.fund[i]!]!;
    if (fund.kind === 'guidance' || fund.kind === 'seed' || quarter >= fund.lifeEndQuarter)
      continue;
    const amount = Math.min(
      before * newMoneyCNY,
      fund.followOnBudgetCNY - fund.followOnInvestedCNY,
      uncalledCNY(fund),
      remaining,
    );
    if (amount < 1) continue;
    if (!payFromFund(ctx, fund, quarter, ctx.firmAccount, amount, 'investment', firm)) continue;
    p.share[i] = p.share[i]! + amount / postMoney;
    p.costCNY[i] = p.costCNY[i]! + amount;
    fund.followOnInvestedCNY += amount;
    fund.heldCostCNY += amount;
    const deal = fund.dealWaterfalls.get(i);
    if (deal) contribute(deal, amount, quarter, fund.waterfallTerms);
    remaining -= amount;
  }

  // Convertible loans (可转贷) turn into the bank's stake at the round price, after dilution.
  if (convertedCNY > 0) {
    const bankFund = ctx.funds[ctx.funds.length - 1]!;
    const held = findPosition(p, bankFund.index, firm);
    if (held >= 0) {
      p.share[held] = p.share[held]! + convertedCNY / postMoney;
      p.costCNY[held] = p.costCNY[held]! + convertedCNY;
    } else {
      openPosition(
        p,
        bankFund.index,
        firm,
        convertedCNY / postMoney,
        convertedCNY,
        firms.stage[firm]!,
        quarter,
        0,
      );
    }
  }

  const stage = firms.stage[firm]!;
  for (const fund of investors) {
    if (remaining < 1) break;
    if ((fund.stageFocus & (1 << stage)) === 0 || quarter < fund.vintageQuarter) continue;
    if (quarter >= fund.investmentEndQuarter) continue;
    if (firms.points[firm]! < fund.minPoints) continue;
    if (fund.industryFocus && fund.industryFocus[firms.industry[firm]!] !== 1) continue;
    if (findPosition(p, fund.index, firm) >= 0) continue;
    const minTicketCNY = minimumTicketCNY(fund);
    // The round's own bounds first: most rounds are too small for a fund's minimum ticket.
    const roundBound = Math.min(fund.ticketCNY, fund.ownershipCapShare * postMoney, remaining);
    if (roundBound < minTicketCNY) continue;
    const ticket = Math.min(
      roundBound,
      paceAllowanceCNY(fund, quarter),
      localRequirementRoomCNY(fund, firms.inProvince[firm] === 1),
    );
    if (ticket < minTicketCNY) continue;
    if (!payFromFund(ctx, fund, quarter, ctx.firmAccount, ticket, 'investment', firm)) continue;
    openFundPosition(ctx, fund, firm, ticket / postMoney, ticket, quarter);
    remaining -= ticket;
  }

  // Outside money is booked for rounds of firms the chain has backed: the co-investment public
  // money sits beside. Rounds of firms no chain fund ever touched stay outside the chain's books.
  if (remaining >= 0.005 && firms.backedQuarter[firm]! >= 0)
    post(ctx.ledger, quarter, ctx.market, ctx.firmAccount, remaining, 'roundCoInvestment', firm);
}

/** Who may make a first investment in a round this quarter, by the stage the round is at. */
export type FirstInvestors = {
  /**
   * The lowest innovation points some fund open at the stage asks (Infinity where none is): a
   * round of a firm below it that no fund holds moves no money, so the trial skips it.
   */
  floorPoints: Float64Array;
  /** The funds open to first investments at the stage this quarter, in fund order. */
  funds: Fund[][];
};

export function createFirstInvestors(stageCount: number): FirstInvestors {
  return {
    floorPoints: new Float64Array(stageCount),
    funds: Array.from({ length: stageCount }, () => []),
  };
}

/**
 * This quarter's first investors: funds past their vintage and within their investment period,
 * with a minimum ticket left in their pace allowance and first-investment budget. Both only shrink
 * within a quarter (investing spends them) unless the budget can grow by recycling (an evergreen
 * seed fund's transfer proceeds): such a fund is always listed, and processRound checks it.
 */
export function findFirstInvestors(ctx: ChainContext, quarter: number, out: FirstInvestors): void {
  out.floorPoints.fill(Infinity);
  for (const list of out.funds) list.length = 0;
  for (const fund of ctx.funds) {
    if (quarter < fund.vintageQuarter || quarter >= fund.investmentEndQuarter) continue;
    const minTicketCNY = minimumTicketCNY(fund);
    const spent =
      paceAllowanceCNY(fund, quarter) < minTicketCNY ||
      fund.firstBudgetCNY - fund.firstInvestedCNY < minTicketCNY;
    if (spent && !recyclesWithinQuarter(ctx, fund)) continue;
    for (let stage = 0; stage < out.funds.length; stage++) {
      if ((fund.stageFocus & (1 << stage)) === 0) continue;
      out.funds[stage]!.push(fund);
      if (fund.minPoints < out.floorPoints[stage]!) out.floorPoints[stage] = fund.minPoints;
    }
  }
}

/**
 * Books a new stake of `fund` (a first investment or a stake bought in a transfer): its concession
 * rate, deal waterfall, the fund's budgets and 返投 tally, and what the stake does to the firm.
 */
export function openFundPosition(
  ctx: ChainContext,
  fund: Fund,
  firm: number,
  share: number,
  costCNY: number,
  quarter: number,
): number {
  const { firms, scenario } = ctx;
  const stage = firms.stage[firm]!;
  const inProvince = firms.inProvince[firm] === 1;
  // 让利 applies to the guidance fund's gains in angel sub-funds (Hebei plan 二(二)2).
  const rate =
    fund.kind === 'angel'
      ? concessionRate({ inProvince, firstBackedStage: liveStageName(stage) }, scenario.concession)
      : 0;
  const position = openPosition(
    ctx.positions,
    fund.index,
    firm,
    share,
    costCNY,
    stage,
    quarter,
    rate,
  );
  if (fund.waterfallType === 'dealByDeal' && fund.classAccounts) {
    const deal = newWaterfallAccount();
    contribute(deal, costCNY, quarter, fund.waterfallTerms);
    fund.dealWaterfalls.set(position, deal);
  }
  fund.firstInvestedCNY += costCNY;
  fund.heldCostCNY += costCNY;
  if (inProvince) fund.inProvinceInvestedCNY += costCNY;
  markBacked(firms, firm, quarter);
  if (fund.kind === 'tech' && fund.listingPrepIpoMultiplier > firms.ipoHazardMultiplier[firm]!) {
    firms.ipoHazardMultiplier[firm] = fund.listingPrepIpoMultiplier;
    if (stage === GROWTH) setStageProbabilities(firms, firm, ctx.hazards);
  }
  if (fund.whiteLists && firms.whiteListQuarter[firm]! < 0) firms.whiteListQuarter[firm] = quarter;
  return position;
}

/** What the fund may still commit this quarter without running ahead of its deployment pace. */
export function paceAllowanceCNY(fund: Fund, quarter: number): number {
  const periodQuarters = Math.max(1, fund.investmentEndQuarter - fund.vintageQuarter);
  const elapsed = quarter - fund.vintageQuarter + 1;
  const target = fund.firstBudgetCNY * Math.min(1, (elapsed / periodQuarters) * PACING_SLACK);
  return Math.min(target, fund.firstBudgetCNY) - fund.firstInvestedCNY;
}

/** 返投: an out-of-province deal may not eat the budget the fund still needs in the province. */
export function localRequirementRoomCNY(fund: Fund, inProvince: boolean): number {
  const left = fund.firstBudgetCNY - fund.firstInvestedCNY;
  if (inProvince) return left;
  return left - Math.max(0, fund.localRequirementCNY - fund.inProvinceInvestedCNY);
}
