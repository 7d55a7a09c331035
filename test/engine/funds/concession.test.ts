import { describe, expect, it } from 'vitest';
import {
  concededShare,
  concessionRate,
  newConcessionAttribution,
  recordRealisedGain,
  splitConcession,
  type ConcessionFirm,
  type ConcessionTerms,
} from '../../../src/engine/funds/concession.ts';
import {
  contribute,
  distribute,
  newWaterfallAccount,
} from '../../../src/engine/funds/waterfall.ts';
import { ConcessionSchema } from '../../../src/engine/scenario/sections/funds.ts';
import { toFen } from '../../../src/engine/ledger/fen.ts';

/** Hebei plan 二(二)2: 40% of angel-stage gains, 30% of early/mid-stage, in-province only. */
const hebei: ConcessionTerms = {
  enabled: true,
  angelStageShare: 0.4,
  earlyStageShare: 0.3,
  inProvinceOnly: true,
  toGpShare: 0,
};

const angel: ConcessionFirm = { inProvince: true, firstBackedStage: 'ANGEL' };
const early: ConcessionFirm = { inProvince: true, firstBackedStage: 'EARLY' };
const outOfProvince: ConcessionFirm = { inProvince: false, firstBackedStage: 'ANGEL' };

describe('concessionRate', () => {
  it('concedes 40% on an in-province firm backed at angel stage', () => {
    expect(concessionRate(angel, hebei)).toBe(0.4);
  });

  it('counts a seed (POC) project transferred at angel stage as angel-stage', () => {
    expect(concessionRate({ inProvince: true, firstBackedStage: 'POC' }, hebei)).toBe(0.4);
  });

  it('concedes 30% on an in-province firm backed at early or growth (mid) stage', () => {
    expect(concessionRate(early, hebei)).toBe(0.3);
    expect(concessionRate({ inProvince: true, firstBackedStage: 'GROWTH' }, hebei)).toBe(0.3);
  });

  it('concedes nothing on an out-of-province firm, unless the terms reach beyond the province', () => {
    expect(concessionRate(outOfProvince, hebei)).toBe(0);
    expect(concessionRate(outOfProvince, { ...hebei, inProvinceOnly: false })).toBe(0.4);
  });

  it('concedes nothing when the concession is disabled', () => {
    const off = { ...hebei, enabled: false };
    for (const firm of [angel, early, outOfProvince]) expect(concessionRate(firm, off)).toBe(0);
  });

  it('takes the Hebei shares as the scenario defaults', () => {
    const defaults = ConcessionSchema.parse({});
    expect(concessionRate(angel, defaults)).toBe(0.4);
    expect(concessionRate(early, defaults)).toBe(0.3);
  });
});

describe('concession attribution', () => {
  it('weights each deal’s rate by its realised gain, ignoring losses', () => {
    // Angel deal +10M at 40%, early deal +30M at 30%, out-of-province +20M at 0%, a loss of 15M.
    // Weighted 4M + 9M + 0 = 13M over 60M of gains: 13/60 ≈ 0.2167.
    const attribution = newConcessionAttribution();
    recordRealisedGain(attribution, 10e6, concessionRate(angel, hebei));
    recordRealisedGain(attribution, 30e6, concessionRate(early, hebei));
    recordRealisedGain(attribution, 20e6, concessionRate(outOfProvince, hebei));
    recordRealisedGain(attribution, -15e6, concessionRate(angel, hebei));
    recordRealisedGain(attribution, 0, concessionRate(angel, hebei));
    expect(attribution.weightedGainCNY).toBeCloseTo(13e6, 6);
    expect(attribution.totalGainCNY).toBe(60e6);
    expect(concededShare(attribution)).toBeCloseTo(13 / 60, 15);
    // The guidance fund's 6M of profit in a distribution concedes 6M × 13/60 = 1.3M.
    expect(6e6 * concededShare(attribution)).toBeCloseTo(1.3e6, 6);
  });

  it('concedes nothing before any gain, or after losses only', () => {
    const attribution = newConcessionAttribution();
    expect(concededShare(attribution)).toBe(0);
    recordRealisedGain(attribution, -5e6, 0.4);
    expect(concededShare(attribution)).toBe(0);
  });

  it('concedes the same on both waterfalls when deals’ profits follow their gains', () => {
    // Angel sub-fund, guidance fund share g = 0.3, 8% hurdle, full catch-up, 20% carry.
    // Deal A (angel, 40%): 100 → 300; deal B (early, 30%): 100 → 200; all at quarter 0 → 4.
    const terms = { hurdleRatePerYear: 0.08, catchUpShare: 1, carryShare: 0.2 };
    const g = 0.3;

    // European: 200 in, 500 out: capital 200, pref 16, catch-up 4, 280 split 224 / 56.
    // LP profit 16 + 224 = 240; the guidance fund's part 0.3 × 240 = 72.
    // Attribution: (200 × 0.4 + 100 × 0.3) / 300 = 110/300 = 11/30; conceded 72 × 11/30 = 26.4.
    const fund = newWaterfallAccount();
    contribute(fund, 200, 0, terms);
    const split = distribute(fund, 500, 4, terms);
    const attribution = newConcessionAttribution();
    recordRealisedGain(attribution, 200, concessionRate(angel, hebei));
    recordRealisedGain(attribution, 100, concessionRate(early, hebei));
    const europeanCNY = g * split.lpProfitCNY * concededShare(attribution);
    expect(europeanCNY).toBeCloseTo(26.4, 9);

    // Deal by deal: A: capital 100, pref 8, catch-up 2, 190 split 152 / 38: LP profit 160,
    // conceded 0.3 × 160 × 0.4 = 19.2. B: capital 100, pref 8, catch-up 2, 90 split 72 / 18:
    // LP profit 80, conceded 0.3 × 80 × 0.3 = 7.2. Together 26.4.
    let dealByDealCNY = 0;
    for (const [firm, proceedsCNY] of [
      [angel, 300],
      [early, 200],
    ] as const) {
      const deal = newWaterfallAccount();
      contribute(deal, 100, 0, terms);
      dealByDealCNY +=
        g * distribute(deal, proceedsCNY, 4, terms).lpProfitCNY * concessionRate(firm, hebei);
    }
    expect(dealByDealCNY).toBeCloseTo(26.4, 9);

    // A quarter of the conceded amount to the GP: 6.60, the rest 19.80 to private LPs.
    expect(splitConcession(europeanCNY, 0.25)).toEqual({ toPrivateLPsCNY: 19.8, toGpCNY: 6.6 });
  });

  it.each([Number.NaN, Infinity, -Infinity])('throws RangeError for a gain of %s', (bad) => {
    expect(() => recordRealisedGain(newConcessionAttribution(), bad, 0.4)).toThrow(RangeError);
  });

  it.each([-0.1, 1.1, Number.NaN])('throws RangeError for a rate of %s', (bad) => {
    expect(() => recordRealisedGain(newConcessionAttribution(), 1, bad)).toThrow(
      /rate must be a share in \[0, 1\]/,
    );
  });
});

describe('splitConcession', () => {
  it('pays toGpShare of the conceded amount to the GP and the rest to private LPs, in fen', () => {
    // 1.3M × 25% = 325,000 to the GP, 975,000 to private LPs.
    expect(splitConcession(1.3e6, 0.25)).toEqual({ toPrivateLPsCNY: 975_000, toGpCNY: 325_000 });
    // 100 × 1/3 = 33.333…: whole fen 33.33 to the GP, 66.67 to private LPs.
    expect(splitConcession(100, 1 / 3)).toEqual({ toPrivateLPsCNY: 66.67, toGpCNY: 33.33 });
    // A lone fen split 50/50 goes to private LPs (tie to the first).
    expect(splitConcession(0.01, 0.5)).toEqual({ toPrivateLPsCNY: 0.01, toGpCNY: 0 });
  });

  it('pays all to private LPs by default (toGpShare 0) and all to the GP at 1', () => {
    expect(splitConcession(123.45, 0)).toEqual({ toPrivateLPsCNY: 123.45, toGpCNY: 0 });
    expect(splitConcession(123.45, 1)).toEqual({ toPrivateLPsCNY: 0, toGpCNY: 123.45 });
  });

  it('adds up exactly in fen', () => {
    for (let i = 1; i < 500; i++) {
      const amountCNY = (i * 7_777_777.77) % 1e7;
      const { toPrivateLPsCNY, toGpCNY } = splitConcession(amountCNY, (i % 17) / 16.5);
      expect(toFen(toPrivateLPsCNY) + toFen(toGpCNY)).toBe(toFen(amountCNY));
    }
  });

  it('throws RangeError for a bad amount or share', () => {
    for (const bad of [-1, Number.NaN, Infinity]) {
      expect(() => splitConcession(bad, 0.5)).toThrow(/splitConcession: amountCNY must be/);
    }
    for (const bad of [-0.1, 1.1, Number.NaN]) {
      expect(() => splitConcession(1, bad)).toThrow(/splitConcession: toGpShare must be/);
    }
  });
});
