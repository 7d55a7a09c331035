import { describe, expect, it } from 'vitest';
import { createInThreadAggregator } from '../../src/workers/aggregator.ts';
import { createInProcessRunner } from '../../src/workers/inProcessRunner.ts';
import { createRunner, type BlockExecutor } from '../../src/workers/runner.ts';
import {
  createSimulationApi,
  type BlockOrder,
  type RunSetup,
} from '../../src/workers/simulationApi.ts';
import { describeRunError } from '../../src/workers/runError.ts';
import { smallScenario } from './smallScenario.ts';

const scenario = smallScenario();

/** An in-process executor that records what it is sent, and can be told to hang on a block. */
function recordingExecutor(
  log: { setups: RunSetup[]; orders: BlockOrder[]; ended: number },
  hangOn = -1,
): BlockExecutor {
  const api = createSimulationApi();
  return {
    prepare: async (setup) => {
      log.setups.push(setup);
      return api.prepare(setup);
    },
    runBlock: async (order) => {
      log.orders.push(order);
      if (order.block === hangOn) return new Promise(() => {});
      await new Promise((resolve) => setTimeout(resolve, 0));
      return api.runBlock(order);
    },
    terminate: () => {
      log.ended++;
    },
  };
}

describe('the runner cannot hang or cross wires', () => {
  it('sends each worker the scenario once per run, and blocks without it', async () => {
    const log = { setups: [] as RunSetup[], orders: [] as BlockOrder[], ended: 0 };
    const runner = createRunner('recording', 2, () => recordingExecutor(log));
    expect((await runner.run({ scenario, trials: 64 * 5 })).ok).toBe(true);
    expect(log.setups).toHaveLength(2);
    expect(log.orders).toHaveLength(5);
    for (const order of log.orders)
      expect(Object.keys(order).sort()).toEqual(['block', 'runId', 'trials']);
  });

  it('turns a worker that never answers into an error, and ends it', async () => {
    const log = { setups: [] as RunSetup[], orders: [] as BlockOrder[], ended: 0 };
    const runner = createRunner('silent', 1, () => recordingExecutor(log, 1));
    const outcome = await runner.run({ scenario, trials: 64 * 3 }, { blockTimeoutMs: 200 });
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'workerTimeout', block: 1, timeoutMs: 200 },
    });
    expect(log.ended).toBe(1);
    if (!outcome.ok)
      expect(describeRunError(outcome.error, 192)).toBe(
        'a worker did not answer in block 1 (trials 64–127) within 0 s; it was stopped',
      );
  });

  it('sends an executor its next block before merging the one it returned', async () => {
    const events: string[] = [];
    const api = createSimulationApi();
    const runner = createRunner(
      'pipelined',
      1,
      () => ({
        prepare: async (setup) => api.prepare(setup),
        runBlock: async (order) => {
          events.push(`run ${order.block}`);
          await new Promise((resolve) => setTimeout(resolve, 0));
          return api.runBlock(order);
        },
        terminate: () => {},
      }),
      (blocks) => {
        const merging = createInThreadAggregator(blocks);
        return {
          ...merging,
          offer: (block, data) => (events.push(`merge ${block}`), merging.offer(block, data)),
        };
      },
    );
    const outcome = await runner.run({ scenario, trials: 64 * 3 });
    expect(outcome.ok).toBe(true);
    expect(events).toEqual(['run 0', 'run 1', 'merge 0', 'run 2', 'merge 1', 'merge 2']);
    // And the same summary as the in-process runner gives.
    const plain = await createInProcessRunner().run({ scenario, trials: 64 * 3 });
    expect(outcome.ok && plain.ok && outcome.summary).toEqual(plain.ok && plain.summary);
  });

  it('ends a run cleanly when its progress callback throws, and ends its workers', async () => {
    const log = { setups: [] as RunSetup[], orders: [] as BlockOrder[], ended: 0 };
    const runner = createRunner('recording', 2, () => recordingExecutor(log));
    const outcome = await runner.run(
      { scenario, trials: 64 * 4 },
      {
        onProgress: () => {
          throw new Error('the page went away');
        },
      },
    );
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'callbackFailed', message: 'the page went away' },
    });
    expect(log.ended).toBe(2);
    // And the runner runs again, on new workers.
    expect((await runner.run({ scenario, trials: 64 })).ok).toBe(true);
  });

  it('runs two runs asked for at once one after the other; cancelling one leaves the other whole', async () => {
    const runner = createInProcessRunner();
    const first = new AbortController();
    const second = new AbortController();
    const a = runner.run({ scenario, trials: 64 * 3 }, { signal: first.signal });
    const b = runner.run({ scenario, trials: 64 * 2 }, { signal: second.signal });
    const c = runner.run({ scenario, trials: 64 });
    first.abort();
    second.abort();
    expect(await a).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(await b).toEqual({ ok: false, error: { kind: 'cancelled' } });
    const third = await c;
    expect(third.ok).toBe(true);
    if (third.ok) expect(third.summary.trials).toBe(64);
  });

  it('reports a trial that fails as data, with the block it was in', async () => {
    const failure = {
      kind: 'trialFailed' as const,
      trial: 70,
      quarter: 12,
      step: 'distributions' as const,
      field: 'funds.*.waterfall',
      message: 'post: refused …',
    };
    const runner = createRunner('failing-trial', 1, () => {
      const api = createSimulationApi();
      return {
        prepare: async (setup) => api.prepare(setup),
        runBlock: async (order) =>
          order.block === 1 ? { ok: false, failure } : api.runBlock(order),
        terminate: () => {},
      };
    });
    const outcome = await runner.run({ scenario, trials: 64 * 2 });
    expect(outcome).toEqual({ ok: false, error: { ...failure, block: 1 } });
    if (!outcome.ok)
      expect(describeRunError(outcome.error)).toBe(
        "trial 70 failed in quarter 12 at step 'distributions' (the scenario fields most likely at fault: funds.*.waterfall): post: refused …",
      );
  });
});
