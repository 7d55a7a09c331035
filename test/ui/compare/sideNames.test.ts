import { describe, expect, it } from 'vitest';
import { compareSide, sameSides, sideName } from '../../../src/ui/compare/sideNames.ts';
import { PRESETS } from '../../../src/ui/state/presets.ts';

const hebei = PRESETS.find((p) => p.id === 'hebei-2022')!;
const name = hebei.scenario.name;

describe('each side of a comparison named by what it is', () => {
  const edited = compareSide(
    'hebei-2022',
    name,
    {
      'concession.angelStageShare': 0.6,
      'concession.earlyStageShare': 0.2,
      // The comparison's own seed and trials are shared by both sides: not a difference.
      'simulation.trials': 256,
    },
    hebei.scenario,
  );
  const preset = compareSide('hebei-2022', name, {}, hebei.scenario);

  it.each([
    [
      'zh',
      'long',
      '当前方案（已修改 2 处：天使期让利比例 60%，早中期让利比例 20%）',
      '河北 2022 科技金融链（预设）',
    ],
    ['zh', 'short', '当前方案（已修改 2 处）', '河北 2022 科技金融链（预设）'],
    [
      'en',
      'long',
      'Current scenario (2 changes: Concession share, angel stage 60%; Concession share, early stage 20%)',
      'Hebei 2022 tech-finance chain (preset)',
    ],
  ] as const)('%s, %s form', (locale, form, a, b) => {
    expect(sideName(edited, locale, form)).toBe(a);
    expect(sideName(preset, locale, form)).toBe(b);
  });

  it('lists at most three changes, then …', () => {
    const many = compareSide(
      'hebei-2022',
      name,
      {
        'concession.angelStageShare': 0.6,
        'concession.earlyStageShare': 0.2,
        'concession.toGpShare': 0.5,
        'bank.tolerance.nplToleranceShare': 0.03,
      },
      hebei.scenario,
    );
    expect(sideName(many, 'zh')).toBe(
      '当前方案（已修改 4 处：天使期让利比例 60%，早中期让利比例 20%，让利归GP比例 50%，…）',
    );
  });

  it('knows when both sides are one model', () => {
    expect(sameSides(preset, preset)).toBe(true);
    expect(sameSides(edited, preset)).toBe(false);
    expect(sameSides(preset, compareSide('no-concession', name, {}, hebei.scenario))).toBe(false);
  });
});
