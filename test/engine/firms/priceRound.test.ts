import { describe, expect, it } from 'vitest';
import { EVENT_ROUND, priceRound } from '../../../src/engine/firms/firmFates.ts';
import { ANGEL, EARLY, GROWTH, POC } from '../../../src/engine/firms/stageCode.ts';
import { enterStage } from '../../../src/engine/firms/stageEntry.ts';
import { normalCdf } from '../../../src/engine/random/normalDistribution.ts';
import { ksCriticalValue, ksStatistic } from '../random/goodnessOfFit.ts';
import { cohort, scenarioWith, stepCohort } from './firmFixture.ts';
import { createHazardTable } from '../../../src/engine/firms/hazardTable.ts';

/** Relative closeness, for amounts in the hundreds of millions. */
function expectClose(actual: number, expected: number, relative = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

// Three rounds with round numbers: step-up medians 2, 3, 2.5 and raised shares 20%, 25%, 20%.
const rounds = scenarioWith({
  firms: {
    stages: {
      POC: { round: { stepUpMedian: 2, raisedShareOfPostMoney: 0.2 } },
      ANGEL: { round: { stepUpMedian: 3, raisedShareOfPostMoney: 0.25 } },
      EARLY: { round: { stepUpMedian: 2.5, raisedShareOfPostMoney: 0.2 } },
    },
  },
});

describe('priceRound: a graduation round prices the firm and dilutes every holder', () => {
  it('three rounds at shock 0 and q = 0 give the hand-computed post-money and dilution', () => {
    // A POC firm last priced at 10M post-money; a holder owns 20% (worth 2M).
    const { firms } = cohort(rounds, 1, POC, 0, { postMoneyCNY: 10_000_000 });
    let share = 0.2;
    // Each round: pre = last post × step-up; post = pre / (1 − raised); new = post − pre; the
    // holder keeps share × (1 − new/post) = share × (1 − raised), worth share × pre (no gain or
    // loss from the dilution itself: the holder's value grows by the step-up alone).
    //   POC → ANGEL:   pre 10M × 2 = 20M,    post 20M / 0.8 = 25M,      new 5M,     share 16%,  worth 4M
    //   ANGEL → EARLY: pre 25M × 3 = 75M,    post 75M / 0.75 = 100M,    new 25M,    share 12%,  worth 12M
    //   EARLY → GROWTH: pre 100M × 2.5 = 250M, post 250M / 0.8 = 312.5M, new 62.5M, share 9.6%, worth 30M
    const expected = [
      { from: POC, post: 25e6, newMoney: 5e6, share: 0.16, worth: 4e6 },
      { from: ANGEL, post: 100e6, newMoney: 25e6, share: 0.12, worth: 12e6 },
      { from: EARLY, post: 312.5e6, newMoney: 62.5e6, share: 0.096, worth: 30e6 },
    ];
    for (const round of expected) {
      const newMoney = priceRound(firms, 0, round.from, 0, rounds);
      enterStage(firms, 0, round.from + 1, 0, createHazardTable(rounds));
      // The dilution rule holders apply (chain/investing.ts processRound).
      share *= 1 - newMoney / firms.postMoneyCNY[0]!;
      expectClose(newMoney, round.newMoney);
      expectClose(firms.postMoneyCNY[0]!, round.post);
      expectClose(share, round.share);
      expectClose(share * firms.postMoneyCNY[0]!, round.worth);
    }
    // Equity raised over the three rounds: 5M + 25M + 62.5M = 92.5M.
    expectClose(firms.equityRaisedCNY[0]!, 92.5e6);
    expect(firms.stage[0]).toBe(GROWTH);
  });

  it('moves the step-up by exp(qualityEffect·q + sigmaLog·shock)', () => {
    // q = 1, shock = 1 out of POC (effect 0.2, sigma 0.5 by default): step-up 2·e^0.7 ≈ 4.0275,
    // so from 10M the post-money is 10M · 2 · e^0.7 / 0.8 ≈ 50.34M, still 20% of it new money.
    const { firms } = cohort(rounds, 1, POC, 0, { quality: () => 1 });
    const { stepUpQualityEffect, stepUpSigmaLog } = rounds.firms.stages.POC.round;
    expect([stepUpQualityEffect, stepUpSigmaLog]).toEqual([0.2, 0.5]);
    const newMoney = priceRound(firms, 0, POC, 1, rounds);
    const post = (10e6 * 2 * Math.exp(0.7)) / 0.8;
    expectClose(firms.postMoneyCNY[0]!, post);
    expectClose(newMoney, 0.2 * post);
  });

  it('has no round out of GROWTH (its graduation is an IPO) or out of a terminal stage', () => {
    const { firms } = cohort(rounds, 1, GROWTH, 0);
    for (const stage of [GROWTH, GROWTH + 1, -1]) {
      expect(() => priceRound(firms, 0, stage, 0, rounds)).toThrow(RangeError);
    }
  });

  it('in stepFirms, log step-ups of q = 0 firms are normal(log median, sigmaLog²) (KS at alpha = 0.001)', () => {
    // 20,000 POC firms at 10M, stepped until about 4,000 have graduated: each round's post-money
    // over 10M is stepUp / (1 − raised), stepUp = 2·exp(0.5·shock) with shock ~ N(0, 1) from the
    // firm's own stream; its new money is exactly 20% of the post-money.
    const { minQuartersInStage } = rounds.firms.stages.POC;
    const c = cohort(rounds, 20_000, POC, 0);
    const logStepUps: number[] = [];
    for (let t = 1; t <= minQuartersInStage + 3; t++) {
      const events = stepCohort(c, t, 0);
      for (let e = 0; e < events.count; e++) {
        if (events.kind[e] !== EVENT_ROUND) continue;
        const firm = events.firm[e]!;
        const post = c.firms.postMoneyCNY[firm]!;
        expectClose(events.newMoneyCNY[e]!, 0.2 * post);
        expect(c.firms.stage[firm]).toBe(ANGEL);
        expect(c.firms.stageEntryQuarter[firm]).toBe(t);
        logStepUps.push(Math.log((post * 0.8) / 10e6));
      }
    }
    expect(logStepUps.length).toBeGreaterThan(3000);
    const d = ksStatistic(logStepUps, (x) => normalCdf((x - Math.log(2)) / 0.5));
    expect(d).toBeLessThan(ksCriticalValue(logStepUps.length, 0.001));
  });
});
