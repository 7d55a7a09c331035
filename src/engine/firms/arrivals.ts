import { ATTRIBUTE, ATTRIBUTES, counterUniform } from '../random/counterDraws.ts';
import { normalCdf, normalQuantile } from '../random/normalDistribution.ts';
import { poisson } from '../random/poisson.ts';
import type { RandomStream } from '../random/stream.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ARRIVAL_STAGES, type ArrivalStage } from '../scenario/stages.ts';
import { appendFirm, cappedValuation, type FirmTable } from './firmTable.ts';
import type { HazardTable } from './hazardTable.ts';
import { enterStage } from './stageEntry.ts';
import { LIVE_STAGE_CODES, STAGE_NAMES } from './stageCode.ts';
import { exp, log1p } from '../math/ieeeMath.ts';

/**
 * Draws this quarter's new firms at POC, ANGEL and EARLY (one Poisson draw per stage, always, from
 * the trial's arrivals stream) and appends them to `firms`. Each firm's attributes are its own
 * counter-based numbers (counterDraws.ts): industry, province, age, quality, screening noise and
 * entry valuation, so a firm is the same firm whatever policy a scenario sets. Returns how many
 * arrived; they are the last rows of the table.
 */
export function drawArrivals(
  firms: FirmTable,
  scenario: Scenario,
  quarter: number,
  arrivalsStream: RandomStream,
  key: number,
  hazards: HazardTable,
  industryCumulativeWeights: Float64Array,
): number {
  const { arrivals, inProvinceShare, screening } = scenario.firms;
  const r = screening.accuracy;
  const noiseWeight = Math.sqrt(1 - r * r);
  let added = 0;
  for (const stageName of ARRIVAL_STAGES) {
    const params = arrivals[stageName];
    const n = poisson(arrivalsStream, params.meanPerQuarter);
    const stage = LIVE_STAGE_CODES[stageName];
    const { medianCNY, sigmaLog } = params.entryPostMoney;
    for (let k = 0; k < n; k++) {
      const firm = appendFirm(firms);
      const q = normalQuantile(counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.quality));
      const noise = normalQuantile(counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.screeningNoise));
      const shock = normalQuantile(counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.valuation));
      const postMoney = cappedValuation(firms, medianCNY * exp(sigmaLog * shock));
      const uIndustry = counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.industry);
      firms.industry[firm] = pickIndex(industryCumulativeWeights, uIndustry);
      const uProvince = counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.province);
      firms.inProvince[firm] = uProvince < inProvinceShare ? 1 : 0;
      // Drawn when first asked (ageAtArrival): only the unicorn rule reads it, for a few firms.
      firms.ageAtArrivalYears[firm] = NaN;
      firms.quality[firm] = q;
      firms.points[firm] = 100 * normalCdf(r * q + noiseWeight * noise);
      firms.postMoneyCNY[firm] = postMoney;
      firms.equityRaisedCNY[firm] = postMoney * params.raisedShareOfPostMoney;
      firms.exitValueCNY[firm] = 0;
      firms.exitQuarter[firm] = -1;
      firms.arrivalQuarter[firm] = quarter;
      firms.ipoHazardMultiplier[firm] = 1;
      firms.whiteListQuarter[firm] = -1;
      firms.backedQuarter[firm] = -1;
      firms.arrivalStage[firm] = stage;
      enterStage(firms, firm, stage, quarter, hazards);
      added++;
    }
  }
  return added;
}

/**
 * A firm's age when it arrived, in years: exponential with its arrival stage's mean, from its own
 * number (so the same whenever it is asked). Drawn on first asking and kept; a firm placed by hand
 * keeps the age it was given.
 */
export function ageAtArrival(
  firms: FirmTable,
  scenario: Scenario,
  key: number,
  firm: number,
): number {
  const kept = firms.ageAtArrivalYears[firm]!;
  if (!Number.isNaN(kept)) return kept;
  const stage = STAGE_NAMES[firms.arrivalStage[firm]!] as ArrivalStage;
  const uAge = counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.age);
  return (firms.ageAtArrivalYears[firm] =
    -scenario.firms.arrivals[stage].meanAgeYears * log1p(-uAge));
}

/** Cumulative industry weights, normalised to end at 1. */
export function industryCumulativeWeights(scenario: Scenario): Float64Array {
  const weights = scenario.firms.industries.map((i) => i.weight);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(weights.length);
  let running = 0;
  weights.forEach((w, i) => {
    running += w / total;
    cumulative[i] = running;
  });
  cumulative[weights.length - 1] = 1;
  return cumulative;
}

export function pickIndex(cumulative: Float64Array, u: number): number {
  for (let i = 0; i < cumulative.length; i++) if (u < cumulative[i]!) return i;
  return cumulative.length - 1;
}
