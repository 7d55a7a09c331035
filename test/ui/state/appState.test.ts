import { describe, expect, it } from 'vitest';
import { createInProcessRunner } from '../../../src/workers/inProcessRunner.ts';
import { AppState } from '../../../src/ui/state/appState.svelte.ts';

const app = () => new AppState(() => createInProcessRunner());

describe('the app state', () => {
  it('marks a changed field and forgets the change when the preset value comes back', () => {
    const state = app();
    const path = ['concession', 'angelStageShare'];
    expect(state.isChanged(path)).toBe(false);
    state.setField(path, 0.3);
    expect(state.isChanged(path)).toBe(true);
    expect(state.scenario?.concession.angelStageShare).toBe(0.3);
    state.setField(path, 0.4);
    expect(state.changes).toEqual({});
  });

  it('shows a bad value at its field, in the language of the page, and keeps it', () => {
    const state = app();
    state.setField(['concession', 'angelStageShare'], 1.4);
    expect(state.scenario).toBeNull();
    expect(state.issuesAt(['concession', 'angelStageShare'])).toEqual([
      'concession.angelStageShare：应为 不大于 1 的数（比例：0.4 表示 40%），实际为 1.4',
    ]);
    state.locale = 'en';
    expect(state.issuesAt(['concession', 'angelStageShare'])[0]).toMatch(/expected a number ≤ 1/);
    expect(state.changes['concession.angelStageShare']).toBe(1.4);
  });

  it('reproduces a scenario from its share link, and keeps the current one on a tampered link', () => {
    const a = app();
    a.choosePreset('tau-baseline');
    a.setField(['simulation', 'seed'], 99);
    const b = app();
    b.openShareHash(a.shareHash());
    expect(b.presetId).toBe('tau-baseline');
    expect(b.scenario).toEqual(a.scenario);

    const c = app();
    c.setField(['simulation', 'seed'], 5);
    c.openShareHash(a.shareHash().slice(0, -6) + '!!');
    expect(c.notice?.kind).toBe('shareLink');
    expect(c.changes).toEqual({ 'simulation.seed': 5 });
  });

  it('rejects a broken scenario file with every issue and keeps the current scenario', () => {
    const state = app();
    state.setField(['simulation', 'trials'], 64);
    const before = state.scenario;
    state.importScenario(
      JSON.stringify({ schemaVersion: 1, id: 'X', concession: { angelStageShare: 2 } }),
    );
    expect(state.notice?.kind).toBe('import');
    if (state.notice?.kind === 'import')
      expect(state.notice.issues.length).toBeGreaterThanOrEqual(4);
    expect(state.scenario).toEqual(before);
  });

  it('imports a valid scenario as changes from the preset', () => {
    const state = app();
    const edited = {
      ...state.scenario!,
      concession: { ...state.scenario!.concession, earlyStageShare: 0.2 },
    };
    state.importScenario(JSON.stringify(edited));
    expect(state.changes).toEqual({ 'concession.earlyStageShare': 0.2 });
  });

  it('runs the scenario and keeps a result with its hash, seed and trials', async () => {
    const state = app();
    state.setField(['simulation', 'trials'], 64);
    state.setField(['simulation', 'years'], 3);
    await state.run();
    expect(state.status).toBe('done');
    expect(state.result?.trials).toBe(64);
    expect(state.result?.seed).toBe(state.scenario?.simulation.seed);
    expect(state.result?.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the scenario a result came from while the user edits the next one', async () => {
    const state = app();
    state.setField(['simulation', 'trials'], 64);
    state.setField(['simulation', 'years'], 3);
    await state.run();
    const tau = state.scenario!.bank.tolerance.nplToleranceShare;
    state.setField(['bank', 'tolerance', 'nplToleranceShare'], tau + 0.01);
    expect(state.scenario?.bank.tolerance.nplToleranceShare).toBe(tau + 0.01);
    expect(state.resultScenario?.bank.tolerance.nplToleranceShare).toBe(tau);
  });
});

describe('tagged-union fields', () => {
  it('switch a transfer pricing rule to another variant with its defaults, and back', () => {
    const state = new AppState(() => createInProcessRunner());
    const rule = ['funds', 'seedFund', 'transferPricing', 'rule'];
    state.setVariant(rule, 'costPlusInterest');
    expect(state.scenario?.funds.seedFund.transferPricing).toEqual({
      rule: 'costPlusInterest',
      interestRatePerYear: 0.05,
    });
    expect(state.isChanged(rule)).toBe(true);
    state.setField(['funds', 'seedFund', 'transferPricing', 'interestRatePerYear'], 0.03);
    expect(state.scenario?.funds.seedFund.transferPricing).toEqual({
      rule: 'costPlusInterest',
      interestRatePerYear: 0.03,
    });
    state.setVariant(rule, 'roundPriceDiscount');
    expect(state.issues).toEqual([]);
    state.setVariant(rule, state.preset.scenario.funds.seedFund.transferPricing.rule);
    expect(state.changes).toEqual({});
  });
});
