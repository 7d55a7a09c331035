import { describe, expect, it } from 'vitest';
import { applyScenarioChanges } from '../../../src/engine/index.ts';
import { changeItems, isModelChange } from '../../../src/ui/state/changeSummary.ts';
import { PRESETS } from '../../../src/ui/state/presets.ts';
import {
  changesKey,
  editedId,
  editedIdentity,
  modelChangeCount,
} from '../../../src/ui/state/scenarioIdentity.ts';

const tau = PRESETS.find((p) => p.id === 'tau-baseline')!;
const draftOf = (changes: Record<string, unknown>) => {
  const applied = applyScenarioChanges(tau.scenario, changes);
  if (!applied.ok) throw new Error('bad changes');
  return applied.value;
};

describe('an edited scenario’s own id and name', () => {
  const a = { 'bank.tolerance.nplToleranceShare': 0.02 };
  const b = { 'bank.tolerance.nplToleranceShare': 0.03 };

  it('differs for different edits of one preset, and is the same for the same edits', () => {
    expect(editedId('tau-baseline', a)).toMatch(/^tau-baseline-edited-[0-9a-f]{8}$/);
    expect(editedId('tau-baseline', a)).not.toBe(editedId('tau-baseline', b));
    expect(editedId('tau-baseline', a)).toBe(editedId('tau-baseline', { ...a }));
    // The order changes were made in does not matter.
    const ab = { 'simulation.seed': 1, ...a };
    const ba = { ...a, 'simulation.seed': 1 };
    expect(changesKey(ab)).toBe(changesKey(ba));
    expect(editedId('tau-baseline', ab)).toBe(editedId('tau-baseline', ba));
  });

  it('fits the scenario format (at most 40 characters) for every preset', () => {
    for (const p of PRESETS) expect(editedId(p.id, a)).toMatch(/^[a-z][a-z0-9-]{0,39}$/);
  });

  it('names the changes in both languages', () => {
    const identity = editedIdentity(tau, a, draftOf(a))!;
    expect(identity.name.zh).toBe(`${tau.scenario.name.zh}（已修改 1 处）`);
    expect(identity.name.en).toBe(`${tau.scenario.name.en} (edited: 1 change)`);
    expect(identity.description.zh).toBe(
      `在预设“${tau.scenario.name.zh}”基础上修改 1 处：不良贷款率容忍度 2%。`,
    );
    expect(identity.description.en).toContain('NPL tolerance 2%');
  });

  it('is the preset’s own without model changes, or when the user named the scenario', () => {
    expect(editedIdentity(tau, {}, tau.scenario)).toBeNull();
    expect(editedIdentity(tau, { id: 'my-own', ...a }, draftOf(a))).toBeNull();
  });

  it('counts model changes only', () => {
    expect(modelChangeCount({ ...a, id: 'x', 'name.zh': 'y', 'sources.0.clause': 'z' })).toBe(1);
    expect(isModelChange('simulation.trials')).toBe(true);
    expect(isModelChange('description.en')).toBe(false);
  });
});

describe('changes in words', () => {
  it.each([
    // change, Chinese, English
    [
      { 'concession.angelStageShare': 0.6 },
      '天使期让利比例 60%',
      'Concession share, angel stage 60%',
    ],
    [
      { 'funds.seedFund.commitmentCNY': 80_000_000 },
      '财政出资规模 8,000 万元',
      'Fiscal commitment 80 CNY m',
    ],
    [{ 'concession.enabled': false }, '实行让利 否', 'Concession on no'],
    [
      { 'funds.seedFund.transferPricing': { rule: 'costPlusInterest' } },
      '转让定价规则 成本加计利息',
      'Transfer pricing rule Cost plus interest',
    ],
    // Text that is no number is shown as typed
    [
      { 'concession.angelStageShare': '六成' },
      '天使期让利比例 六成',
      'Concession share, angel stage 六成',
    ],
  ])('%j', (changes, zh, en) => {
    const draft = draftOf({});
    expect(changeItems(changes, draft, 'zh').map((i) => `${i.label} ${i.value}`)).toEqual([zh]);
    expect(changeItems(changes, draft, 'en').map((i) => `${i.label} ${i.value}`)).toEqual([en]);
  });
});
