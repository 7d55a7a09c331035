import { describe, expect, it } from 'vitest';
import { emptyGrossFlows } from '../../../src/engine/trial/accountFlows.ts';
import { flowIndexLevels, marketFigures } from '../../../src/engine/trial/publicMarket.ts';
import { simulateTrial } from '../../../src/engine/index.ts';
import { defaultScenario } from '../defaultScenario.ts';

/** Flows over quarters 0..4 (quarter 4 the horizon's NAV). */
function flows(paid: number[], got: number[]) {
  const f = emptyGrossFlows(5);
  f.paidInCNY.set(paid);
  f.distributedCNY.set(got);
  return f;
}

describe('against the public market: KS-PME and Direct Alpha', () => {
  it('reads a quarter’s flow at that quarter’s end, the horizon at the last quarter’s', () => {
    // indexLevel[0] is the start; [t + 1] the end of quarter t; 4 quarters.
    const levels = flowIndexLevels(Float64Array.from([1, 1.1, 1.2, 1.3, 1.4]), 4);
    expect([...levels]).toEqual([1.1, 1.2, 1.3, 1.4, 1.4]);
  });

  it('gives 1 and 0 for flows that replicate the index', () => {
    // 100 in at level 1.1; at the horizon (level 1.4) a NAV of 100 × 1.4/1.1.
    const levels = Float64Array.from([1.1, 1.2, 1.3, 1.4, 1.4]);
    const m = marketFigures(flows([100, 0, 0, 0, 0], [0, 0, 0, 0, (100 * 1.4) / 1.1]), levels);
    expect(m.ksPme).toBeCloseTo(1, 12);
    expect(m.directAlpha).toBeCloseTo(0, 9);
  });

  it('matches a worked example: 100 in, 150 back a year later while the index rose 20%', () => {
    // Index 1 at quarter 0, 1.2 from quarter 3 on. KS-PME = 150 / (100 × 1.2/1) = 1.25.
    // Carried to the horizon: −120 at quarter 0, +150 at quarter 3 (three quarters): Direct
    // Alpha = (150/120)^(4/3) − 1 a year.
    const levels = Float64Array.from([1, 1.1, 1.15, 1.2, 1.2]);
    const m = marketFigures(flows([100, 0, 0, 0, 0], [0, 0, 0, 150, 0]), levels);
    expect(m.ksPme).toBeCloseTo(1.25, 12);
    expect(m.directAlpha).toBeCloseTo((150 / 120) ** (4 / 3) - 1, 9);
  });

  it('is undefined with nothing paid in', () => {
    const m = marketFigures(flows([0, 0, 0, 0, 0], [0, 0, 0, 0, 0]), new Float64Array(5).fill(1));
    expect(m.ksPme).toBeNaN();
    expect(m.directAlpha).toBeNaN();
  });

  it('is reported for every sub-fund, group and fiscal fund of a default trial, PME with TVPI on a flat index', () => {
    const result = simulateTrial(defaultScenario(), 4);
    const ids = result.funds.filter((f) => f.classAccounts).map((f) => `fund.${f.id}`);
    for (const prefix of [...ids, 'angelFunds', 'guidanceFund', 'seedFund']) {
      expect(Number.isFinite(result.metrics[`${prefix}.ksPme`])).toBe(true);
    }
    // With the index flat, carrying changes nothing: KS-PME is TVPI, Direct Alpha the IRR.
    const flat = defaultScenario();
    flat.economy.publicMarket.returnPerYear = 0;
    flat.economy.publicMarket.volatilityPerYear = 0;
    const r = simulateTrial(flat, 4);
    expect(r.metrics['angelFunds.ksPme']).toBeCloseTo(r.metrics['angelFunds.tvpi']!, 10);
    expect(r.metrics['angelFunds.directAlpha']).toBeCloseTo(r.metrics['angelFunds.irr']!, 8);
  });
});
