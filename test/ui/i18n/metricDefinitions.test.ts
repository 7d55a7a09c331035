import { describe, expect, it } from 'vitest';
import { describeMetric, METRIC_CATALOG } from '../../../src/engine/index.ts';
import {
  chineseDefinition,
  METRIC_DEFINITIONS_ZH,
  MORE_METRIC_DEFINITIONS_ZH,
  SERIES_DEFINITIONS_ZH,
  metricDefinition,
  readableDefinition,
} from '../../../src/ui/i18n/metricDefinitions.ts';

describe('Chinese metric definitions', () => {
  it.each([
    ...Object.entries(METRIC_DEFINITIONS_ZH).map(([k, v]) => ['metric', k, v] as const),
    ...Object.entries(SERIES_DEFINITIONS_ZH).map(([k, v]) => ['series', k, v] as const),
  ])('%s %s translates what the catalog says now', (kind, key, translation) => {
    // A failure here means the engine's definition changed: translate the new one.
    expect(describeMetric(key, kind)?.description).toBe(translation.source);
    expect(translation.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows the translation in Chinese and the catalog’s English otherwise', () => {
    const leverage = describeMetric('chain.leverage')!;
    expect(metricDefinition(leverage, 'zh')).toBe(
      '（撬动社会资本 ＋ 支持企业新增贷款）÷ 基金链财政投入',
    );
    expect(metricDefinition(leverage, 'en')).toBe(
      '(Private capital mobilised + New credit to backed firms) ÷ Chain: fiscal money spent',
    );
  });

  it('falls back to English rather than show a translation of an older definition', () => {
    const changed = { ...describeMetric('chain.leverage')!, description: 'Something new' };
    expect(metricDefinition(changed, 'zh')).toBe('Something new');
  });

  it('falls back to English for a metric with no translation', () => {
    const unknown = { ...describeMetric('bank.defaults')!, key: 'bank.new', description: 'New' };
    expect(metricDefinition(unknown, 'zh')).toBe('New');
  });

  it.each(Object.entries(MORE_METRIC_DEFINITIONS_ZH))(
    'catalog pattern %s: the translation is of what the catalog says now',
    (key, translation) => {
      const entry = METRIC_CATALOG.find((e) => e.key === key);
      expect(entry?.description).toBe(translation.source);
      expect(translation.zh).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it.each(METRIC_CATALOG.map((e) => e.key))(
    'every metric of the catalog has a Chinese definition: %s',
    (key) => {
      // An instance of the pattern (angelFunds.privateLP.irr for <group>.<class>.irr).
      const concrete = key
        .replace('<group>', 'angelFunds')
        .replace('<class>', 'privateLP')
        .replace('<id>', 'angel-1');
      const entry = describeMetric(concrete)!;
      expect(chineseDefinition(entry)?.source).toBe(entry.description);
      expect(metricDefinition(entry, 'zh')).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});

describe('readableDefinition', () => {
  it.each([
    [
      'chain.privateCapitalCNY ÷ chain.fiscalSpentCNY',
      'Private capital mobilised ÷ Chain: fiscal money spent',
    ],
    // A scenario field is not a metric: it stays as it is.
    [
      'Net cost on cash less PV(NAV) × (1 − fiscal.navHaircutShare)',
      'Net cost on cash less PV(NAV) × (1 − fiscal.navHaircutShare)',
    ],
    // Patterns of the catalog resolve too: angelFunds.tvpi is a <group>.tvpi.
    ['angelFunds.tvpi ÷ 2', 'angel sub-funds: TVPI ÷ 2'],
    ['No keys here.', 'No keys here.'],
  ])('%s → %s', (description, readable) => {
    expect(readableDefinition(description)).toBe(readable);
  });
});
