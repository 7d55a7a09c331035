import { normalQuantile } from '../random/normalDistribution.ts';
import type { Scenario } from '../scenario/schema.ts';
import { exp, expm1, log1p } from '../math/ieeeMath.ts';

/**
 * A firm's quarterly hazards depend on its stage, industry and quality q. They are computed once
 * per scenario at the nodes q = −4, −4 + 1/8, …, 4 and read by linear interpolation between the
 * two nodes around a firm's q (the ends hold beyond ±4): exact at the nodes, within about 0.03%
 * between them at the strongest quality effects, and a few multiplications a firm instead of
 * three exponentials, three logarithms and a normal quantile.
 */
const NODES_PER_SD = 8;
const Q_LOW = -4;
const Q_HIGH = 4;
export const QUALITY_NODES = (Q_HIGH - Q_LOW) * NODES_PER_SD + 1;
/** A row holds the nodes and one copy of the last, so the node above is always in the row. */
const ROW = QUALITY_NODES + 1;

/**
 * A quarterly probability scaled as a hazard: p' = 1 − (1 − p)^m, so a multiplier never pushes a
 * probability past 1 and multipliers compose.
 */
export function scaleProbability(p: number, multiplier: number): number {
  if (p >= 1) return 1;
  return -expm1(log1p(-p) * multiplier);
}

/** The live stages' hazards at [(stage × industries + industry) × (QUALITY_NODES + 1) + node]. */
export type HazardTable = {
  industries: number;
  graduation: Float64Array;
  tradeSale: Float64Array;
  /** Φ⁻¹ of the failure probability: the copula's threshold. */
  failureThreshold: Float64Array;
};

const LIVE = ['POC', 'ANGEL', 'EARLY', 'GROWTH'] as const;

export function createHazardTable(scenario: Scenario): HazardTable {
  const industries = scenario.firms.industries;
  const size = LIVE.length * industries.length * ROW;
  const table: HazardTable = {
    industries: industries.length,
    graduation: new Float64Array(size),
    tradeSale: new Float64Array(size),
    failureThreshold: new Float64Array(size),
  };
  LIVE.forEach((stageName, stage) => {
    const p = scenario.firms.stages[stageName];
    industries.forEach((industry, i) => {
      for (let node = 0; node < ROW; node++) {
        const q = Math.min(Q_HIGH, Q_LOW + node / NODES_PER_SD);
        const k = (stage * table.industries + i) * ROW + node;
        table.graduation[k] = scaleProbability(
          p.graduationPerQuarter,
          exp(p.graduationQualityEffect * q) * industry.graduationMultiplier,
        );
        table.tradeSale[k] = scaleProbability(
          p.tradeSalePerQuarter,
          exp(p.tradeSaleQualityEffect * q) * industry.graduationMultiplier,
        );
        table.failureThreshold[k] = normalQuantile(
          scaleProbability(
            p.failurePerQuarter,
            exp(p.failureQualityEffect * q) * industry.failureMultiplier,
          ),
        );
      }
    });
  });
  return table;
}

/**
 * Where quality q falls in the table: the index of the node below plus the weight of the node
 * above (a whole number at a node).
 */
export function hazardPosition(
  table: HazardTable,
  stage: number,
  industry: number,
  q: number,
): number {
  const x = (Math.min(Q_HIGH, Math.max(Q_LOW, q)) - Q_LOW) * NODES_PER_SD;
  return (stage * table.industries + industry) * ROW + x;
}

/**
 * A column of the table read at a position: exact at a node. Beside an infinite node (a
 * threshold Φ⁻¹(0) = −∞ where a hazard is zero) the nearer node is taken.
 */
export function interpolate(column: Float64Array, position: number): number {
  const node = Math.floor(position);
  const weight = position - node;
  const low = column[node]!;
  const high = column[node + 1]!;
  if (weight === 0 || low === high) return low;
  const value = low + weight * (high - low);
  return Number.isNaN(value) ? (weight < 0.5 ? low : high) : value;
}
