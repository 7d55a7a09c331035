import { normalQuantile } from '../random/normalDistribution.ts';
import { openUnit } from '../random/openUnit.ts';
import type { RandomStream } from '../random/stream.ts';
import type { Scenario } from '../scenario/schema.ts';
import { exp, log1p } from '../math/ieeeMath.ts';

/** One trial's economy, drawn up front: the business cycle Z_t and the public index level. */
export type EconomyPath = {
  /** Systematic factor Z_t ~ N(0, 1) of each quarter (AR(1) with unit variance). */
  cycleZ: Float64Array;
  /** Public equity index level at the end of each quarter; 1 at the start (index 0 = start). */
  indexLevel: Float64Array;
};

/**
 * Draws `quarters` quarters from `rng`, always two uniforms a quarter (cycle, index noise), so
 * the path is the same for every scenario with the same seed: common random numbers.
 */
export function drawEconomyPath(
  economy: Scenario['economy'],
  quarters: number,
  rng: RandomStream,
): EconomyPath {
  const cycleZ = new Float64Array(quarters);
  const indexLevel = new Float64Array(quarters + 1);
  const phi = economy.cycle.persistence;
  const innovationSd = Math.sqrt(1 - phi * phi);
  const { returnPerYear, volatilityPerYear, cycleLoading } = economy.publicMarket;
  const sigmaQ = volatilityPerYear / 2;
  const driftQ = log1p(returnPerYear) / 4 - (sigmaQ * sigmaQ) / 2;
  const ownSd = Math.sqrt(1 - cycleLoading * cycleLoading);
  indexLevel[0] = 1;
  let z = 0;
  for (let t = 0; t < quarters; t++) {
    const e = normalQuantile(openUnit(rng));
    z = t === 0 ? e : phi * z + innovationSd * e;
    cycleZ[t] = z;
    const own = normalQuantile(openUnit(rng));
    indexLevel[t + 1] = indexLevel[t]! * exp(driftQ + sigmaQ * (cycleLoading * z + ownSd * own));
  }
  return { cycleZ, indexLevel };
}
