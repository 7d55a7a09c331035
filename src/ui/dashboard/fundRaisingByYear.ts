import {
  FUND_RAISING_SERIES,
  OFFER_KINDS,
  type Locale,
  type OfferKind,
  type RunResult,
} from '../../engine/index.ts';
import type { BarGroup, BarItem } from '../charts/barChartModel.ts';
import type { ChartTable, LegendItem, ValueFormat } from '../charts/chartTypes.ts';
import type { MetricGroupSpec } from '../charts/metricTableModel.ts';
import { MUTED_INK, OKABE_ITO } from '../charts/palette.ts';
import { fr, type FundRaisingStringKey } from '../i18n/fundRaisingStrings.ts';

/**
 * The dashboard's view of a fund-raising programme (engine: chain/fundRaising.ts): the yearly
 * series `fundRaising.*ByYear*` shaped into bars and tables. A result without them (a scenario
 * with no programme) has no such view.
 */

const KIND_LABEL: Record<OfferKind, FundRaisingStringKey> = {
  angel: 'kindAngel',
  tech: 'kindTech',
  bankLinked: 'kindBankLinked',
};
const KIND_SHORT: Record<OfferKind, FundRaisingStringKey> = {
  angel: 'kindAngelShort',
  tech: 'kindTechShort',
  bankLinked: 'kindBankLinkedShort',
};
// Vermillion is the budget rule's; the kinds take three other Okabe–Ito hues.
const KIND_COLOR: Record<OfferKind, string> = {
  angel: OKABE_ITO.blue,
  tech: OKABE_ITO.bluishGreen,
  bankLinked: OKABE_ITO.orange,
};

export const MONEY_SERIES = {
  privateRaised: 'fundRaising.privateCapitalRaisedByYearCNY',
  committed: 'fundRaising.guidanceCommittedByYearCNY',
  budget: 'fundRaising.guidanceBudgetByYearCNY',
} as const;
export type MoneySeries = keyof typeof MONEY_SERIES;

/** Every series key of a programme (the catalog's): offers and closes of each kind, the money. */
export const FUND_RAISING_SERIES_KEYS: readonly string[] = FUND_RAISING_SERIES.map((e) => e.key);

/** A year's quantiles and mean over trials (null where no trial defined it). */
export interface YearStats {
  p5: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p95: number | null;
  mean: number | null;
}

/** One programme year: mean offers and closes by kind, and the money's quantiles. */
export interface ProgrammeYear {
  /** 1 for the simulation's first year. */
  year: number;
  offered: Record<OfferKind, number>;
  closed: Record<OfferKind, number>;
  privateRaised: YearStats;
  committed: YearStats;
  budget: YearStats;
}

type Series = RunResult['series'][string];

/**
 * The programme's years, or null when the result has no programme series. A year is kept when
 * any series has a positive mean or P95 in it (an offer, a commitment or a budget); the others
 * are years the programme did nothing in. Throws when only some of the series are there: a
 * result the engine did not write.
 */
export function fundRaisingByYear(result: Pick<RunResult, 'series'>): ProgrammeYear[] | null {
  const present = FUND_RAISING_SERIES_KEYS.filter((k) => result.series[k] !== undefined);
  if (present.length === 0) return null;
  if (present.length < FUND_RAISING_SERIES_KEYS.length) {
    const missing = FUND_RAISING_SERIES_KEYS.filter((k) => result.series[k] === undefined);
    throw new Error(
      `result.series: expected every fund-raising series or none, got ${present.length} of ${FUND_RAISING_SERIES_KEYS.length} (missing ${missing.join(', ')})`,
    );
  }
  const series = (key: string): Series => result.series[key]!;
  const length = Math.max(...FUND_RAISING_SERIES_KEYS.map((k) => series(k).mean.length));
  const positive = (x: number | null | undefined) => x !== null && x !== undefined && x > 0;
  const years: ProgrammeYear[] = [];
  for (let i = 0; i < length; i++) {
    const active = FUND_RAISING_SERIES_KEYS.some(
      (k) => positive(series(k).mean[i]) || positive(series(k).p95[i]),
    );
    if (!active) continue;
    const meanOf = (key: string) => series(key).mean[i] ?? 0;
    const statsOf = (key: string): YearStats => {
      const s = series(key);
      return {
        p5: s.p5[i] ?? null,
        p25: s.p25[i] ?? null,
        p50: s.p50[i] ?? null,
        p75: s.p75[i] ?? null,
        p95: s.p95[i] ?? null,
        mean: s.mean[i] ?? null,
      };
    };
    const byKind = (what: 'offeredByYear' | 'closedByYear') =>
      Object.fromEntries(OFFER_KINDS.map((k) => [k, meanOf(`fundRaising.${what}.${k}`)])) as Record<
        OfferKind,
        number
      >;
    years.push({
      year: i + 1,
      offered: byKind('offeredByYear'),
      closed: byKind('closedByYear'),
      privateRaised: statsOf(MONEY_SERIES.privateRaised),
      committed: statsOf(MONEY_SERIES.committed),
      budget: statsOf(MONEY_SERIES.budget),
    });
  }
  return years;
}

const sum = (r: Record<OfferKind, number>) => OFFER_KINDS.reduce((s, k) => s + r[k], 0);

/** The counts chart's parts: each kind closed (solid) and offered but not closed (outline). */
export function countGroups(locale: Locale): BarGroup[] {
  return OFFER_KINDS.flatMap((k): BarGroup[] => {
    const kind = fr(KIND_LABEL[k], locale);
    return [
      { key: `${k}-closed`, label: fr('closedColumn', locale, { kind }), color: KIND_COLOR[k] },
      {
        key: `${k}-open`,
        label: fr('notClosedColumn', locale, { kind }),
        color: KIND_COLOR[k],
        outline: true,
      },
    ];
  });
}

/** The counts chart's legend: a colour per kind, and what solid and outline mean. */
export function countLegend(locale: Locale): LegendItem[] {
  return [
    ...OFFER_KINDS.map((k): LegendItem => ({
      label: fr(KIND_LABEL[k], locale),
      color: KIND_COLOR[k],
      shape: 'bar',
      opacity: 0.85,
    })),
    { label: fr('legendClosed', locale), color: MUTED_INK, shape: 'bar', opacity: 0.85 },
    { label: fr('legendNotClosed', locale), color: MUTED_INK, shape: 'outline' },
  ];
}

/**
 * One bar per programme year, as long as the mean number offered: for each kind its mean closed
 * (solid) then the rest of its offers (outline). No whisker: a count's mean has none here.
 */
export function countItems(
  years: readonly ProgrammeYear[],
  locale: Locale,
  yearLabel: (year: number) => string,
  format: ValueFormat,
): BarItem[] {
  const ofOffered = (closed: number, offered: number) =>
    fr('closedOfOffered', locale, { closed: format(closed), offered: format(offered) });
  return years.map((y): BarItem => {
    const offered = sum(y.offered);
    const closed = sum(y.closed);
    return {
      key: `year-${y.year}`,
      label: yearLabel(y.year),
      value: offered,
      high: null,
      valueText: ofOffered(closed, offered),
      segments: OFFER_KINDS.flatMap((k) => [
        { group: `${k}-closed`, value: y.closed[k] },
        // A close is an offer that succeeded: never more than offered, but means can round.
        { group: `${k}-open`, value: Math.max(0, y.offered[k] - y.closed[k]) },
      ]),
      tooltip: {
        title: yearLabel(y.year),
        rows: [
          ...OFFER_KINDS.map((k) => ({
            label: fr(KIND_LABEL[k], locale),
            value: ofOffered(y.closed[k], y.offered[k]),
            color: KIND_COLOR[k],
          })),
          { label: fr('total', locale), value: ofOffered(closed, offered) },
        ],
      },
    };
  });
}

/** The counts chart's table: per year, each kind's mean offered and closed, then all kinds' (short heads). */
export function countTable(
  years: readonly ProgrammeYear[],
  locale: Locale,
  yearLabel: (year: number) => string,
  yearHeader: string,
  format: ValueFormat,
): ChartTable {
  const head = (kind: string) => [
    { label: fr('offeredColumn', locale, { kind }), numeric: true },
    { label: fr('closedColumn', locale, { kind }), numeric: true },
  ];
  const columns = [
    { label: yearHeader },
    ...OFFER_KINDS.flatMap((k) => head(fr(KIND_SHORT[k], locale))),
    ...head(fr('totalShort', locale)),
  ];
  const raw = years.map((y): (string | number | null)[] => [
    yearLabel(y.year),
    ...OFFER_KINDS.flatMap((k) => [y.offered[k], y.closed[k]]),
    sum(y.offered),
    sum(y.closed),
  ]);
  const rows = raw.map((r) => r.map((v) => (typeof v === 'number' ? format(v) : String(v))));
  return { columns, rows, raw };
}

/**
 * One bar per programme year: the median of a money series with a P5–P95 whisker; the
 * guidance fund's commitments carry the year's median budget as a rule.
 */
export function moneyItems(
  years: readonly ProgrammeYear[],
  which: 'privateRaised' | 'committed',
  yearLabel: (year: number) => string,
  /**
   * The row's label from its median and, for commitments, the budget's (default: the median
   * formatted): a label right of the budget rule must say which number is which.
   */
  label?: (median: number | null, budget: number | null) => string,
): BarItem[] {
  return years.map((y): BarItem => {
    const s = y[which];
    const budget = which === 'committed' ? y.budget.p50 : null;
    return {
      key: `year-${y.year}`,
      label: yearLabel(y.year),
      value: s.p50,
      low: s.p5,
      high: s.p95,
      ...(which === 'committed' ? { mark: budget } : {}),
      ...(label ? { valueText: label(s.p50, budget) } : {}),
    };
  });
}

/** Labels of a money table's columns. */
export interface MoneyTableLabels {
  year: string;
  median: string;
  p5: string;
  p95: string;
  mean: string;
  budget: string;
}

/** A money chart's table: per year the median, P5, P95 and mean, and for commitments the budget's median. */
export function moneyTable(
  years: readonly ProgrammeYear[],
  which: 'privateRaised' | 'committed',
  labels: MoneyTableLabels,
  yearLabel: (year: number) => string,
  format: ValueFormat,
  missing = '—',
): ChartTable {
  const withBudget = which === 'committed';
  const columns = [
    { label: labels.year },
    { label: labels.median, numeric: true },
    { label: labels.p5, numeric: true },
    { label: labels.p95, numeric: true },
    { label: labels.mean, numeric: true },
    ...(withBudget ? [{ label: labels.budget, numeric: true }] : []),
  ];
  const raw = years.map((y): (string | number | null)[] => {
    const s = y[which];
    return [yearLabel(y.year), s.p50, s.p5, s.p95, s.mean, ...(withBudget ? [y.budget.p50] : [])];
  });
  const rows = raw.map((r) =>
    r.map((v) => (typeof v === 'number' ? format(v) : v === null ? missing : v)),
  );
  return { columns, rows, raw };
}

/** The programme's headline cards, from the metric catalog. */
export const FUND_RAISING_HEADLINES = [
  'fundRaising.fundsOffered',
  'fundRaising.fundsClosed',
  'fundRaising.privateCapitalRaisedCNY',
  'fundRaising.guidanceCommittedCNY',
] as const;

/** The programme's table: offers and closes of each kind, then what the budget left and recycled. */
export function fundRaisingTableGroups(): MetricGroupSpec[] {
  return [
    {
      title: '',
      rows: [
        ...OFFER_KINDS.flatMap((k) => [
          { key: `fundRaising.${k}.fundsOffered` },
          { key: `fundRaising.${k}.fundsClosed` },
        ]),
        { key: 'fundRaising.budgetUnspentCNY' },
        { key: 'fundRaising.recycledCommittedCNY' },
      ],
    },
  ];
}
