import { describe, expect, it } from 'vitest';
import { createInProcessRunner } from '../../../src/workers/inProcessRunner.ts';
import type { RunRequest, Runner } from '../../../src/workers/runner.ts';
import {
  AppState,
  hasFundSeries,
  type AppRunRequest,
} from '../../../src/ui/state/appState.svelte.ts';

// The fund view asks for the funds' quarterly series; a result without them is run again, the
// same scenario with the same seed, so every other number stays as it was.

/** An in-process runner that keeps the requests it was sent. */
function recording(requests: AppRunRequest[]): () => Runner {
  return () => {
    const inner = createInProcessRunner();
    return {
      name: inner.name,
      workers: inner.workers,
      run: (request: RunRequest, options) => {
        requests.push(request);
        return inner.run(request, options);
      },
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

/** The result as a run that was not asked for fund series gives it: no `fund.*` series. */
function withoutFundSeries(state: AppState) {
  const r = state.result!;
  state.result = {
    ...r,
    series: Object.fromEntries(Object.entries(r.series).filter(([k]) => !k.startsWith('fund.'))),
  };
}

const until = (done: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => (done() ? resolve() : setTimeout(check, 2));
    check();
  });

describe('the fund series on request', () => {
  it('are not asked for until the fund view wants them, then in every run', async () => {
    const requests: AppRunRequest[] = [];
    const state = new AppState(recording(requests));
    small(state);
    await state.run();
    expect(requests[0]!.fundSeries).toBeUndefined();
    expect(state.fundSeriesWanted).toBe(false);
    // The result holds them (the runner includes them either way today): no re-run.
    expect(hasFundSeries(state.result, 'fund.angel-1')).toBe(true);
    expect(state.wantFundSeries('fund.angel-1')).toBe(false);
    expect(state.fundSeriesWanted).toBe(true);
    await state.run();
    expect(requests[1]!.fundSeries).toBe(true);
  });

  it('run the same scenario again when the result lacks them, and leave every other number as it was', async () => {
    const requests: AppRunRequest[] = [];
    const state = new AppState(recording(requests));
    small(state);
    await state.run();
    const before = state.result!;
    withoutFundSeries(state);
    expect(hasFundSeries(state.result, 'fund.angel-1')).toBe(false);
    state.tab = 'fund';
    expect(state.wantFundSeries('fund.angel-1')).toBe(true);
    await until(() => state.status === 'done' && requests.length === 2);
    await until(() => hasFundSeries(state.result, 'fund.angel-1'));
    expect(requests[1]).toMatchObject({ scenario: requests[0]!.scenario, fundSeries: true });
    expect(state.result!.seed).toBe(before.seed);
    expect(state.result!.metrics).toEqual(before.metrics);
    expect(state.result!.series).toEqual(before.series);
    // The fund view is a view of results: the run does not switch to the dashboard.
    expect(state.tab).toBe('fund');
  });

  it('do not re-run a result of a scenario edited since, nor while a run is going', async () => {
    const requests: AppRunRequest[] = [];
    const state = new AppState(recording(requests));
    small(state);
    await state.run();
    withoutFundSeries(state);
    state.setField(['simulation', 'seed'], 7);
    expect(state.wantFundSeries('fund.angel-1')).toBe(false);
    state.setField(['simulation', 'seed'], state.preset.scenario.simulation.seed);
    const running = state.run();
    expect(state.wantFundSeries('fund.angel-1')).toBe(false);
    await running;
    expect(requests).toHaveLength(2);
  });
});
