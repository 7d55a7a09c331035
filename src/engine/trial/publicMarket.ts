import { irr } from '../metrics/irr.ts';
import { ksPme } from '../metrics/ksPme.ts';
import type { GrossFlows } from './accountFlows.ts';

/** A fund's figures against the trial's public index (economyPath.ts), NaN where undefined. */
export type MarketFigures = { ksPme: number; directAlpha: number };

/**
 * The index level a flow of quarter t is carried with: the end of that quarter (indexLevel[t + 1];
 * indexLevel[0] is the start), and for the horizon Q the end of the last quarter.
 */
export function flowIndexLevels(indexLevel: Float64Array, quarters: number): Float64Array {
  const levels = new Float64Array(quarters + 1);
  for (let t = 0; t <= quarters; t++) levels[t] = indexLevel[Math.min(t + 1, quarters)]!;
  return levels;
}

/**
 * Against the public market, from an investor's gross flows over quarters 0..Q (Q the horizon's
 * NAV) and the index level of each quarter:
 *  - Kaplan–Schoar PME (2005): distributions and NAV over contributions, each carried to the
 *    horizon at the index's return; above 1 the investor beat the index;
 *  - Direct Alpha (Gredil, Griffiths and Stucke 2014): the IRR of those index-carried net flows,
 *    annualised from quarters as a discrete rate: the return earned over the index's.
 */
export function marketFigures(flows: GrossFlows, levels: Float64Array): MarketFigures {
  const horizon = flows.paidInCNY.length - 1;
  const distributions = flows.distributedCNY.slice();
  distributions[horizon] = 0;
  const pme = ksPme({
    contributionsCNY: flows.paidInCNY,
    distributionsCNY: distributions,
    navCNY: flows.distributedCNY[horizon]!,
    indexLevel: levels,
  });
  const final = levels[horizon]!;
  const carried = new Float64Array(horizon + 1);
  for (let t = 0; t <= horizon; t++)
    carried[t] = ((flows.distributedCNY[t]! - flows.paidInCNY[t]!) * final) / levels[t]!;
  const alpha = irr(carried, { periodsPerYear: 4 });
  return {
    ksPme: pme ?? Number.NaN,
    directAlpha: alpha.kind === 'rate' ? alpha.annualRate : Number.NaN,
  };
}
