import { describe, expect, it } from 'vitest';
import {
  describeMetric,
  simulateTrial,
  trialRecord,
  type RunResult,
} from '../../../src/engine/index.ts';
import { barChartModel } from '../../../src/ui/charts/barChartModel.ts';
import {
  countGroups,
  countItems,
  countLegend,
  countTable,
  FUND_RAISING_HEADLINES,
  FUND_RAISING_SERIES_KEYS,
  fundRaisingByYear,
  fundRaisingTableGroups,
  moneyItems,
  moneyTable,
} from '../../../src/ui/dashboard/fundRaisingByYear.ts';
import { FUND_RAISING_STRINGS, fr } from '../../../src/ui/i18n/fundRaisingStrings.ts';
import { defaultScenario, parsed, programmeScenarioJson } from '../../engine/defaultScenario.ts';

type Series = RunResult['series'][string];
/** A yearly series whose every quantile and mean is `mean`, but for those given. */
const yearly = (mean: number[], over: Partial<Series> = {}): Series => ({
  p5: mean,
  p25: mean,
  p50: mean,
  p75: mean,
  p95: mean,
  mean,
  ...over,
});
const zeros = [0, 0, 0, 0, 0];

// Five years. Offers in years 1 and 3 (means over trials): year 1 one angel (closed 1) and one
// tech (closed 0.5); year 3 two angel (closed 1.5), one tech (closed 1), one bank-linked (closed
// 0). Year 2 nothing at all; year 4 only a P95 of private capital (a late close in a few trials);
// year 5 nothing. Money in CNY.
const series: RunResult['series'] = {
  'fundRaising.offeredByYear.angel': yearly([1, 0, 2, 0, 0]),
  'fundRaising.closedByYear.angel': yearly([1, 0, 1.5, 0, 0]),
  'fundRaising.offeredByYear.tech': yearly([1, 0, 1, 0, 0]),
  'fundRaising.closedByYear.tech': yearly([0.5, 0, 1, 0, 0]),
  'fundRaising.offeredByYear.bankLinked': yearly([0, 0, 1, 0, 0]),
  'fundRaising.closedByYear.bankLinked': yearly(zeros),
  'fundRaising.privateCapitalRaisedByYearCNY': yearly([300, 0, 500, 0, 0], {
    p5: [100, 0, 200, 0, 0],
    p50: [280, 0, 520, 0, 0],
    p95: [400, 0, 700, 40, 0],
  }),
  'fundRaising.guidanceCommittedByYearCNY': yearly([90, 0, 140, 0, 0], {
    p5: [30, 0, 60, 0, 0],
    p50: [95, 0, 150, 0, 0],
    p95: [120, 0, 190, 0, 0],
  }),
  'fundRaising.guidanceBudgetByYearCNY': yearly([200, 0, 310, 0, 0]),
  // Other series of the run are not the programme's.
  'bank.nplRatioByYear': yearly([0.01, 0.02, 0.03, 0.02, 0.01]),
};
const yearLabel = (y: number) => `Y${y}`;
const fmt = (v: number) => `${v}`;

describe('fundRaisingByYear: which results have a programme, and its years', () => {
  const years = fundRaisingByYear({ series })!;

  it('gives no view (no section) when the result has no fund-raising series', () => {
    expect(fundRaisingByYear({ series: {} })).toBeNull();
    expect(fundRaisingByYear({ series: { 'bank.nplRatioByYear': yearly([0.01]) } })).toBeNull();
  });

  it('refuses a result with only some of the series, naming the missing ones', () => {
    const partial = { ...series };
    delete partial['fundRaising.guidanceBudgetByYearCNY'];
    expect(() => fundRaisingByYear({ series: partial })).toThrow(
      /expected every fund-raising series or none, got 8 of 9 \(missing fundRaising\.guidanceBudgetByYearCNY\)/,
    );
  });

  it('keeps the years with an offer, a commitment, a budget or a P95 above zero, and no other', () => {
    // Year 2 and year 5 did nothing; year 4 only in the P95 of private capital.
    expect(years.map((y) => y.year)).toEqual([1, 3, 4]);
  });

  it('takes the mean offers and closes of each kind, and the money’s quantiles', () => {
    expect(years[1]!.offered).toEqual({ angel: 2, tech: 1, bankLinked: 1 });
    expect(years[1]!.closed).toEqual({ angel: 1.5, tech: 1, bankLinked: 0 });
    expect(years[0]!.privateRaised).toEqual({
      p5: 100,
      p25: 300,
      p50: 280,
      p75: 300,
      p95: 400,
      mean: 300,
    });
    expect(years[1]!.budget.p50).toBe(310);
  });

  it('reads the very series a trial of the programme preset reports, and a default trial none', () => {
    const json = programmeScenarioJson();
    json.simulation = { years: 3 };
    const programme = trialRecord(simulateTrial(parsed(json), 0)).series ?? {};
    expect(FUND_RAISING_SERIES_KEYS.filter((k) => !(k in programme))).toEqual([]);
    expect(FUND_RAISING_SERIES_KEYS.filter((k) => describeMetric(k, 'series') === null)).toEqual(
      [],
    );
    const plain = trialRecord(simulateTrial(defaultScenario(), 0)).series ?? {};
    expect(Object.keys(plain).filter((k) => k.startsWith('fundRaising.'))).toEqual([]);
  });
});

describe('the chart of sub-funds offered and closed by year and type', () => {
  const years = fundRaisingByYear({ series })!;
  const items = countItems(years, 'en', yearLabel, fmt);

  it('makes each year’s bar as long as the offers of every kind: 1 + 1 + 0 = 2, 2 + 1 + 1 = 4', () => {
    expect(items.map((it) => it.label)).toEqual(['Y1', 'Y3', 'Y4']);
    expect(items.map((it) => it.value)).toEqual([2, 4, 0]);
    expect(items.map((it) => it.high)).toEqual([null, null, null]);
  });

  it('stacks each kind’s closes (solid) then its offers not closed (outline)', () => {
    expect(items[1]!.segments).toEqual([
      { group: 'angel-closed', value: 1.5 },
      { group: 'angel-open', value: 0.5 },
      { group: 'tech-closed', value: 1 },
      { group: 'tech-open', value: 0 },
      { group: 'bankLinked-closed', value: 0 },
      { group: 'bankLinked-open', value: 1 },
    ]);
    const groups = countGroups('en');
    expect(groups.map((g) => [g.key, g.outline ?? false])).toEqual([
      ['angel-closed', false],
      ['angel-open', true],
      ['tech-closed', false],
      ['tech-open', true],
      ['bankLinked-closed', false],
      ['bankLinked-open', true],
    ]);
    // Drawn: the parts fill the bar, whose length is the offers (4 = 1.5 + 0.5 + 1 + 0 + 0 + 1).
    const m = barChartModel({ items, width: 600, format: fmt });
    const row = m.rows[1]!;
    const drawn = row.segments.reduce((s, seg) => s + seg.width, 0);
    expect(drawn).toBeCloseTo(row.barWidth, 1);
    expect(row.segments[0]!.width / row.barWidth).toBeCloseTo(1.5 / 4, 2);
  });

  it('labels each bar and each kind in its tooltip with closes of offers (1.5 + 1 + 0 = 2.5)', () => {
    expect(items.map((it) => it.valueText)).toEqual([
      '1.5 of 2 closed',
      '2.5 of 4 closed',
      '0 of 0 closed',
    ]);
    expect(items[1]!.tooltip!.rows.map((r) => [r.label, r.value])).toEqual([
      ['Angel sub-funds', '1.5 of 2 closed'],
      ['Tech sub-funds', '1 of 1 closed'],
      ['Bank-linked sub-funds', '0 of 1 closed'],
      ['All types', '2.5 of 4 closed'],
    ]);
    expect(countItems(years, 'zh', (y) => `第${y}年`, fmt)[0]!.valueText).toBe('设立 1.5 / 发起 2');
  });

  it('has a legend of the kinds and of what solid and outline mean, in both languages', () => {
    expect(countLegend('en').map((l) => [l.label, l.shape])).toEqual([
      ['Angel sub-funds', 'bar'],
      ['Tech sub-funds', 'bar'],
      ['Bank-linked sub-funds', 'bar'],
      ['Closed (solid)', 'bar'],
      ['Offered, not closed (outline)', 'outline'],
    ]);
    expect(countLegend('zh').map((l) => l.label)).toEqual([
      '天使投资子基金',
      '科技投资子基金',
      '投贷联动子基金',
      '已设立（实心）',
      '发起未设立（空心）',
    ]);
  });

  it('tabulates each kind’s offers and closes, and all kinds’, per year', () => {
    const table = countTable(years, 'en', yearLabel, 'Year', fmt);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Year',
      'Angel: offered',
      'Angel: closed',
      'Tech: offered',
      'Tech: closed',
      'Bank-linked: offered',
      'Bank-linked: closed',
      'All: offered',
      'All: closed',
    ]);
    expect(table.raw![0]).toEqual(['Y1', 1, 1, 1, 0.5, 0, 0, 2, 1.5]);
    expect(table.rows[1]).toEqual(['Y3', '2', '1.5', '1', '1', '1', '0', '4', '2.5']);
    expect(countTable(years, 'zh', yearLabel, '年份', fmt).columns[1]!.label).toBe('天使：发起');
  });
});

describe('the charts of private capital raised and guidance commitments by year', () => {
  const years = fundRaisingByYear({ series })!;
  const labels = {
    year: 'Year',
    median: 'Median',
    p5: 'P5',
    p95: 'P95',
    mean: 'Mean',
    budget: 'Budget',
  };

  it('draws the median with a P5–P95 whisker, and no budget rule on private capital', () => {
    const items = moneyItems(years, 'privateRaised', yearLabel);
    expect(items.map((it) => [it.label, it.value, it.low, it.high])).toEqual([
      ['Y1', 280, 100, 400],
      ['Y3', 520, 200, 700],
      ['Y4', 0, 0, 40],
    ]);
    expect(items.some((it) => 'mark' in it)).toBe(false);
  });

  it('marks each year’s median budget on the guidance fund’s commitments', () => {
    const items = moneyItems(years, 'committed', yearLabel);
    expect(items.map((it) => [it.value, it.low, it.high, it.mark])).toEqual([
      [95, 30, 120, 200],
      [150, 60, 190, 310],
      [0, 0, 0, 0],
    ]);
    const labelled = moneyItems(years, 'committed', yearLabel, (m, b) => `${m} of ${b}`);
    expect(labelled.map((it) => it.valueText)).toEqual(['95 of 200', '150 of 310', '0 of 0']);
    expect(moneyItems(years, 'privateRaised', yearLabel, (m, b) => `${m} ${b}`)[0]!.valueText).toBe(
      '280 null',
    );
    // The budget rule is inside the plot, right of the whisker (200 > 120).
    const m = barChartModel({ items, width: 600, format: fmt });
    expect(m.rows[0]!.markX!).toBeGreaterThan(m.rows[0]!.errorRight!);
    expect(m.rows[1]!.markX!).toBeLessThanOrEqual(m.plot.right);
  });

  it('tabulates median, P5, P95 and mean per year, and the budget beside commitments', () => {
    const priv = moneyTable(years, 'privateRaised', labels, yearLabel, fmt);
    expect(priv.columns.map((c) => c.label)).toEqual(['Year', 'Median', 'P5', 'P95', 'Mean']);
    expect(priv.raw).toEqual([
      ['Y1', 280, 100, 400, 300],
      ['Y3', 520, 200, 700, 500],
      ['Y4', 0, 0, 40, 0],
    ]);
    const committed = moneyTable(years, 'committed', labels, yearLabel, (v) => `CNY ${v}`);
    expect(committed.columns.at(-1)!.label).toBe('Budget');
    expect(committed.rows[0]).toEqual(['Y1', 'CNY 95', 'CNY 30', 'CNY 120', 'CNY 90', 'CNY 200']);
  });

  it('shows a quantile no trial defined as a dash in the table', () => {
    const undefinedYear = {
      ...series,
      'fundRaising.guidanceBudgetByYearCNY': yearly([200, 0, 310, 0, 0], {
        p50: [null, 0, 310, 0, 0],
      }),
    };
    const table = moneyTable(
      fundRaisingByYear({ series: undefinedYear })!,
      'committed',
      labels,
      yearLabel,
      fmt,
    );
    expect(table.rows[0]!.at(-1)).toBe('—');
    expect(table.raw![0]!.at(-1)).toBeNull();
  });
});

describe('the programme’s cards, table and strings', () => {
  it('takes every card and table row from the metric catalog', () => {
    const keys = [
      ...FUND_RAISING_HEADLINES,
      ...fundRaisingTableGroups().flatMap((g) => g.rows.map((r) => r.key)),
    ];
    expect(keys.filter((k) => describeMetric(k) === null)).toEqual([]);
    expect(describeMetric(FUND_RAISING_HEADLINES[2])!.label.zh).toBe('募集计划：募集社会资本');
  });

  it('has every string in Chinese and in English', () => {
    for (const [key, { zh, en }] of Object.entries(FUND_RAISING_STRINGS)) {
      expect(zh, key).toMatch(/[\u3400-\u9fff]/);
      expect(en, key).not.toMatch(/[\u3400-\u9fff（）：]/);
      expect(en.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders, and says which one is missing', () => {
    expect(fr('closedOfOffered', 'en', { closed: '1', offered: '2' })).toBe('1 of 2 closed');
    expect(() => fr('closedOfOffered', 'en', { closed: '1' })).toThrow(
      'fundRaisingStrings.closedOfOffered: no value given for {offered}',
    );
  });
});
