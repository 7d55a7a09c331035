import { afterAll, describe, expect, it } from 'vitest';
import {
  aggregateBlock,
  blockCount,
  buildRunResult,
  createRunAggregate,
  finalizeRun,
  mergeRunAggregates,
  simulateTrial,
  trialRecord,
  type RunSummary,
} from '../../src/engine/index.ts';
import {
  createInProcessRunner,
  createSerialisingRunner,
} from '../../src/workers/inProcessRunner.ts';
import { createNodeRunner } from '../../src/workers/nodeRunner.ts';
import { createRunner, type Runner } from '../../src/workers/runner.ts';
import { createSimulationApi } from '../../src/workers/simulationApi.ts';
import { smallScenario } from './smallScenario.ts';

const scenario = smallScenario();
const TRIALS = 200; // four blocks of 64 (the last one short)
const runners: Runner[] = [];
afterAll(() => runners.forEach((r) => r.dispose()));

async function summaryOf(runner: Runner, trials = TRIALS, fundSeries = false): Promise<RunSummary> {
  runners.push(runner);
  const outcome = await runner.run({ scenario, trials, ...(fundSeries ? { fundSeries } : {}) });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.summary;
}

/** The result JSON without its `run` part, the only part allowed to differ between runners. */
function stable(summary: RunSummary) {
  const { run: _run, ...rest } = buildRunResult(scenario, summary, {
    wallTimeMs: 0,
    workers: 0,
    runner: '',
    startedAt: '',
  });
  return JSON.stringify(rest);
}

describe('runners', () => {
  it('give the same metrics, series and flows in-process, through structured clone, and with 1, 2 or 4 worker threads', async () => {
    const reference = stable(await summaryOf(createInProcessRunner()));
    expect(stable(await summaryOf(createSerialisingRunner()))).toBe(reference);
    for (const workers of [1, 2, 4])
      expect(stable(await summaryOf(createNodeRunner(workers)))).toBe(reference);
  }, 120_000);

  it('pass a request for per-fund series to every worker, and change nothing else', async () => {
    const fundKeys = (summary: RunSummary) =>
      Object.keys(summary.series).filter((k) => k.startsWith('fund.'));
    const plain = await summaryOf(createNodeRunner(2), 128);
    const withFunds = await summaryOf(createNodeRunner(2), 128, true);
    expect(fundKeys(plain)).toEqual([]);
    expect(fundKeys(withFunds).length).toBeGreaterThan(10);
    expect(stable(withFunds)).toBe(stable(await summaryOf(createInProcessRunner(), 128, true)));
    const { series: _a, ...restPlain } = plain;
    const { series: _b, ...restWithFunds } = withFunds;
    expect(restWithFunds).toEqual(restPlain);
    for (const key of Object.keys(plain.series))
      expect(withFunds.series[key]).toEqual(plain.series[key]);
  }, 120_000);

  it('merge blocks into what one pass over the trials gives (counts and quantiles exactly, means to rounding)', async () => {
    const merged = await summaryOf(createInProcessRunner());
    const onePass = createRunAggregate();
    for (let trial = 0; trial < TRIALS; trial++) {
      mergeRunAggregates(
        onePass,
        aggregateBlock(0, 1, () => trialRecord(simulateTrial(scenario, trial))),
      );
    }
    const single = finalizeRun(onePass);
    for (const [key, m] of Object.entries(single.metrics)) {
      const b = merged.metrics[key]!;
      expect([b.count, b.nanCount, b.p5, b.p50, b.p95, b.min, b.max], key).toEqual([
        m.count,
        m.nanCount,
        m.p5,
        m.p50,
        m.p95,
        m.min,
        m.max,
      ]);
      // Sums in another order differ in the last bits only.
      if (Number.isFinite(m.mean))
        expect(Math.abs(b.mean - m.mean), key).toBeLessThanOrEqual(1e-12 * Math.abs(m.mean));
    }
  });

  it('can be cancelled mid-run, ending its workers, and then run again', async () => {
    const runner = createNodeRunner(2);
    runners.push(runner);
    const controller = new AbortController();
    const outcome = await runner.run(
      { scenario, trials: 64 * 12 },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.trialsDone >= 64) controller.abort();
        },
      },
    );
    expect(outcome).toEqual({ ok: false, error: { kind: 'cancelled' } });
    const again = await runner.run({ scenario, trials: 100 });
    expect(again.ok).toBe(true);
  }, 120_000);

  it('checks the scenario before any worker gets it, and refuses a broken one as data', async () => {
    // A scenario that would break the engine: its funds are not a valid list.
    const broken = {
      ...scenario,
      funds: { ...scenario.funds, angelFunds: null },
    } as unknown as typeof scenario;
    const runner = createNodeRunner(2);
    runners.push(runner);
    const outcome = await runner.run({ scenario: broken, trials: 100 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({
      kind: 'badScenario',
      issues: [expect.stringMatching(/^scenario: funds\.angelFunds: expected a list/)],
    });
    expect((await runner.run({ scenario, trials: 70 })).ok).toBe(true);
  }, 120_000);

  it('reports a failing block by its index, whatever executor ran it', async () => {
    const runner = createRunner('flaky', 2, () => {
      const api = createSimulationApi();
      return {
        prepare: async (setup) => api.prepare(setup),
        runBlock: async (order) => {
          if (order.block === 2) throw new Error('disk on fire');
          return api.runBlock(order);
        },
        terminate: () => {},
      };
    });
    const outcome = await runner.run({ scenario, trials: 64 * 4 });
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'workerFailed', block: 2, message: 'disk on fire' },
    });
  });

  it('reports progress up to every trial, with an estimate of the time left and a partial view', async () => {
    const seen: Array<{ done: number; partial: number | null; eta: number }> = [];
    const runner = createInProcessRunner();
    const outcome = await runner.run(
      { scenario, trials: TRIALS },
      {
        partialEveryMs: 1,
        onProgress: (p) =>
          seen.push({ done: p.trialsDone, partial: p.partial?.trials ?? null, eta: p.etaMs }),
      },
    );
    expect(outcome.ok).toBe(true);
    // One report a block; the partial views come on their own, when the aggregator has them.
    const blocks = seen.filter((s) => s.partial === null);
    expect(blocks.map((s) => s.done)).toEqual([64, 128, 192, 200]);
    expect(blocks.at(-1)!.eta).toBe(0);
    const partials = seen.filter((s) => s.partial !== null);
    expect(partials.length).toBeGreaterThan(0);
    // A partial view holds the blocks merged so far: never more than the trials done.
    for (const p of partials) expect(p.partial).toBeLessThanOrEqual(p.done);
    expect(blockCount(TRIALS)).toBe(4);
  });

  it('gives the same result with its aggregator in a worker (over a message channel) as in its own thread', async () => {
    const { createAggregateApi, aggregatorFromEndpoint } =
      await import('../../src/workers/aggregateApi.ts');
    const Comlink = await import('comlink');
    const channels: MessageChannel[] = [];
    const withChannel = createRunner(
      'channel-aggregator',
      2,
      () => {
        const api = createSimulationApi();
        return {
          prepare: async (setup) => api.prepare(structuredClone(setup)),
          runBlock: async (order) => structuredClone(api.runBlock(order)),
          terminate: () => {},
        };
      },
      (blocks) => {
        const channel = new MessageChannel();
        channels.push(channel);
        Comlink.expose(createAggregateApi(), channel.port1);
        return aggregatorFromEndpoint(channel.port2, blocks, () => {
          channel.port1.close();
          channel.port2.close();
        });
      },
    );
    const partials: number[] = [];
    const outcome = await withChannel.run(
      { scenario, trials: TRIALS },
      { partialEveryMs: 1, onProgress: (p) => p.partial && partials.push(p.partial.trials) },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(stable(outcome.summary)).toBe(stable(await summaryOf(createInProcessRunner())));
    expect(partials.length).toBeGreaterThan(0);
    expect(channels.length).toBe(1);
  });

  it('sends the first partial view as soon as a block is merged, then at most every partialEveryMs', async () => {
    const runner = createInProcessRunner();
    runners.push(runner);
    const partials: number[] = [];
    // An hour between partial views: only the first, which does not wait for it, can come.
    const outcome = await runner.run(
      { scenario, trials: TRIALS },
      {
        partialEveryMs: 3_600_000,
        onProgress: (p) => p.partial && partials.push(p.partial.trials),
      },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(partials).toEqual([64]);
  });

  it('rejects a bad trial count as data', async () => {
    const outcome = await createInProcessRunner().run({ scenario, trials: 0 });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'badRequest' } });
  });
});
