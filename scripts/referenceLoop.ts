// The benchmark's yardstick: the firm step of a trial and nothing else, written plainly — arrivals,
// the copula failure (with the engine's survival cutoffs), graduation, trade sale and the lognormal step-up of a round, over plain
// typed arrays, with the engine's own generators (the economy and arrival streams, the
// counter-based firm draws) and its hazard table. No funds, bank, treasury, ledger, metrics or
// series: what a trial costs beyond this loop is what the rest of the engine adds.
import { drawEconomyPath } from '../src/engine/economy/economyPath.ts';
import { industryCumulativeWeights, pickIndex } from '../src/engine/firms/arrivals.ts';
import { hazardPosition, interpolate, type HazardTable } from '../src/engine/firms/hazardTable.ts';
import { survivalCutoff, survivalCutoffs } from '../src/engine/firms/survivalCutoffs.ts';
import {
  ATTRIBUTE,
  ATTRIBUTES,
  counterKey,
  counterUniform,
  DRAW,
} from '../src/engine/random/counterDraws.ts';
import { normalQuantile } from '../src/engine/random/normalDistribution.ts';
import { poisson } from '../src/engine/random/poisson.ts';
import { createStream } from '../src/engine/random/stream.ts';
import type { Scenario } from '../src/engine/scenario/schema.ts';

const STAGES = ['POC', 'ANGEL', 'EARLY', 'GROWTH'] as const;
const GONE = 255;

/** One trial of the reference loop: how many firm-quarters it stepped and how many firms came. */
export function referenceTrial(
  scenario: Scenario,
  trial: number,
  hazards: HazardTable,
): { firmQuarters: number; firms: number } {
  const quarters = scenario.simulation.years * 4;
  const seed = scenario.simulation.seed;
  const { cycleZ } = drawEconomyPath(
    scenario.economy,
    quarters,
    createStream(seed, trial, 'economy'),
  );
  const arrivals = createStream(seed, trial, 'arrivals');
  const key = counterKey(seed, trial);
  const { firms: f } = scenario;
  const rho = f.failureCorrelation;
  const weight = Math.sqrt(1 - rho);
  const industryWeights = industryCumulativeWeights(scenario);
  const capacity = 16384;
  const stage = new Uint8Array(capacity);
  const entered = new Int32Array(capacity);
  const quality = new Float64Array(capacity);
  const industry = new Uint16Array(capacity);
  const postMoney = new Float64Array(capacity);
  const graduation = new Float64Array(capacity);
  const sale = new Float64Array(capacity);
  const threshold = new Float64Array(capacity);
  const live = new Int32Array(capacity);
  let count = 0;
  let liveCount = 0;
  let firmQuarters = 0;
  const minQuarters = STAGES.map((name) => f.stages[name].minQuartersInStage);
  const enter = (firm: number, s: number, t: number) => {
    stage[firm] = s;
    entered[firm] = t;
    const at = hazardPosition(hazards, s, industry[firm]!, quality[firm]!);
    graduation[firm] = interpolate(hazards.graduation, at);
    sale[firm] = interpolate(hazards.tradeSale, at);
    threshold[firm] = interpolate(hazards.failureThreshold, at);
  };
  for (let t = 0; t < quarters; t++) {
    const systematic = Math.sqrt(rho) * cycleZ[t]!;
    const cutoffs = survivalCutoffs(systematic, weight);
    let kept = 0;
    for (let k = 0; k < liveCount; k++) {
      const firm = live[k]!;
      const s = stage[firm]!;
      firmQuarters++;
      const u = counterUniform(key, firm, t, DRAW.fail);
      const c = threshold[firm]!;
      if (u < survivalCutoff(cutoffs, c) && normalQuantile(u) < (c - systematic) / weight) {
        stage[firm] = GONE;
        continue;
      }
      live[kept++] = firm;
      if (t - entered[firm]! < minQuarters[s]!) continue;
      const e = counterUniform(key, firm, t, DRAW.event);
      if (e >= sale[firm]! + graduation[firm]!) continue;
      const shock = normalQuantile(counterUniform(key, firm, t, DRAW.value));
      if (e < sale[firm]! || s === 3) {
        stage[firm] = GONE;
        kept--;
      } else {
        const { round } = f.stages[STAGES[s] as 'POC' | 'ANGEL' | 'EARLY'];
        postMoney[firm] =
          (postMoney[firm]! *
            round.stepUpMedian *
            Math.exp(round.stepUpQualityEffect * quality[firm]! + round.stepUpSigmaLog * shock)) /
          (1 - round.raisedShareOfPostMoney);
        enter(firm, s + 1, t);
      }
    }
    liveCount = kept;
    for (const [s, name] of (['POC', 'ANGEL', 'EARLY'] as const).entries()) {
      const n = poisson(arrivals, f.arrivals[name].meanPerQuarter);
      for (let j = 0; j < n && count < capacity; j++) {
        const firm = count++;
        quality[firm] = normalQuantile(counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.quality));
        industry[firm] = pickIndex(
          industryWeights,
          counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.industry),
        );
        postMoney[firm] =
          f.arrivals[name].entryPostMoney.medianCNY *
          Math.exp(
            f.arrivals[name].entryPostMoney.sigmaLog *
              normalQuantile(counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.valuation)),
          );
        enter(firm, s, t);
        live[liveCount++] = firm;
      }
    }
  }
  return { firmQuarters, firms: count };
}
