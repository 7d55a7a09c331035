import { describe, expect, it } from 'vitest';
import { MAX_VALUATION_CNY } from '../../../src/engine/firms/firmTable.ts';
import { priceRound } from '../../../src/engine/firms/firmFates.ts';
import { EARLY } from '../../../src/engine/firms/stageCode.ts';
import { formatScenarioIssue, parseScenario, simulateTrial } from '../../../src/engine/index.ts';
import { MAX_EXPECTED_ARRIVALS } from '../../../src/engine/scenario/workBudget.ts';
import { cohort, scenarioWith } from '../firms/firmFixture.ts';
import { defaultScenarioJson } from '../defaultScenario.ts';

/** The default scenario file with fields set by dotted path, parsed. */
const withChanges = (changes: Record<string, unknown>) => {
  const json = defaultScenarioJson();
  for (const [dotted, value] of Object.entries(changes)) {
    const path = dotted.split('.');
    let node = json;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  return parseScenario(json);
};

describe('the schema’s ranges and the engine’s arithmetic agree', () => {
  it('refuses a round that raises the whole post-money (once a division by zero)', () => {
    const result = withChanges({ 'firms.stages.EARLY.round.raisedShareOfPostMoney': 1 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatScenarioIssue(result.issues[0]!, 'en')).toBe(
        'firms.stages.EARLY.round.raisedShareOfPostMoney: expected a number ≤ 0.9 (a share: 0.4 means 40%), got 1',
      );
  });

  it('holds a valuation that would pass CNY 1 trillion at the cap, and counts it', () => {
    // A 100-fold step-up median from a 50 billion post-money: 5 trillion, held at 1 trillion; the
    // round then raises its share of the cap (the default 18%: 180 billion).
    const s = scenarioWith({ firms: { stages: { EARLY: { round: { stepUpMedian: 100 } } } } });
    const { firms } = cohort(s, 1, EARLY, 0, { postMoneyCNY: 50e9 });
    const newMoney = priceRound(firms, 0, EARLY, 0, s);
    expect(firms.postMoneyCNY[0]).toBe(MAX_VALUATION_CNY);
    expect(newMoney).toBe(0.18 * MAX_VALUATION_CNY);
    expect(firms.valuationsCapped).toBe(1);
  });

  it('runs a trial at the extremes of the valuation fields without an infinite value', () => {
    const result = withChanges({
      'firms.arrivals.EARLY.entryPostMoney': { medianCNY: 1e12, sigmaLog: 5 },
      'firms.stages.EARLY.round.stepUpMedian': 100,
      'firms.stages.EARLY.round.stepUpSigmaLog': 5,
      'firms.exits.ipoMultipleMedian': 1000,
      'firms.exits.ipoMultipleSigmaLog': 5,
      'simulation.years': 5,
    });
    if (!result.ok)
      throw new Error(result.issues.map((i) => formatScenarioIssue(i, 'en')).join('\n'));
    const trial = simulateTrial(result.scenario, 0);
    expect(trial.metrics['firms.valuationsCapped']).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(trial.metrics))
      expect(value === Infinity || value === -Infinity, key).toBe(false);
  });

  it(`refuses more than ${MAX_EXPECTED_ARRIVALS} expected arrivals a trial (the work budget)`, () => {
    // 1,000 + 1,000 + 1,000 a quarter over 40 years: 480,000.
    const result = withChanges({
      'simulation.years': 40,
      'firms.arrivals.POC.meanPerQuarter': 1000,
      'firms.arrivals.ANGEL.meanPerQuarter': 1000,
      'firms.arrivals.EARLY.meanPerQuarter': 1000,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => formatScenarioIssue(i, 'en'))).toEqual([
        'firms.arrivals: expected at most 250,000 expected firm arrivals a trial (the mean arrivals a quarter at all stages × quarters), got 480000',
      ]);
  });

  it('gives a cost per backed firm and per listing that is undefined, not infinite, when nothing is backed', () => {
    const result = withChanges({
      'funds.angelFunds': [],
      'funds.techFunds': [],
      'funds.bankLinkedFunds': [],
      'funds.seedFund.enabled': false,
      'simulation.years': 3,
      // Without the funds the citations of their fields name nothing.
      sources: [],
    });
    if (!result.ok)
      throw new Error(result.issues.map((i) => formatScenarioIssue(i, 'en')).join('\n'));
    const m = simulateTrial(result.scenario, 0).metrics;
    expect(m['firms.supported']).toBe(0);
    expect(m['chain.costPerBackedFirmCNY']).toBeNaN();
    expect(m['chain.costPerBackedListingCNY']).toBeNaN();
  });
});

describe('sub-fund ids', () => {
  it('are one per fund across every kind: a repeated id is refused at its path', () => {
    const repeated = withChanges({ 'funds.techFunds.0.id': 'angel-1' });
    expect(repeated.ok).toBe(false);
    if (!repeated.ok)
      expect(repeated.issues.map((i) => formatScenarioIssue(i, 'en'))).toEqual([
        'funds.techFunds[0].id: expected identifiers that are all different, got "angel-1"',
      ]);
  });
});
