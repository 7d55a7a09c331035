import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/cli/loadScenario.ts';
import { aggregateBlock } from '../../../src/engine/aggregate/blocks.ts';
import { toTransferable } from '../../../src/engine/aggregate/runTransfer.ts';
import { runBlock } from '../../../src/engine/run/runBlock.ts';
import { pairedTrialRecord, trialRecord } from '../../../src/engine/run/trialRecord.ts';
import { simulateTrial, type TrialArena } from '../../../src/engine/trial/simulateTrial.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';

function scenario(name: string): Scenario {
  const file = new URL(`../../../scenarios/${name}`, import.meta.url).pathname;
  const loaded = loadScenario(file, []);
  if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
  return loaded.scenario;
}

// A block's trials share one arena (the ledger, firm table, positions and loan book of the trial
// before, emptied): nothing of one trial may leak into the next.
describe('trials that reuse an arena', () => {
  const hebei = scenario('hebei-2022.json');
  const icbc = scenario('icbc-shibaiqianwan.json');

  it('give a block exactly the aggregate of fresh trials', () => {
    const trials = 24;
    const fresh = aggregateBlock(0, trials, (t) => trialRecord(simulateTrial(hebei, t)));
    const outcome = runBlock({ scenario: hebei, trials, block: 0 });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.data).toEqual(toTransferable(fresh));
  });

  it('give a comparison block exactly the paired aggregate of fresh trials', () => {
    const trials = 12;
    const fresh = aggregateBlock(0, trials, (t) => pairedTrialRecord(hebei, icbc, t));
    const outcome = runBlock({ scenario: hebei, compareWith: icbc, trials, block: 0 });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.data).toEqual(toTransferable(fresh));
  });

  it('are not reused across scenarios: a trial of another scenario starts fresh', () => {
    const arena: TrialArena = {};
    const first = trialRecord(simulateTrial(hebei, 3, { arena }));
    const ledger = arena.ctx?.ledger;
    const other = trialRecord(simulateTrial(icbc, 3, { arena }));
    expect(arena.ctx?.ledger).not.toBe(ledger);
    expect(other).toEqual(trialRecord(simulateTrial(icbc, 3)));
    expect(first).toEqual(trialRecord(simulateTrial(hebei, 3)));
  });
});
