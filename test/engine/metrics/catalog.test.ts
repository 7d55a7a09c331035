import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeMetric,
  METRIC_CATALOG,
  SERIES_CATALOG,
  simulateTrial,
  trialRecord,
  FLOW_PREFIX,
} from '../../../src/engine/index.ts';
import { METRIC_TABLE_END, METRIC_TABLE_START, metricRow } from '../../../scripts/metricTable.ts';
import { defaultScenario, parsed, programmeScenarioJson } from '../defaultScenario.ts';

// With the per-fund series a run may ask for, so the catalog is checked against every key.
const record = trialRecord(simulateTrial(defaultScenario(), 0, { fundSeries: true }));
// A fund-raising programme reports its own metrics: one trial of the preset that has one.
const programmeJson = programmeScenarioJson();
programmeJson.simulation = { years: 3 };
const programme = trialRecord(simulateTrial(parsed(programmeJson), 0, { fundSeries: true }));
const metricKeys = [
  ...new Set([...Object.keys(record.metrics), ...Object.keys(programme.metrics)]),
].filter((k) => !k.startsWith(FLOW_PREFIX));
const seriesKeys = [
  ...new Set([...Object.keys(record.series ?? {}), ...Object.keys(programme.series ?? {})]),
];

describe('the metric catalog', () => {
  it('defines every metric and series a trial of the default scenario reports', () => {
    expect(metricKeys.filter((k) => describeMetric(k) === null)).toEqual([]);
    expect(seriesKeys.filter((k) => describeMetric(k, 'series') === null)).toEqual([]);
  });

  it('defines nothing a trial does not report', () => {
    const unused = (entries: typeof METRIC_CATALOG, keys: string[], kind: 'metric' | 'series') =>
      entries
        .filter((e) => !keys.some((k) => describeMetric(k, kind)?.description === e.description))
        .map((e) => e.key);
    expect(unused(METRIC_CATALOG, metricKeys, 'metric')).toEqual([]);
    expect(unused(SERIES_CATALOG, seriesKeys, 'series')).toEqual([]);
  });

  it('names a pattern’s group, class and fund in both languages', () => {
    expect(describeMetric('angelFunds.privateLP.irr')?.label).toEqual({
      zh: '天使投资子基金·社会出资人 IRR',
      en: 'angel sub-funds, private LPs: IRR',
    });
    expect(describeMetric('fund.angel-2.tvpi')?.label.en).toBe('angel-2: TVPI');
    expect(describeMetric('chain.leverage')?.unit).toBe('multiple');
    expect(describeMetric('no.such.metric')).toBeNull();
  });

  it('is what the README’s metric tables say, row for row (npx tsx scripts/write-metric-table.ts)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const block = readme.slice(
      readme.indexOf(METRIC_TABLE_START),
      readme.indexOf(METRIC_TABLE_END),
    );
    const rows = block
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim()),
      );
    const expected = [...METRIC_CATALOG, ...SERIES_CATALOG].map(metricRow);
    expect(rows).toEqual(expected);
  });
});
