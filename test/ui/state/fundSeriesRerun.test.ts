import { describe, expect, it } from 'vitest';
import { createInProcessRunner } from '../../../src/workers/inProcessRunner.ts';
import type { RunRequest, Runner } from '../../../src/workers/runner.ts';
import { AppState, hasFundSeries } from '../../../src/ui/state/appState.svelte.ts';

// The fund view asks for the funds' quarterly series; a result without them is run again, the
// same scenario with the same seed, so every other number stays as it was.

/** An in-process runner that keeps the requests it was sent. */
function recording(requests: RunRequest[]): () => Runner {
  return () => {
    const inner = createInProcessRunner();
    return {
      name: inner.name,
      workers: inner.workers,
      run: (request: RunRequest, options) => {
        requests.push(request);
        return inner.run(request, options);
      },
      prestart: (scenario) => inner.prestart(scenario),
      dispose: () => inner.dispose(),
    };
  };
}

function small(state: AppState) {
  state.setFields([
    { path: ['simulation', 'trials'], value: 16 },
    { path: ['simulation', 'years'], value: 3 },
  ]);
}

const until = (done: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => (done() ? resolve() : setTimeout(check, 2));
    check();
  });

const withoutFundKeys = (series: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(series).filter(([k]) => !k.startsWith('fund.')));

describe('the fund series on request', () => {
  it('are not asked for until the fund view wants them; then the same scenario runs again with them, every other number as it was', async () => {
    const requests: RunRequest[] = [];
    const state = new AppState(recording(requests));
    small(state);
    await state.run();
    expect(requests[0]!.fundSeries).toBeUndefined();
    expect(state.fundSeriesWanted).toBe(false);
    const before = state.result!;
    expect(hasFundSeries(before, 'fund.angel-1')).toBe(false);
    state.tab = 'fund';
    expect(state.wantFundSeries('fund.angel-1')).toBe(true);
    expect(state.fundSeriesWanted).toBe(true);
    await until(() => state.status === 'done' && requests.length === 2);
    await until(() => hasFundSeries(state.result, 'fund.angel-1'));
    expect(requests[1]).toMatchObject({ scenario: requests[0]!.scenario, fundSeries: true });
    expect(state.result!.seed).toBe(before.seed);
    expect(state.result!.metrics).toEqual(before.metrics);
    expect(withoutFundKeys(state.result!.series)).toEqual(before.series);
    // The fund view is a view of results: the run does not switch to the dashboard.
    expect(state.tab).toBe('fund');
    // Once wanted, every later run asks for them, and a result with them is not run again.
    expect(state.wantFundSeries('fund.angel-1')).toBe(false);
    await state.run();
    expect(requests[2]!.fundSeries).toBe(true);
  });

  it('do not re-run a result of a scenario edited since, nor while a run is going', async () => {
    const requests: RunRequest[] = [];
    const state = new AppState(recording(requests));
    small(state);
    await state.run();
    state.setField(['simulation', 'seed'], 7);
    expect(state.wantFundSeries('fund.angel-1')).toBe(false);
    state.setField(['simulation', 'seed'], state.preset.scenario.simulation.seed);
    const running = state.run();
    expect(state.wantFundSeries('fund.angel-1')).toBe(false);
    await running;
    expect(requests).toHaveLength(2);
  });
});
