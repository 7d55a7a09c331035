import { normalCdf, normalQuantile } from '../random/normalDistribution.ts';
import { toOpenUnit } from '../random/openUnit.ts';
import { poisson } from '../random/poisson.ts';
import type { RandomStream, StreamState } from '../random/stream.ts';
import {
  ensureStreamBankCapacity,
  nextInBank,
  seedStreamInBank,
  type StreamBank,
} from '../random/streamBank.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ARRIVAL_STAGES } from '../scenario/stages.ts';
import { appendFirm, cappedValuation, type FirmTable } from './firmTable.ts';
import { enterStage } from './stageEntry.ts';
import { LIVE_STAGE_CODES } from './stageCode.ts';

/** Where a trial's random numbers come from, keyed so that policies never shift a firm's draws. */
export type TrialRandom = {
  seed: number;
  trial: number;
  economy: RandomStream;
  arrivals: RandomStream;
  /** One stream per firm (slot = firm serial): its attributes, then its draws each quarter. */
  firmStreams: StreamBank;
  /** The state firms' sub-streams derive from: that of (seed, trial, 'firmFates'). */
  firmStreamBase: StreamState;
};

/**
 * Draws this quarter's new firms at POC, ANGEL and EARLY (one Poisson draw per stage, always) and
 * appends them to `firms`. Each firm's attributes come from its own stream, six draws: industry,
 * province, age, quality, screening noise, entry valuation. Returns how many arrived; they are the
 * last rows of the table.
 */
export function drawArrivals(
  firms: FirmTable,
  scenario: Scenario,
  quarter: number,
  random: TrialRandom,
  industryCumulativeWeights: Float64Array,
): number {
  const { arrivals, inProvinceShare, screening } = scenario.firms;
  const r = screening.accuracy;
  const noiseWeight = Math.sqrt(1 - r * r);
  let added = 0;
  for (const stageName of ARRIVAL_STAGES) {
    const params = arrivals[stageName];
    const n = poisson(random.arrivals, params.meanPerQuarter);
    for (let k = 0; k < n; k++) {
      const firm = appendFirm(firms);
      ensureStreamBankCapacity(random.firmStreams, firm + 1);
      seedStreamInBank(random.firmStreams, firm, random.firmStreamBase, firm);
      const bank = random.firmStreams;
      const uIndustry = nextInBank(bank, firm);
      const uProvince = nextInBank(bank, firm);
      const uAge = nextInBank(bank, firm);
      const q = normalQuantile(toOpenUnit(nextInBank(bank, firm)));
      const noise = normalQuantile(toOpenUnit(nextInBank(bank, firm)));
      const valuationShock = normalQuantile(toOpenUnit(nextInBank(bank, firm)));

      firms.industry[firm] = pickIndex(industryCumulativeWeights, uIndustry);
      firms.inProvince[firm] = uProvince < inProvinceShare ? 1 : 0;
      firms.ageAtArrivalYears[firm] = -params.meanAgeYears * Math.log1p(-uAge);
      firms.quality[firm] = q;
      firms.points[firm] = 100 * normalCdf(r * q + noiseWeight * noise);
      const postMoney = cappedValuation(
        firms,
        params.entryPostMoney.medianCNY * Math.exp(params.entryPostMoney.sigmaLog * valuationShock),
      );
      firms.postMoneyCNY[firm] = postMoney;
      firms.equityRaisedCNY[firm] = postMoney * params.raisedShareOfPostMoney;
      firms.exitValueCNY[firm] = 0;
      firms.exitQuarter[firm] = -1;
      firms.arrivalQuarter[firm] = quarter;
      firms.ipoHazardMultiplier[firm] = 1;
      firms.whiteListQuarter[firm] = -1;
      firms.backedQuarter[firm] = -1;
      // A firm neither borrows nor takes up a subsidy in the quarter it arrives.
      firms.failDraw[firm] = 1;
      firms.bankDraw[firm] = 1;
      firms.fiscalDraw[firm] = 1;
      const stage = LIVE_STAGE_CODES[stageName];
      firms.arrivalStage[firm] = stage;
      enterStage(firms, firm, stage, quarter, scenario);
      added++;
    }
  }
  return added;
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

function pickIndex(cumulative: Float64Array, u: number): number {
  for (let i = 0; i < cumulative.length; i++) if (u < cumulative[i]!) return i;
  return cumulative.length - 1;
}
