import { lpAnswer, type OfferTerms, type TrackRecordFund } from '../funds/lpResponse.ts';
import { balanceCNY, post } from '../ledger/ledger.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ChainContext } from './chainContext.ts';
import { GUIDANCE, OFFER_KINDS, type Fund, type OfferKind } from './fundBook.ts';
import { neverForms, uncommittedCapitalCNY } from './guidanceBudget.ts';

/**
 * A fund-raising programme in one trial (README, “Fund raising”): at each offer's vintage private
 * LPs answer (lpResponse.ts); an offer they subscribe to at least the minimum close share closes
 * at the subscribed size, capped by the year's budget and the guidance fund's capital, and from
 * then on is a sub-fund like a listed one. What it records is year by year, each year [0, Y).
 */
export type FundRaisingState = {
  /** Budget left in the current programme year, and that year (−1 before the first). */
  budgetLeftCNY: number;
  year: number;
  /** Receipts of the guidance fund kept for later vintages, and what of them is committed. */
  recycledCNY: number;
  recycledCommittedCNY: number;
  /** Ledger postings already read for receipts. */
  postingsRead: number;
  offeredByYear: Record<OfferKind, Float64Array>;
  closedByYear: Record<OfferKind, Float64Array>;
  /** Private LPs' commitments to the funds that closed, by year. */
  privateRaisedByYearCNY: Float64Array;
  guidanceCommittedByYearCNY: Float64Array;
  /** The budget each programme year had (its own, plus any carried). */
  budgetByYearCNY: Float64Array;
  /** Budget given back to the treasury uncommitted (unspentBudget = returnToTreasury). */
  budgetReturnedCNY: number;
};

export function createFundRaisingState(scenario: Scenario): FundRaisingState | null {
  if (!scenario.fundRaising) return null;
  const years = scenario.simulation.years;
  const perKind = () =>
    Object.fromEntries(OFFER_KINDS.map((k) => [k, new Float64Array(years)])) as Record<
      OfferKind,
      Float64Array
    >;
  return {
    budgetLeftCNY: 0,
    year: -1,
    recycledCNY: 0,
    recycledCommittedCNY: 0,
    postingsRead: 0,
    offeredByYear: perKind(),
    closedByYear: perKind(),
    privateRaisedByYearCNY: new Float64Array(years),
    guidanceCommittedByYearCNY: new Float64Array(years),
    budgetByYearCNY: new Float64Array(years),
    budgetReturnedCNY: 0,
  };
}

/** What LPs price of an offered fund: its terms as the fund book holds them, and the concession. */
function offerTerms(ctx: ChainContext, fund: Fund): OfferTerms {
  const concession = ctx.scenario.concession;
  const offer = ctx.scenario.fundRaising![fund.kind as OfferKind]!.terms;
  return {
    guidanceFundShare: fund.classShares[0],
    gpShare: fund.classShares[2],
    investmentPeriodYears: offer.investmentPeriodYears,
    lifeYears: offer.lifeYears,
    feeInvestmentPeriodRatePerYear: fund.feeInvestmentPeriodRatePerYear,
    feeAfterRatePerYear: fund.feeAfterRatePerYear,
    hurdleRatePerYear: fund.waterfallTerms.hurdleRatePerYear,
    carryShare: fund.waterfallTerms.carryShare,
    localReinvestmentMultiple: offer.localReinvestmentMultiple,
    // 让利 is paid on angel sub-funds' gains at the angel-stage rate (concession.ts).
    concessionShare: fund.kind === 'angel' && concession.enabled ? concession.angelStageShare : 0,
    concessionToGpShare: concession.toGpShare,
  };
}

/**
 * The track record LPs see at `quarter`: every sub-fund of the trial old enough, with capital
 * paid in, judged by its private LPs' interim TVPI — what they received plus their share of the
 * fund's NAV (stakes at their latest round price) and cash, over what they paid in.
 */
export function judgedFunds(ctx: ChainContext, quarter: number): TrackRecordFund[] {
  const lp = ctx.scenario.fundRaising!.lpResponse;
  const oldest = quarter - 4 * lp.trackRecordMinAgeYears;
  const candidates = ctx.funds.filter(
    (f) => f.classAccounts && f.commitmentCNY > 0 && f.calledFen > 0 && f.vintageQuarter <= oldest,
  );
  if (candidates.length === 0) return [];
  const nav = new Float64Array(ctx.funds.length);
  const p = ctx.positions;
  for (let i = 0; i < p.count; i++)
    if (p.open[i] === 1)
      nav[p.fund[i]!] = nav[p.fund[i]!]! + p.share[i]! * ctx.firms.postMoneyCNY[p.firm[i]!]!;
  return candidates.map((fund) => {
    const privateShare = fund.classShares[1];
    const paidIn = (fund.calledFen / 100) * privateShare;
    const received = balanceCNY(ctx.ledger, ctx.classAccount[fund.index * 3 + 1]!) + paidIn;
    const held = nav[fund.index]! + balanceCNY(ctx.ledger, ctx.fundAccount[fund.index]!);
    return {
      tvpi: paidIn > 0 ? (received + privateShare * held) / paidIn : 0,
      ageYears: (quarter - fund.vintageQuarter) / 4,
      paidInCNY: paidIn,
    };
  });
}

/** Room for a new guidance commitment: uncommitted capital, plus recycled receipts not yet used. */
function capitalRoomCNY(ctx: ChainContext, state: FundRaisingState): number {
  return (
    Math.max(0, uncommittedCapitalCNY(ctx.guidanceBudget)) +
    state.recycledCNY -
    state.recycledCommittedCNY
  );
}

/** Starts a programme year: its budget, plus what the last one left if it carries forward. */
function openYear(ctx: ChainContext, state: FundRaisingState, year: number): void {
  const programme = ctx.scenario.fundRaising!;
  if (programme.unspentBudget === 'carryForward') state.budgetLeftCNY += programme.annualBudgetCNY;
  else {
    state.budgetReturnedCNY += state.budgetLeftCNY;
    state.budgetLeftCNY = programme.annualBudgetCNY;
  }
  state.year = year;
  state.budgetByYearCNY[year] = state.budgetLeftCNY;
}

/**
 * Step 0, after the listed sub-funds' closes: LPs answer this quarter's offers, in fund order.
 * An offer closes at min(subscribed share × target, what the budget and capital can anchor ÷ its
 * guidance share) if that is at least the minimum close share of its target; else it never forms.
 */
export function raiseSubFunds(ctx: ChainContext, quarter: number, cycleZ: number): void {
  const state = ctx.fundRaising;
  if (!state) return;
  const programme = ctx.scenario.fundRaising!;
  const lp = programme.lpResponse;
  let judged: TrackRecordFund[] | null = null;
  for (const fund of ctx.funds) {
    if (fund.programmeYear < 0 || fund.vintageQuarter !== quarter) continue;
    const year = fund.programmeYear;
    if (state.year !== year) openYear(ctx, state, year);
    const kind = fund.kind as OfferKind;
    state.offeredByYear[kind][year]!++;
    judged ??= judgedFunds(ctx, quarter);
    const answer = lpAnswer(offerTerms(ctx, fund), judged, lp, cycleZ);
    const target = fund.commitmentCNY;
    const guidanceShare = fund.classShares[0];
    let size = answer.subscribedShare * target;
    const room = Math.min(state.budgetLeftCNY, capitalRoomCNY(ctx, state));
    if (guidanceShare > 0 && guidanceShare * size > room) size = room / guidanceShare;
    // Whole yuan: the commitment is an amount a contract would name.
    size = Math.floor(size);
    if (answer.subscribedShare < lp.minCloseShare || size < lp.minCloseShare * target || size < 1) {
      neverForms(fund, quarter);
      continue;
    }
    resizeFund(fund, size / target);
    const commitment = guidanceShare * fund.commitmentCNY;
    const fromCapital = Math.min(
      commitment,
      Math.max(0, uncommittedCapitalCNY(ctx.guidanceBudget)),
    );
    ctx.guidanceBudget.committedCNY += fromCapital;
    state.recycledCommittedCNY += commitment - fromCapital;
    state.budgetLeftCNY -= commitment;
    state.closedByYear[kind][year]!++;
    state.privateRaisedByYearCNY[year]! += fund.classShares[1] * fund.commitmentCNY;
    state.guidanceCommittedByYearCNY[year]! += commitment;
  }
}

/** A fund closed at `factor` of its target: its commitment and every budget set from it scale. */
function resizeFund(fund: Fund, factor: number): void {
  fund.commitmentCNY *= factor;
  fund.firstBudgetCNY *= factor;
  fund.followOnBudgetCNY *= factor;
  fund.localRequirementCNY *= factor;
}

/**
 * End of a quarter, after distributions: the guidance fund's receipts (anything paid to it but
 * fiscal money) go back to the treasury, or are counted as capital later vintages may commit.
 */
export function recycleGuidanceProceeds(ctx: ChainContext, quarter: number): void {
  const state = ctx.fundRaising;
  if (!state) return;
  const account = ctx.fundAccount[GUIDANCE]!;
  if (ctx.scenario.fundRaising!.proceeds === 'returnToTreasury') {
    const cash = balanceCNY(ctx.ledger, account);
    if (cash >= 0.01) post(ctx.ledger, quarter, account, ctx.treasury, cash, 'distribution');
    return;
  }
  const { ledger } = ctx;
  for (let i = state.postingsRead; i < ledger.count; i++)
    if (ledger.to[i] === account && ledger.from[i] !== ctx.treasury)
      state.recycledCNY += ledger.amountFen[i]! / 100;
  state.postingsRead = ledger.count;
}

/** A trial's programme totals; none without a programme. */
export function fundRaisingMetrics(state: FundRaisingState | null): Record<string, number> {
  if (!state) return {};
  const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
  const metrics: Record<string, number> = {};
  let offered = 0;
  let closed = 0;
  for (const kind of OFFER_KINDS) {
    metrics[`fundRaising.${kind}.fundsOffered`] = sum(state.offeredByYear[kind]);
    metrics[`fundRaising.${kind}.fundsClosed`] = sum(state.closedByYear[kind]);
    offered += sum(state.offeredByYear[kind]);
    closed += sum(state.closedByYear[kind]);
  }
  metrics['fundRaising.fundsOffered'] = offered;
  metrics['fundRaising.fundsClosed'] = closed;
  metrics['fundRaising.privateCapitalRaisedCNY'] = sum(state.privateRaisedByYearCNY);
  metrics['fundRaising.guidanceCommittedCNY'] = sum(state.guidanceCommittedByYearCNY);
  metrics['fundRaising.budgetUnspentCNY'] = state.budgetReturnedCNY + state.budgetLeftCNY;
  metrics['fundRaising.recycledCommittedCNY'] = state.recycledCommittedCNY;
  return metrics;
}

/** A trial's programme by year: offers and closes by kind, money raised and committed. */
export function fundRaisingSeries(state: FundRaisingState | null): Record<string, Float64Array> {
  if (!state) return {};
  const series: Record<string, Float64Array> = {};
  for (const kind of OFFER_KINDS) {
    series[`fundRaising.offeredByYear.${kind}`] = state.offeredByYear[kind];
    series[`fundRaising.closedByYear.${kind}`] = state.closedByYear[kind];
  }
  series['fundRaising.privateCapitalRaisedByYearCNY'] = state.privateRaisedByYearCNY;
  series['fundRaising.guidanceCommittedByYearCNY'] = state.guidanceCommittedByYearCNY;
  series['fundRaising.guidanceBudgetByYearCNY'] = state.budgetByYearCNY;
  return series;
}
