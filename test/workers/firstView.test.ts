// A run's first view (issue: the engine at the limit): a preview from block 0's first trials, a
// pool warmed up before the first run, and what a worker keeps from block to block and run to
// run. None of it may change a result by one bit.
import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRunResult, type RunSummary } from '../../src/engine/index.ts';
import { createAggregateApi, keptAggregator } from '../../src/workers/aggregateApi.ts';
import { createSerialisingRunner } from '../../src/workers/inProcessRunner.ts';
import { createRunner, WARM_UP_TRIALS, type Runner } from '../../src/workers/runner.ts';
import { createSimulationApi } from '../../src/workers/simulationApi.ts';
import { smallScenario } from './smallScenario.ts';

const scenario = smallScenario();
const TRIALS = 150; // three blocks, the last one short
const runners: Runner[] = [];
afterAll(() => runners.forEach((r) => r.dispose()));

function stable(summary: RunSummary) {
  const { run: _run, ...rest } = buildRunResult(scenario, summary, {
    wallTimeMs: 0,
    workers: 0,
    runner: '',
    startedAt: '',
  });
  return JSON.stringify(rest);
}

async function resultOf(runner: Runner, options: Parameters<Runner['run']>[1] = {}) {
  runners.push(runner);
  const outcome = await runner.run({ scenario, trials: TRIALS }, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return stable(outcome.summary);
}

/** A runner whose executors answer through structured clones, counting what they are sent. */
function countingRunner(workers: number, sent: { prepares: number; blocks: number[] }) {
  return createRunner('counting', workers, () => {
    const api = createSimulationApi();
    return {
      prepare: async (setup) => (sent.prepares++, structuredClone(api.prepare(setup))),
      runBlock: async (order, onPreview) => {
        sent.blocks.push(order.block);
        await new Promise((resolve) => setTimeout(resolve, 0));
        return structuredClone(api.runBlock(structuredClone(order), onPreview));
      },
      terminate: () => {},
    };
  });
}

describe("a run's first view", () => {
  const reference = resultOf(createSerialisingRunner());

  it('comes from block 0’s first trials before any block is done, and changes nothing after it', async () => {
    const seen: Array<{ done: number; partial: number | null }> = [];
    const withPreview = await resultOf(createSerialisingRunner(), {
      previewTrials: 4,
      partialEveryMs: 1,
      onProgress: (p) => seen.push({ done: p.trialsDone, partial: p.partial?.trials ?? null }),
    });
    expect(withPreview).toBe(await reference);
    const first = seen.find((s) => s.partial !== null);
    // Its 4 trials count as done, though no block is yet.
    expect(first).toEqual({ done: 4, partial: 4 });
    // After the preview, partial views hold whole merged blocks, never fewer trials than done.
    for (const s of seen.filter((s) => s.partial !== null).slice(1))
      expect(s.partial).toBeGreaterThanOrEqual(64);
  });

  it('is not asked for without partial views, nor when block 0 is no longer than it', async () => {
    const seen: number[] = [];
    const onProgress = (p: { partial: RunSummary | null }) =>
      p.partial && seen.push(p.partial.trials);
    await resultOf(createSerialisingRunner(), { previewTrials: 4, partialEveryMs: 0, onProgress });
    expect(seen).toEqual([]);
    const runner = createSerialisingRunner();
    runners.push(runner);
    await runner.run(
      { scenario, trials: 4 },
      { previewTrials: 4, partialEveryMs: 1, onProgress: (p) => onProgress(p) },
    );
    expect(seen).toEqual([4]);
  });

  it('a warmed-up pool runs throwaway trials first, and the run after them gives the same result', async () => {
    const sent = { prepares: 0, blocks: [] as number[] };
    const runner = countingRunner(2, sent);
    runners.push(runner);
    await runner.prestart(scenario);
    // Each worker: one setup, then trials 0, 64, 128, … alone.
    expect(sent.prepares).toBe(2);
    expect(sent.blocks.length).toBe(2 * WARM_UP_TRIALS);
    expect(new Set(sent.blocks).size).toBe(WARM_UP_TRIALS);
    expect(await resultOf(runner)).toBe(await reference);
    // A pool already started is not warmed up again.
    await runner.prestart(scenario);
    expect(sent.prepares).toBe(4);
  });

  it('a run asked for during the warm-up stops it after the trial in hand', async () => {
    const sent = { prepares: 0, blocks: [] as number[] };
    const runner = countingRunner(1, sent);
    runners.push(runner);
    const warming = runner.prestart(scenario);
    const result = resultOf(runner);
    await warming;
    expect(sent.blocks.length).toBeLessThan(WARM_UP_TRIALS + 3);
    expect(await result).toBe(await reference);
  });

  it('a worker keeps its room from block to block and run to run: blocks in any order, the same bits', async () => {
    const api = createSimulationApi();
    const setup = { runId: 1, scenario };
    api.prepare(setup);
    const kept = [2, 0, 1].map((block) => api.runBlock({ runId: 1, trials: TRIALS, block }));
    // The same setup again under a new run id keeps the room; a fresh API builds its own.
    api.prepare({ ...setup, runId: 2 });
    const again = api.runBlock({ runId: 2, trials: TRIALS, block: 0 });
    for (const [i, block] of [2, 0, 1].entries()) {
      const fresh = createSimulationApi();
      fresh.prepare(setup);
      expect(kept[i]).toEqual(fresh.runBlock({ runId: 1, trials: TRIALS, block }));
    }
    expect(again).toEqual(kept[1]);
    expect(() => api.runBlock({ runId: 1, trials: TRIALS, block: 0 })).toThrow(/before its/);
  });

  it('one aggregating worker serves run after run; a failed run ends it and the next opens another', async () => {
    const opened: MessageChannel[] = [];
    const aggregators = keptAggregator(() => {
      const channel = new MessageChannel();
      opened.push(channel);
      Comlink.expose(createAggregateApi(), channel.port1);
      return {
        endpoint: channel.port2,
        terminate: () => (channel.port1.close(), channel.port2.close()),
      };
    });
    let failNext = false;
    const runner = createRunner(
      'kept-aggregator',
      2,
      () => {
        const api = createSimulationApi();
        return {
          prepare: async (setup) => api.prepare(structuredClone(setup)),
          runBlock: async (order) => {
            if (failNext) throw new Error('worker lost');
            return structuredClone(api.runBlock(order));
          },
          terminate: () => {},
        };
      },
      aggregators,
    );
    expect(await resultOf(runner)).toBe(await reference);
    expect(await resultOf(runner)).toBe(await reference);
    expect(opened.length).toBe(1);
    failNext = true;
    const failed = await runner.run({ scenario, trials: TRIALS });
    expect(failed.ok).toBe(false);
    failNext = false;
    expect(await resultOf(runner)).toBe(await reference);
    expect(opened.length).toBe(2);
  });
});
