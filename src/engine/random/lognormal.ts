import { normalQuantileOpen } from './normalDistribution.ts';
import { openUnit } from './openUnit.ts';
import type { RandomStream } from './stream.ts';
import { exp } from '../math/ieeeMath.ts';

/**
 * exp(N(muLog, sigmaLog²)), by inversion of one draw of `rng` (increasing in the draw). The median
 * is exp(muLog) and the mean exp(muLog + sigmaLog²/2). muLog must be finite, sigmaLog finite
 * and ≥ 0.
 */
export function lognormal(rng: RandomStream, muLog: number, sigmaLog: number): number {
  if (!Number.isFinite(muLog)) throw new RangeError(`invalid muLog: ${muLog} (must be finite)`);
  if (!(sigmaLog >= 0 && sigmaLog < Infinity)) {
    throw new RangeError(`invalid sigmaLog: ${sigmaLog} (must be finite and ≥ 0)`);
  }
  return exp(muLog + sigmaLog * normalQuantileOpen(openUnit(rng)));
}
