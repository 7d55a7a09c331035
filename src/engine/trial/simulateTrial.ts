import { createChainContext, type ChainContext } from '../chain/chainContext.ts';
import { distributeProceeds } from '../chain/distributions.ts';
import { chargeFees } from '../chain/fees.ts';
import { GUIDANCE, SEED, type Fund } from '../chain/fundBook.ts';
import { sellHoldingsAtLifeEnd } from '../chain/fundLifeEnd.ts';
import {
  fundRaisingMetrics,
  raiseSubFunds,
  recycleGuidanceProceeds,
  type FundRaisingState,
} from '../chain/fundRaising.ts';
import { closeSubFunds, guidanceBudgetMetrics } from '../chain/guidanceBudget.ts';
import { createFirstInvestors, findFirstInvestors, processRound } from '../chain/investing.ts';
import { ensureFirmCapacity } from '../chain/positions.ts';
import { settleWholeFirm } from '../chain/realisation.ts';
import { transferAngelStakes, transferSeedStake } from '../chain/stakeTransfers.ts';
import { drawEconomyPath, type EconomyPath } from '../economy/economyPath.ts';
import { drawArrivals, industryCumulativeWeights } from '../firms/arrivals.ts';
import type { HazardTable } from '../firms/hazardTable.ts';
import {
  ARRIVING,
  EVENT_FAILED,
  EVENT_LISTED,
  EVENT_ROUND,
  EVENT_SOLD,
  pushEvent,
  stepFirms,
} from '../firms/firmFates.ts';
import type { FirmTable } from '../firms/firmTable.ts';
import { ANGEL, EARLY, GROWTH, isLive, STAGE_COUNT } from '../firms/stageCode.ts';
import { balanceCNY, post, type Ledger } from '../ledger/ledger.ts';
import { createStream } from '../random/stream.ts';
import type { Scenario } from '../scenario/schema.ts';
import { grown } from '../typedArrays.ts';
import { createBankState, ensureFirmRoom, type BankState } from '../bank/bankContext.ts';
import { bankMetrics } from '../bank/bankMetrics.ts';
import { convertLoans } from '../bank/conversion.ts';
import { productBit } from '../bank/loanBook.ts';
import { fundRiskPool } from '../bank/lossSharing.ts';
import { lendingApplicants, noteLendingStage } from '../bank/lendingCandidates.ts';
import { originateLoans } from '../bank/origination.ts';
import { serviceLoans } from '../bank/servicing.ts';
import { recordNplRatio } from '../bank/tolerance.ts';
import { payFirmIncentives, payListingSubsidy } from '../fiscal/firmIncentives.ts';
import { createFiscalState, type FiscalState } from '../fiscal/fiscalState.ts';
import { incentiveVisits, noteIncentiveStage } from '../fiscal/incentiveVisits.ts';
import { payInvestmentRewards } from '../fiscal/investmentReward.ts';
import { payUnicornSubsidies } from '../fiscal/unicornSubsidy.ts';
import { sortByPointsDescending } from './roundOrder.ts';
import { firmMetrics } from './firmMetrics.ts';
import { outcomeMetrics, programmeFirmsReached } from './outcomeMetrics.ts';
import { treasuryMetrics } from './treasuryMetrics.ts';
import { recordFundNav } from '../chain/fundNav.ts';
import { fiscalBudgetByYear, peakAnnualOutlayCNY, type FiscalBudget } from './fiscalBudget.ts';
import {
  describeTrialFailure,
  TRIAL_STEPS,
  type TrialFailure,
  type TrialStep,
} from './trialFailure.ts';
import { flowsByAccount, type AccountFlows } from './accountFlows.ts';
import { ledgerMetrics, type TrialMetrics } from './ledgerMetrics.ts';

export type TrialResult = {
  trial: number;
  /** Every money movement of the trial; quarters 0..Q−1 are simulated, quarter Q is the horizon. */
  ledger: Ledger;
  /** Flat metrics (`guidanceFund.tvpi`, …), each computed from the ledger; NaN where undefined. */
  metrics: TrialMetrics;
  /** Firms in each stage at the end of each quarter: [stage * quarters + quarter]. */
  firmsByStage: Int32Array;
  quarters: number;
  economy: EconomyPath;
  firms: FirmTable;
  /** The funds of the trial, with their ledger accounts (for re-reading an exported ledger). */
  funds: Fund[];
  /** The bank's loan book and its NPL ratio per quarter. */
  bank: BankState;
  /** Firm moves [from * STAGE_COUNT + to]; row STAGE_COUNT holds arrivals (for a Sankey). */
  transitions: Int32Array;
  /** The ledger's flows by account and quarter (0..Q), read once for metrics and series. */
  flows: AccountFlows;
  /** The treasury's outlays by use and receipts, year by year. */
  budget: FiscalBudget;
  /**
   * Fund f's NAV at the end of quarter t at [f × (Q + 1) + t], t < Q (positions at round prices);
   * null unless the trial was asked for per-fund series (TrialOptions.fundSeries).
   */
  fundNavCNY: Float64Array | null;
  /** The fund-raising programme's offers, closes and money by year; null without one. */
  fundRaising: FundRaisingState | null;
};

export type TrialOptions = {
  /** Called after each quarter's last step, for tests and tracing: must not change the chain. */
  onQuarterEnd?: (ctx: Readonly<ChainContext>, quarter: number) => void;
  /** The scenario's hazard table, when the caller runs many trials of it (createHazardTable). */
  hazards?: HazardTable;
  /**
   * Room kept from trial to trial of one scenario: each trial lends the next its ledger, firm
   * table, positions, loan book and per-firm arrays, emptied, so a block allocates them once.
   * A result read after the next trial with the same arena would read that trial's data.
   */
  arena?: TrialArena;
  /**
   * Record each fund's quarterly NAV for its per-fund series (run/fundSeries.ts). Off by default:
   * the 66 series of a chain cost about a third of a trial and most runs never show them.
   */
  fundSeries?: boolean;
};

/** What one trial leaves for the next of the same scenario (TrialOptions.arena). */
export type TrialArena = { ctx?: ChainContext; bank?: BankState; fiscal?: FiscalState };

/**
 * One simulated future of the chain. The order of steps within a quarter, written down once:
 *  0. sub-funds of this vintage close, if the guidance fund's capital can anchor them; then a
 *     fund-raising programme's offers of this quarter close or fail as private LPs answer; at the
 *     start of a year the treasury funds the risk-compensation pool;
 *  1. live firms draw their fates (failure, trade sale, graduation with its round, IPO);
 *  2. new firms arrive at POC, ANGEL and EARLY, each with an entry round;
 *  3. exits and failures settle every holder's stake; listings earn the listing subsidy; funds
 *     whose life ends sell what they still hold to secondary buyers;
 *  4. the bank services its book: defaults, repayments at exits, interest, write-offs and the
 *     sharing of their losses;
 *  5. management fees are charged;
 *  6. rounds close, best innovation points first: convertible loans convert, dilution,
 *     follow-ons, first investments, outside money; then seed → angel and angel → guidance-fund
 *     stake transfers;
 *  7. the treasury pays the unicorn interest subsidy, first-set insurance and regional-exchange
 *     listing subsidies, and investment rewards;
 *  8. funds distribute what they realised through their waterfalls, with the concession; under
 *     a programme the guidance fund's receipts go to the treasury or are kept for later vintages;
 *  9. the bank lends to this quarter's eligible firms, at the approval rate its last NPL ratio
 *     allows, then measures its NPL ratio against the tolerated level.
 * At the horizon, stakes still held are valued at their latest round price (RVPI) and distributed,
 * and the seed and guidance funds and the risk-compensation pool return their cash to the treasury.
 */
export function simulateTrial(
  scenario: Scenario,
  trial: number,
  options: TrialOptions = {},
): TrialResult {
  const at: { quarter: number; step: TrialStep } = { quarter: -1, step: 'setup' };
  try {
    return runTrial(scenario, trial, options, at);
  } catch (e) {
    // A trial that fails says where: its trial, quarter, step and the fields most likely at fault.
    const failure: TrialFailure = {
      kind: 'trialFailed',
      trial,
      quarter: at.quarter,
      step: at.step,
      field: TRIAL_STEPS[at.step],
      message: e instanceof Error ? e.message : String(e),
    };
    throw Object.assign(new Error(describeTrialFailure(failure), { cause: e }), {
      trialFailure: failure,
    });
  }
}

function runTrial(
  scenario: Scenario,
  trial: number,
  options: TrialOptions,
  at: { quarter: number; step: TrialStep },
): TrialResult {
  const quarters = scenario.simulation.years * 4;
  const seed = scenario.simulation.seed;
  const economy = drawEconomyPath(scenario.economy, quarters, createStream(seed, trial, 'economy'));
  const arrivalsStream = createStream(seed, trial, 'arrivals');
  const arena = options.arena;
  const ctx = createChainContext(scenario, trial, options.hazards, arena?.ctx);
  const { funds, ledger, firms, hazards, randomKey } = ctx;
  const industryWeights = industryCumulativeWeights(scenario);
  const firmsByStage = new Int32Array(STAGE_COUNT * quarters);
  // Each fund's NAV at each quarter's end (quarters 0..Q−1; Q, the horizon, is read from the ledger).
  const fundNavCNY = options.fundSeries ? new Float64Array(funds.length * (quarters + 1)) : null;
  // Firms moving from a stage (or arriving: row STAGE_COUNT) to a stage, over the whole trial.
  const transitions = new Int32Array((STAGE_COUNT + 1) * STAGE_COUNT);
  const liveByStage = new Int32Array(STAGE_COUNT);
  const exitedByStage = new Int32Array(STAGE_COUNT);
  let live: Int32Array = new Int32Array(1024);
  let liveCount = 0;
  let roundOrder: Int32Array = new Int32Array(256);
  let roundScratch: Int32Array = new Int32Array(256);
  const events = ctx.events;

  const reused = arena?.ctx === undefined ? false : ctx.ledger === arena.ctx.ledger;
  const bank = createBankState(ctx, quarters, reused ? arena?.bank : undefined);
  const fiscal = createFiscalState(funds.length, reused ? arena?.fiscal : undefined);
  if (arena) Object.assign(arena, { ctx, bank, fiscal });
  const convertibleBit = productBit('convertibleLoan');
  // Rounds that may move money: of firms a fund holds or the bank may convert, or above a floor.
  const investors = createFirstInvestors(STAGE_COUNT);
  const floors = investors.floorPoints;

  for (let t = 0; t < quarters; t++) {
    at.quarter = t;
    events.count = 0;
    at.step = 'closeSubFunds';
    closeSubFunds(ctx, t);
    at.step = 'raiseSubFunds';
    raiseSubFunds(ctx, t, economy.cycleZ[t]!);
    at.step = 'fundRiskPool';
    fundRiskPool(ctx, bank, t);
    at.step = 'firmFates';
    // The live list keeps the survivors in firm order, then takes this quarter's arrivals.
    const survivors = stepFirms(
      firms,
      live,
      liveCount,
      t,
      economy.cycleZ[t]!,
      scenario,
      randomKey,
      hazards,
      events,
      live,
    );
    const firstNew = firms.count;
    at.step = 'arrivals';
    drawArrivals(firms, scenario, t, arrivalsStream, randomKey, hazards, industryWeights);
    if (live.length < firms.count) live = grown(live, firms.count);
    liveCount = survivors;
    for (let f = firstNew; f < firms.count; f++) {
      pushEvent(events, f, EVENT_ROUND, firms.equityRaisedCNY[f]!, ARRIVING);
      live[liveCount++] = f;
    }
    ensureFirmCapacity(ctx.positions, firms.count);
    ensureFirmRoom(bank, firms.count);

    at.step = 'exits';
    findFirstInvestors(ctx, t, investors);
    let rounds = 0;
    if (roundOrder.length < events.count) {
      roundOrder = new Int32Array(events.count * 2);
      roundScratch = new Int32Array(events.count * 2);
    }
    for (let e = 0; e < events.count; e++) {
      const firm = events.firm[e]!;
      const kind = events.kind[e]!;
      const from = events.fromStage[e]!;
      const to = firms.stage[firm]!;
      transitions[(from === ARRIVING ? STAGE_COUNT : from) * STAGE_COUNT + to]!++;
      if (from !== ARRIVING) liveByStage[from]!--;
      if (isLive(to)) liveByStage[to]!++;
      else exitedByStage[to]!++;
      if (kind === EVENT_FAILED) settleWholeFirm(ctx, firm, t, 0, 'exitProceeds');
      else if (kind === EVENT_SOLD || kind === EVENT_LISTED) {
        settleWholeFirm(ctx, firm, t, firms.exitValueCNY[firm]!, 'exitProceeds');
        if (kind === EVENT_LISTED) payListingSubsidy(ctx, firm, t);
      } else {
        // A round: the bank's and the treasury's candidates for the stage it brought the firm to.
        noteLendingStage(bank.candidates, firms, firm);
        if (to === EARLY || to === GROWTH) noteIncentiveStage(fiscal, firm, t, from === ARRIVING);
        if (
          ctx.positions.firmHead[firm]! >= 0 ||
          (bank.heldMask[firm]! & convertibleBit) !== 0 ||
          firms.points[firm]! >= floors[to]!
        )
          roundOrder[rounds++] = e;
      }
    }
    at.step = 'lifeEnd';
    sellHoldingsAtLifeEnd(ctx, t, quarters);
    at.step = 'bankServicing';
    serviceLoans(ctx, bank, t, economy.cycleZ[t]!);
    at.step = 'fees';
    chargeFees(ctx, t);
    at.step = 'rounds';
    sortByPointsDescending(roundOrder, rounds, events.firm, firms.points, roundScratch);
    for (let k = 0; k < rounds; k++) {
      const e = roundOrder[k]!;
      const firm = events.firm[e]!;
      const newMoney = events.newMoneyCNY[e]!;
      const converted =
        (bank.heldMask[firm]! & convertibleBit) !== 0 ? convertLoans(ctx, bank, firm, newMoney) : 0;
      processRound(ctx, firm, t, newMoney, converted, investors.funds[firms.stage[firm]!]);
      if (firms.stage[firm] === ANGEL && firms.arrivalQuarter[firm] !== t)
        transferSeedStake(ctx, firm, t);
      if (firms.arrivalQuarter[firm] !== t) transferAngelStakes(ctx, firm, t);
    }
    at.step = 'subsidies';
    payUnicornSubsidies(ctx, bank, t);
    // Only firms with an incentive to take up now, or first offered one (not every live firm).
    const visits = incentiveVisits(fiscal, t);
    payFirmIncentives(ctx, fiscal, fiscal.visits, visits, t);
    at.step = 'rewards';
    payInvestmentRewards(ctx, fiscal, t);
    at.step = 'distributions';
    distributeProceeds(ctx, t);
    at.step = 'recycling';
    recycleGuidanceProceeds(ctx, t);
    if (fundNavCNY) recordFundNav(ctx, t, fundNavCNY, quarters + 1);

    at.step = 'lending';
    // Firms apply from the quarter after they arrive; only those that may qualify are visited.
    const applicants = lendingApplicants(bank.candidates, firms, t);
    originateLoans(ctx, bank, bank.candidates.applicants, applicants, t);
    recordNplRatio(ctx, bank, t);
    // Firms by stage at the quarter's end: the live ones, and those that have left by then.
    for (let stage = 0; stage < STAGE_COUNT; stage++)
      firmsByStage[stage * quarters + t] = isLive(stage)
        ? liveByStage[stage]!
        : exitedByStage[stage]!;
    at.step = 'quarterEnd';
    options.onQuarterEnd?.(ctx, t);
  }

  // The horizon: residual value of every stake still held, then fiscal funds close their books.
  at.quarter = quarters;
  at.step = 'horizon';
  const fiscalFunds = [ctx.fundAccount[SEED]!, ctx.fundAccount[GUIDANCE]!];
  const cashFen = fiscalFunds.map((account) => ledger.balanceFen[account]!);
  for (let k = 0; k < liveCount; k++) {
    const firm = live[k]!;
    settleWholeFirm(ctx, firm, quarters, firms.postMoneyCNY[firm]!, 'residualValue');
  }
  distributeProceeds(ctx, quarters);
  // The seed and guidance funds hand the treasury their cash (receipts: they draw fiscal money
  // just in time) apart from the NAV the horizon's valuation gave them, which is not cash; the
  // pool's unused funding comes back unspent, so it does not count as spent.
  fiscalFunds.forEach((account, k) => {
    const navFen = ledger.balanceFen[account]! - cashFen[k]!;
    if (cashFen[k]! > 0)
      post(ledger, quarters, account, ctx.treasury, cashFen[k]! / 100, 'distribution');
    if (navFen > 0) post(ledger, quarters, account, ctx.treasury, navFen / 100, 'residualValue');
  });
  const unused = balanceCNY(ledger, bank.riskPool);
  if (unused >= 0.01) post(ledger, quarters, bank.riskPool, ctx.treasury, unused, 'fiscalRefund');
  at.step = 'metrics';
  const flows = flowsByAccount(ledger, quarters + 1);
  const metrics: TrialMetrics = {
    ...ledgerMetrics(ledger, funds, quarters, flows, economy.indexLevel),
    ...treasuryMetrics(ledger, quarters, scenario.fiscal),
    ...bankMetrics(ledger, bank, quarters, scenario.bank, flows),
    ...firmMetrics(firms),
    ...guidanceBudgetMetrics(ctx.guidanceBudget),
    ...fundRaisingMetrics(ctx.fundRaising),
  };
  // What each sub-fund closed at (0 if it never formed): its pacing model's commitment.
  for (const fund of funds)
    if (fund.classAccounts) metrics[`fund.${fund.id}.commitmentCNY`] = fund.commitmentCNY;
  const budget = fiscalBudgetByYear(ledger, quarters);
  metrics['treasury.peakAnnualOutlayCNY'] = peakAnnualOutlayCNY(budget);
  Object.assign(
    metrics,
    outcomeMetrics(metrics, programmeFirmsReached(ledger, bank.borrowed, firms.count)),
  );
  return {
    trial,
    ledger,
    metrics,
    bank,
    transitions,
    funds,
    firmsByStage,
    quarters,
    economy,
    firms,
    flows,
    budget,
    fundNavCNY,
    fundRaising: ctx.fundRaising,
  };
}
