import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyScenarioChanges, resolveScenario } from '../../../src/engine/index.ts';

const hebei = JSON.parse(
  readFileSync(new URL('../../../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const presets = new Map<string, unknown>([['hebei-2022', hebei]]);

const derived = (changes: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  extends: 'hebei-2022',
  id: 'derived',
  name: { zh: '派生', en: 'Derived' },
  description: { zh: '派生场景', en: 'A derived scenario' },
  changes,
  ...extra,
});

describe('resolveScenario', () => {
  it('applies changes by dotted path to the base and keeps everything else', () => {
    const result = resolveScenario(
      derived({
        'bank.tolerance.nplToleranceShare': 0.015,
        'funds.angelFunds.1.guidanceFundShare': 0.2,
      }),
      presets,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const base = resolveScenario(hebei, presets);
    if (!base.ok) throw new Error('base does not parse');
    expect(result.scenario.bank.tolerance.nplToleranceShare).toBe(0.015);
    expect(result.scenario.funds.angelFunds[1]!.guidanceFundShare).toBe(0.2);
    expect(result.scenario.id).toBe('derived');
    expect(result.scenario.funds.angelFunds[0]).toEqual(base.scenario.funds.angelFunds[0]);
    expect(result.scenario.sources.length).toBe(base.scenario.sources.length);
  });

  it('reports a change to a field that does not exist, and a bad value at its path', () => {
    const result = resolveScenario(
      derived({ 'bank.tolerance.nplTolerance': 0.015, 'concession.angelStageShare': 1.5 }),
      presets,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.pathText, i.code])).toEqual([
      ['bank.tolerance.nplTolerance', 'unknownField'],
    ]);
    const bad = resolveScenario(derived({ 'concession.angelStageShare': 1.5 }), presets);
    expect(bad.ok ? [] : bad.issues.map((i) => [i.pathText, i.code])).toEqual([
      ['concession.angelStageShare', 'tooBig'],
    ]);
  });

  it('names the presets it knows when the base is unknown', () => {
    const result = resolveScenario(derived({}, { extends: 'hubei-2022' }), presets);
    expect(
      result.ok ? [] : result.issues.map((i) => [i.pathText, i.code, i.received, i.params.options]),
    ).toEqual([['extends', 'notOneOf', '"hubei-2022"', '"hebei-2022"']]);
  });

  it('creates a section the base leaves to its defaults', () => {
    const changed = applyScenarioChanges({ a: 1 }, {});
    expect(changed).toEqual({ ok: true, value: { a: 1 } });
    const withPool = applyScenarioChanges(
      { schemaVersion: 1 },
      { 'fiscal.riskCompensation.coverageShare': 0.8 },
    );
    // The section gets its defaults, then the change: the rest of it is as if left out.
    const value = withPool.ok ? (withPool.value as { fiscal: Record<string, unknown> }) : null;
    expect(value?.fiscal.riskCompensation).toMatchObject({ enabled: true, coverageShare: 0.8 });
    expect(value?.fiscal.discountRatePerYear).toBe(0.03);
  });
});
