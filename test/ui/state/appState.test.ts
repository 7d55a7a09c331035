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
    const [issue] = state.issuesAt(['concession', 'angelStageShare']);
    expect(issue).toMatchObject({ code: 'tooBig', params: { bound: 1 }, received: '1.4' });
    expect(state.issuesAt(['concession', 'earlyStageShare'])).toEqual([]);
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

/** A small, quick scenario: 64 trials over 3 years. */
function small(state: AppState) {
  state.setFields([
    { path: ['simulation', 'trials'], value: 64 },
    { path: ['simulation', 'years'], value: 3 },
  ]);
}

describe('an edited scenario is not its preset', () => {
  it('gets its own id and name; the unedited preset keeps its own', () => {
    const state = app();
    state.choosePreset('tau-baseline');
    expect(state.scenario?.id).toBe('tau-baseline');
    state.setField(['bank', 'tolerance', 'nplToleranceShare'], 0.02);
    const first = state.scenario!.id;
    expect(first).toMatch(/^tau-baseline-edited-[0-9a-f]{8}$/);
    expect(state.scenario?.name.zh).toContain('已修改 1 处');
    state.setField(['bank', 'tolerance', 'nplToleranceShare'], 0.03);
    expect(state.scenario!.id).not.toBe(first);
    state.setField(['bank', 'tolerance', 'nplToleranceShare'], 0.02);
    expect(state.scenario!.id).toBe(first);
  });
});

describe('runs and comparisons', () => {
  it('open the results tab once, at the run’s first view, and never again', async () => {
    const state = new AppState(() => createInProcessRunner(), { partialEveryMs: 1 });
    small(state);
    let views = 0;
    state.mayLeaveTab = () => {
      views++;
      return true;
    };
    const running = state.run();
    // The user goes back to the editor while the run goes on.
    await new Promise<void>((resolve) => {
      const check = () => (state.tab === 'results' ? resolve() : setTimeout(check, 1));
      check();
    });
    state.tab = 'scenario';
    await running;
    expect(state.status).toBe('done');
    expect(state.tab).toBe('scenario');
    expect(views).toBe(1);
  });

  it('show a first view of the first trials, keep one warmed-up pool for every run, and end with the same result', async () => {
    let pools = 0;
    // Every view the page would draw, as it draws it.
    const views: number[] = [];
    const state: AppState = new AppState(() => (pools++, createInProcessRunner()), {
      partialEveryMs: 1,
      previewTrials: 4,
      defer: (draw) => {
        draw();
        if (state.resultRecord && views.at(-1) !== state.resultRecord.trialsDone)
          views.push(state.resultRecord.trialsDone);
      },
    });
    small(state);
    expect(state.poolWarm).toBe(false);
    await state.prestart();
    expect(state.poolWarm).toBe(true);
    state.mayLeaveTab = () => true;
    const running = state.run();
    await running;
    expect(views).toEqual([4, 64]);
    expect(state.resultRecord).toMatchObject({ complete: true, trialsDone: 64 });
    const first = JSON.stringify(state.result!.metrics);
    await state.run();
    expect(JSON.stringify(state.result!.metrics)).toBe(first);
    expect(pools).toBe(1);
  });

  it('do not open the results tab while the user is typing in a field', async () => {
    const state = new AppState(() => createInProcessRunner(), { partialEveryMs: 1 });
    small(state);
    state.mayLeaveTab = () => false;
    await state.run();
    expect(state.tab).toBe('scenario');
  });

  it('label a cancelled run’s result as partial, and an edit since as out of date', async () => {
    const state = new AppState(() => createInProcessRunner(), { partialEveryMs: 1 });
    small(state);
    state.setField(['simulation', 'trials'], 640);
    const running = state.run();
    await new Promise<void>((resolve) => {
      const check = () => (state.result ? resolve() : setTimeout(check, 1));
      check();
    });
    state.cancelRun();
    await running;
    expect(state.status).toBe('cancelled');
    expect(state.resultState).toMatchObject({ kind: 'cancelled', trials: 640, stale: false });
    expect(state.resultState!.trialsDone).toBeLessThan(640);
    state.setField(['concession', 'angelStageShare'], 0.5);
    expect(state.resultState).toMatchObject({ kind: 'cancelled', stale: true });
  });

  it('do not call an old result the new run’s first view', async () => {
    const state = app();
    small(state);
    await state.run();
    expect(state.resultState?.kind).toBe('complete');
    const running = state.run();
    // The new run has no first view yet: what is shown is the previous result.
    expect(state.resultState).toMatchObject({ kind: 'previous', newRunGoing: true });
    await running;
    expect(state.resultState?.kind).toBe('complete');
  });

  it('each have their own cancel, and a run waits for a comparison to end', async () => {
    const state = app();
    small(state);
    state.setField(['concession', 'angelStageShare'], 0.6);
    const comparing = state.compare();
    expect(state.compareStatus).toBe('running');
    // Run is refused while a comparison runs; the run's cancel does not touch the comparison.
    await state.run();
    expect(state.status).toBe('idle');
    state.cancelRun();
    await comparing;
    expect(state.compareStatus).toBe('done');
    const running = state.run();
    state.cancelCompare();
    await running;
    expect(state.status).toBe('done');
  });

  it('compare with the user’s own unedited preset by default, each side named by what it is', async () => {
    const state = app();
    // The whole horizon (the preset's), so both sides run the same years.
    state.setField(['simulation', 'trials'], 64);
    state.setField(['concession', 'angelStageShare'], 0.6);
    await state.compare();
    expect(state.compareWith?.id).toBe('hebei-2022');
    expect(state.comparison?.a.scenarioId).toMatch(/^hebei-2022-edited-/);
    expect(state.comparison?.b.scenarioId).toBe('hebei-2022');
    const { sideName } = await import('../../../src/ui/compare/sideNames.ts');
    // The trial count is the comparison's own (both sides share it): not a difference.
    expect(sideName(state.compareSides!.a, 'zh')).toBe(
      '当前方案（已修改 1 处：天使期让利比例 60%）',
    );
    expect(sideName(state.compareSides!.b, 'zh')).toBe('河北 2022 科技金融链（预设）');
    // The concession raises private LPs' IRR and leaves what fund sizes fix as it was.
    expect(state.comparison!.metrics['chain.privateCapitalCNY']!.difference).toMatchObject({
      mean: 0,
      stderr: 0,
    });
    expect(state.compareStale).toBe(false);
    state.setField(['concession', 'angelStageShare'], 0.5);
    expect(state.compareStale).toBe(true);
  });
});

describe('the user’s work is never lost', () => {
  function storage(): Storage {
    const map = new Map<string, string>();
    return {
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      clear: () => map.clear(),
    };
  }

  it('keeps the draft, a field that does not parse included, and restores it', () => {
    const store = storage();
    const a = new AppState(() => createInProcessRunner(), { storage: store });
    a.setField(['concession', 'angelStageShare'], 0.6);
    a.setField(['concession', 'earlyStageShare'], '三成');
    a.persist();
    const b = new AppState(() => createInProcessRunner(), { storage: store });
    b.restore(a.shareHash());
    expect(b.changes).toEqual(a.changes);
    expect(b.scenario).toBeNull();
    expect(b.question).toBeNull();
  });

  it('asks before opening a save replaces unsaved edits, and keeps them on no', () => {
    const state = new AppState(() => createInProcessRunner(), { storage: storage() });
    state.setField(['concession', 'angelStageShare'], 0.3);
    state.save('让利30%');
    expect(state.saves.message).toEqual({ kind: 'saved', name: '让利30%' });
    expect(state.dirty).toBe(false);
    state.setField(['concession', 'angelStageShare'], 0.7);
    expect(state.dirty).toBe(true);
    state.openSave('让利30%');
    expect(state.question).toEqual({ kind: 'replaceEdits', what: 'openSave', name: '让利30%' });
    state.answer(false);
    expect(state.changes).toEqual({ 'concession.angelStageShare': 0.7 });
    state.openSave('让利30%');
    state.answer(true);
    expect(state.changes).toEqual({ 'concession.angelStageShare': 0.3 });
    expect(state.question).toBeNull();
  });

  it('asks before a valid import or another preset replaces unsaved edits', () => {
    const state = app();
    state.setField(['concession', 'angelStageShare'], 0.7);
    const other = {
      ...state.preset.scenario,
      concession: { ...state.preset.scenario.concession, toGpShare: 0.5 },
    };
    state.importScenario(JSON.stringify(other));
    expect(state.question).toMatchObject({ kind: 'replaceEdits', what: 'import' });
    state.answer(true);
    expect(state.changes).toEqual({ 'concession.toGpShare': 0.5 });
    // The imported file is what was opened: only edits after it are unsaved.
    expect(state.dirty).toBe(false);
    state.setField(['concession', 'toGpShare'], 0.4);
    state.choosePreset('no-concession');
    expect(state.question).toMatchObject({ what: 'preset' });
    state.answer(false);
    expect(state.presetId).toBe('hebei-2022');
  });

  it('asks before overwriting or deleting a save, and confirms a rename', () => {
    const state = new AppState(() => createInProcessRunner(), { storage: storage() });
    state.setField(['concession', 'angelStageShare'], 0.3);
    state.save('甲');
    state.choosePreset('tau-raised');
    state.answer(true);
    state.setField(['simulation', 'seed'], 7);
    state.save('甲');
    expect(state.question).toEqual({ kind: 'overwriteSave', name: '甲' });
    state.answer(false);
    expect(state.saves.find('甲')?.preset).toBe('hebei-2022');
    state.renameSave('甲', '乙');
    expect(state.saves.message).toEqual({ kind: 'renamed', name: '乙', from: '甲' });
    state.deleteSave('乙');
    expect(state.question).toEqual({ kind: 'deleteSave', name: '乙' });
    state.answer(true);
    expect(state.saves.list).toEqual([]);
  });

  it('sets a field for every angel sub-fund at once', () => {
    const state = app();
    const n = state.preset.scenario.funds.angelFunds.length;
    state.setFields(
      Array.from({ length: n }, (_, i) => ({
        path: ['funds', 'angelFunds', i, 'guidanceFundShare'],
        value: 0.25,
      })),
    );
    expect(state.scenario?.funds.angelFunds.map((f) => f.guidanceFundShare)).toEqual(
      Array(n).fill(0.25),
    );
    expect(state.changeCount).toBe(n);
  });

  it('shows a repeated sub-fund id in place, at the fund’s id', () => {
    const state = app();
    const first = state.preset.scenario.funds.angelFunds[0]!.id;
    state.setField(['funds', 'angelFunds', 1, 'id'], first);
    expect(state.issuesAt(['funds', 'angelFunds', 1, 'id'])).toEqual([
      expect.objectContaining({ code: 'ruleBroken', params: { rule: 'uniqueIds' } }),
    ]);
  });

  it('goes to a field with a problem: its group, no search hiding it', () => {
    const state = app();
    state.editorQuery = 'fee';
    state.tab = 'results';
    state.goToField(['concession', 'angelStageShare']);
    expect(state.tab).toBe('scenario');
    expect(state.editorGroup).toBe('guidanceFund');
    expect(state.editorQuery).toBe('');
    expect(state.focusRequest?.key).toBe('concession.angelStageShare');
  });
});
