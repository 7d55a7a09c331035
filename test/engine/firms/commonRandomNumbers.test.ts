import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EARLY } from '../../../src/engine/firms/stageCode.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';
import { simulateTrial, type TrialResult } from '../../../src/engine/trial/simulateTrial.ts';
import { cohort, scenarioWith, stepCohort } from './firmFixture.ts';

// Common random numbers (STYLE.md 3, MODEL.md "Randomness and reproducibility"): each decision
// about a firm takes its own counter-based number, a hash of (seed, trial, firm, quarter,
// purpose), whatever else was drawn, so a policy that only moves money between funds and investors
// cannot change which firms arrive, when they fail, are sold or list, or at what valuations.
// These are exact (bitwise) comparisons: no tolerance.

const hebei = JSON.parse(
  readFileSync(new URL('../../../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, unknown>>;

/** The Hebei scenario with a different concession rate and, optionally, seed. */
function hebeiWith(angelStageShare: number, seed?: number): Scenario {
  return scenarioWith({
    ...hebei,
    concession: { ...hebei.concession, angelStageShare },
    simulation: { ...hebei.simulation, ...(seed === undefined ? {} : { seed }), years: 12 },
  });
}

/** The firm columns that make up a firm's fate, cut to the firms that arrived. */
function fates(result: TrialResult) {
  const { firms } = result;
  const n = firms.count;
  return {
    count: n,
    stage: Array.from(firms.stage.subarray(0, n)),
    exitQuarter: Array.from(firms.exitQuarter.subarray(0, n)),
    arrivalQuarter: Array.from(firms.arrivalQuarter.subarray(0, n)),
    quality: Array.from(firms.quality.subarray(0, n)),
    postMoneyCNY: Array.from(firms.postMoneyCNY.subarray(0, n)),
    exitValueCNY: Array.from(firms.exitValueCNY.subarray(0, n)),
  };
}

describe('common random numbers for firms', () => {
  const generous = hebeiWith(0.4);
  const none = hebeiWith(0);

  for (const trial of [0, 3]) {
    it(`a concession policy changes the money but not one firm’s fate (trial ${trial})`, () => {
      const a = simulateTrial(generous, trial);
      const b = simulateTrial(none, trial);
      // The policy does act in this trial: the concession paid differs (early-stage deals are
      // still conceded at their own rate, so it is not zero without the angel-stage one).
      expect(a.metrics['concession.amountCNY']).toBeGreaterThan(b.metrics['concession.amountCNY']!);

      const fa = fates(a);
      const fb = fates(b);
      expect(fa.count).toBeGreaterThan(1000);
      expect(fb.count).toBe(fa.count);
      expect(fb.stage).toEqual(fa.stage);
      expect(fb.exitQuarter).toEqual(fa.exitQuarter);
      expect(fb.arrivalQuarter).toEqual(fa.arrivalQuarter);
      expect(fb.quality).toEqual(fa.quality);
      expect(fb.postMoneyCNY).toEqual(fa.postMoneyCNY);
      expect(fb.exitValueCNY).toEqual(fa.exitValueCNY);
      expect(Array.from(b.economy.cycleZ)).toEqual(Array.from(a.economy.cycleZ));
    });
  }

  it('a different seed draws different fates', () => {
    const a = fates(simulateTrial(generous, 0));
    const c = fates(simulateTrial(hebeiWith(0.4, 2023), 0));
    const n = Math.min(a.count, c.count);
    let stageDiffers = 0;
    let exitDiffers = 0;
    for (let f = 0; f < n; f++) {
      if (a.stage[f] !== c.stage[f]) stageDiffers++;
      if (a.exitQuarter[f] !== c.exitQuarter[f]) exitDiffers++;
    }
    // Independent fates agree often (many firms fail), but hundreds of firms must differ.
    expect(stageDiffers).toBeGreaterThan(n / 10);
    expect(exitDiffers).toBeGreaterThan(n / 10);
    expect(c.quality.slice(0, 100)).not.toEqual(a.quality.slice(0, 100));
  });

  it('a live firm’s numbers do not depend on which other firms are live or what happens to them', () => {
    const scenario = scenarioWith();
    const n = 2000;
    const quarters = 12;
    // Two books with the same firms (same seed, same serials); in the second only the even
    // firms are live. Dropping firms must not shift the others' draws.
    const all = cohort(scenario, n, EARLY, 0, { seed: 5 });
    const evens = cohort(scenario, n, EARLY, 0, { seed: 5 });
    evens.liveCount = 0;
    for (let f = 0; f < n; f += 2) evens.live[evens.liveCount++] = f;
    for (let t = 1; t <= quarters; t++) {
      const z = Math.sin(t); // any path; the same for both books
      stepCohort(all, t, z);
      stepCohort(evens, t, z);
    }
    for (let f = 0; f < n; f += 2) {
      expect(evens.firms.stage[f]).toBe(all.firms.stage[f]);
      expect(evens.firms.exitQuarter[f]).toBe(all.firms.exitQuarter[f]);
      expect(evens.firms.postMoneyCNY[f]).toBe(all.firms.postMoneyCNY[f]);
    }
    // Some firms stayed, failed, graduated or were sold, so the comparison saw each outcome.
    let moved = 0;
    for (let f = 0; f < n; f += 2) if (all.firms.stage[f] !== EARLY) moved++;
    expect(moved).toBeGreaterThan(0);
  });
});
