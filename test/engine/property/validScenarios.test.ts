import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLedger,
  describeMetric,
  simulateTrial,
  trialSeries,
  type Scenario,
} from '../../../src/engine/index.ts';
import { loadScenario } from '../../../src/cli/loadScenario.ts';
import { changeableLeaves, changedScenario, changesArbitrary } from './randomScenario.ts';

// Random valid scenarios, drawn from the schema's own ranges (the ends included) on top of the
// shipped scenario files, each simulated for one trial. Seeded, so a failure reproduces; fast-check
// shrinks it to the fewest changes that still fail and prints them.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 240);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261202);
const BASES = ['hebei-2022', 'tau-baseline', 'bocom-five-ones', 'lianyungang'].map((id) => {
  const loaded = loadScenario(
    new URL(`../../../scenarios/${id}.json`, import.meta.url).pathname,
    [],
  );
  if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
  return loaded.scenario;
});

/** What a valid scenario's trial must never do; each entry says what went wrong. */
function problemsOf(scenario: Scenario): string[] {
  const result = simulateTrial(scenario, 0);
  const problems: string[] = checkLedger(result.ledger).map((v) => `ledger: ${JSON.stringify(v)}`);
  for (const [key, value] of Object.entries(result.metrics)) {
    if (value === Infinity || value === -Infinity) problems.push(`${key} is ${value}`);
    else if (Number.isNaN(value) && !describeMetric(key)?.undefinedWhen)
      problems.push(`${key} is undefined (NaN), which its definition does not allow`);
  }
  for (const [key, values] of Object.entries(trialSeries(result)))
    if (!values.every(Number.isFinite))
      problems.push(`series ${key} has a value that is not finite`);
  // No fund calls more than its commitment, to the fen; the guidance fund draws at most its capital.
  const { ledger } = result;
  for (const fund of result.funds) {
    if (!fund.classAccounts) continue;
    const account = ledger.indexById.get(fund.account)!;
    let calledFen = 0;
    for (let i = 0; i < ledger.count; i++)
      if (ledger.to[i] === account && ledger.kind[i] === 0) calledFen += ledger.amountFen[i]!;
    const commitment = scenario.funds[`${fund.kind}Funds` as 'angelFunds'].find(
      (f) => f.id === fund.id,
    )!.commitmentCNY;
    if (calledFen > Math.round(commitment * 100) + 1)
      problems.push(`${fund.id} called ${calledFen / 100} of its ${commitment} commitment`);
  }
  if (
    result.metrics['guidanceFund.capitalDrawnCNY']! >
    scenario.funds.guidanceFund.capitalCNY + 0.01
  )
    problems.push('the guidance fund drew more than its capital');
  return problems;
}

describe('every valid scenario runs (property test)', () => {
  it(`${RUNS} random valid scenarios: no exception, a clean ledger, commitments kept, no ±Infinity, NaN only where defined`, () => {
    let valid = 0;
    const arbitrary = fc
      .tuple(fc.nat({ max: BASES.length - 1 }), fc.nat())
      .chain(([b]) =>
        fc.tuple(fc.constant(b), changesArbitrary(changeableLeaves(BASES[b]!).length)),
      );
    const leavesOf = BASES.map(changeableLeaves);
    fc.assert(
      fc.property(arbitrary, ([b, changes]) => {
        const scenario = changedScenario(BASES[b]!, leavesOf[b]!, changes);
        fc.pre(scenario !== null);
        valid++;
        expect(problemsOf(scenario!)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, maxSkipsPerRun: 10 },
    );
    expect(valid).toBe(RUNS);
  }, 120_000);
});
