import { counterUniform, DRAW } from '../random/counterDraws.ts';
import { normalQuantile } from '../random/normalDistribution.ts';
import { survivalCutoff, survivalCutoffs } from './survivalCutoffs.ts';
import { growColumns } from '../typedArrays.ts';
import type { HazardTable } from './hazardTable.ts';
import type { Scenario } from '../scenario/schema.ts';
import { cappedValuation, NEEQ, STOCK_EXCHANGE, type FirmTable } from './firmTable.ts';
import { enterStage } from './stageEntry.ts';
import { EARLY, FAILED, GROWTH, LISTED, POC, SOLD, liveStageName } from './stageCode.ts';
import { exp } from '../math/ieeeMath.ts';

/** What happened to a firm this quarter. */
export const EVENT_FAILED = 1;
export const EVENT_SOLD = 2;
export const EVENT_LISTED = 3;
export const EVENT_ROUND = 4;

/** This quarter's firm events, in firm order; reused every quarter. */
export type FirmEvents = {
  count: number;
  firm: Int32Array;
  kind: Uint8Array;
  /** New money raised in a round (EVENT_ROUND). */
  newMoneyCNY: Float64Array;
  /** Stage the firm was in before the event (ARRIVING for an arrival). */
  fromStage: Uint8Array;
};

/** `fromStage` of an arrival's entry round. */
export const ARRIVING = 255;

export function createFirmEvents(capacity = 256): FirmEvents {
  return {
    count: 0,
    firm: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    newMoneyCNY: new Float64Array(capacity),
    fromStage: new Uint8Array(capacity),
  };
}

export function pushEvent(
  events: FirmEvents,
  firm: number,
  kind: number,
  newMoneyCNY: number,
  fromStage: number,
) {
  if (events.count === events.firm.length)
    growColumns(events, ['firm', 'kind', 'newMoneyCNY', 'fromStage'], events.count + 1);
  events.firm[events.count] = firm;
  events.kind[events.count] = kind;
  events.newMoneyCNY[events.count] = newMoneyCNY;
  events.fromStage[events.count] = fromStage;
  events.count++;
}

/**
 * One quarter of the firms in `live` (firm indices). Each decision takes its firm's own
 * counter-based number for this quarter (counterDraws.ts), drawn only when the decision is made,
 * so two scenarios give the same firm the same numbers (common random numbers).
 *
 * Failure first, by the one-factor Gaussian copula: fail when √ρ·Z + √(1−ρ)·e < Φ⁻¹(p), e = Φ⁻¹(u).
 * A draw above the firm's cutoff this quarter (survivalCutoffs.ts) survives without the quantile
 * function: most do. Then, past the minimum time in stage,
 * one draw decides a trade sale (probability s) or a graduation (g): u < s sells, s ≤ u < s + g
 * graduates — a round into the next stage, or an IPO from GROWTH — and a third prices it.
 */
export function stepFirms(
  firms: FirmTable,
  live: Int32Array,
  liveCount: number,
  quarter: number,
  cycleZ: number,
  scenario: Scenario,
  key: number,
  hazards: HazardTable,
  events: FirmEvents,
  survivors?: Int32Array,
): number {
  const rho = scenario.firms.failureCorrelation;
  const systematic = Math.sqrt(rho) * cycleZ;
  const idiosyncraticWeight = Math.sqrt(1 - rho);
  const cutoffs = survivalCutoffs(systematic, idiosyncraticWeight);
  const { exits } = scenario.firms;
  const exitCycle = scenario.economy.cycle.exitValuationBeta * cycleZ;
  const { POC: poc, ANGEL: angel, EARLY: early, GROWTH: growth } = scenario.firms.stages;
  const minQuarters = [poc, angel, early, growth].map((p) => p.minQuartersInStage);
  const neeqShare = scenario.fiscal.listingSubsidy.neeqShareOfListings;
  const { stage: stageOf, failureThreshold, stageEntryQuarter } = firms;
  let kept = 0;
  for (let k = 0; k < liveCount; k++) {
    const firm = live[k]!;
    const stage = stageOf[firm]!;
    const uFail = counterUniform(key, firm, quarter, DRAW.fail);
    const threshold = failureThreshold[firm]!;
    if (
      uFail < survivalCutoff(cutoffs, threshold) &&
      normalQuantile(uFail) < (threshold - systematic) / idiosyncraticWeight
    ) {
      stageOf[firm] = FAILED;
      firms.exitQuarter[firm] = quarter;
      pushEvent(events, firm, EVENT_FAILED, 0, stage);
      continue;
    }
    // Kept for now; a sale or listing below gives the slot back.
    if (survivors) survivors[kept] = firm;
    kept++;
    if (quarter - stageEntryQuarter[firm]! < minQuarters[stage]!) continue;
    const pSale = firms.tradeSaleProbability[firm]!;
    const pGraduate = firms.graduationProbability[firm]!;
    const uEvent = counterUniform(key, firm, quarter, DRAW.event);
    if (uEvent >= pSale + pGraduate) continue;
    const shock = normalQuantile(counterUniform(key, firm, quarter, DRAW.value));
    if (uEvent < pSale) {
      firms.exitValueCNY[firm] = cappedValuation(
        firms,
        firms.postMoneyCNY[firm]! *
          exits.tradeSaleMultipleMedian *
          exp(exitCycle + exits.tradeSaleMultipleSigmaLog * shock),
      );
      stageOf[firm] = SOLD;
      firms.exitQuarter[firm] = quarter;
      pushEvent(events, firm, EVENT_SOLD, 0, stage);
      kept--;
    } else if (stage === GROWTH) {
      firms.exitValueCNY[firm] = cappedValuation(
        firms,
        firms.postMoneyCNY[firm]! *
          exits.ipoMultipleMedian *
          exp(exitCycle + exits.ipoMultipleSigmaLog * shock),
      );
      stageOf[firm] = LISTED;
      firms.exitQuarter[firm] = quarter;
      // Given a listing, (u − s)/g is uniform on [0, 1): it picks the venue with no new draw.
      firms.listingVenue[firm] = (uEvent - pSale) / pGraduate < neeqShare ? NEEQ : STOCK_EXCHANGE;
      pushEvent(events, firm, EVENT_LISTED, 0, stage);
      kept--;
    } else {
      const newMoney = priceRound(firms, firm, stage, shock, scenario);
      enterStage(firms, firm, stage + 1, quarter, hazards);
      pushEvent(events, firm, EVENT_ROUND, newMoney, stage);
    }
  }
  return kept;
}

/**
 * A graduation round out of `stage`: pre-money = last post-money × step-up, the step-up lognormal
 * with a shift for quality; new money is a set share of the new post-money. Returns the new money.
 */
export function priceRound(
  firms: FirmTable,
  firm: number,
  stage: number,
  shock: number,
  scenario: Scenario,
): number {
  if (stage < POC || stage > EARLY) throw new RangeError(`no round out of stage ${stage}`);
  const { round } = scenario.firms.stages[liveStageName(stage) as 'POC' | 'ANGEL' | 'EARLY'];
  const stepUp =
    round.stepUpMedian *
    exp(round.stepUpQualityEffect * firms.quality[firm]! + round.stepUpSigmaLog * shock);
  const preMoney = firms.postMoneyCNY[firm]! * stepUp;
  const uncapped = preMoney / (1 - round.raisedShareOfPostMoney);
  // A round at the valuation cap raises its share of the cap: post-money is held, not pre-money.
  const postMoney = cappedValuation(firms, uncapped);
  const newMoney =
    postMoney === uncapped ? postMoney - preMoney : postMoney * round.raisedShareOfPostMoney;
  firms.postMoneyCNY[firm] = postMoney;
  firms.equityRaisedCNY[firm] = firms.equityRaisedCNY[firm]! + newMoney;
  return newMoney;
}
