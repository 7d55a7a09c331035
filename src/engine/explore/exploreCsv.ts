import { csvField } from '../ledger/csv.ts';
import { perFiscalYuanRows } from '../run/perFiscalYuan.ts';
import type { SeekResult } from './goalSeek.ts';
import { statisticOf } from './statistic.ts';
import type { SweepResult } from './sweep.ts';
import type { TornadoResult } from './tornado.ts';

/** A number in full precision; an undefined one (null) is an empty cell. */
const cell = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));
const value = (v: unknown) => csvField(typeof v === 'string' ? v : String(v));
const lines = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

/** The columns of a sweep's CSV after the swept parameters' own (one per parameter, by path). */
export const SWEEP_CSV_COLUMNS = [
  'metric',
  'mean',
  'stderr',
  'p5',
  'p25',
  'p50',
  'p75',
  'p95',
  'count',
  'undefinedCount',
  'diffMean',
  'diffStderr',
  'diffP5',
  'diffP95',
] as const;

/**
 * A sweep as one row per point and metric (RFC 4180, CRLF): `point` (its index), `base` (1 at the
 * base point), a column per swept parameter headed by its path, then the metric's statistics and
 * its paired difference from the base (empty where undefined); then, for a point other than the
 * base, rows `perFiscalYuan.<cost>.<outcome>` with the ratio in diffMean and its error in diffStderr.
 */
export function sweepCsv(result: SweepResult): string {
  const rows: string[][] = [
    ['point', 'base', ...result.parameters.map((p) => csvField(p.pathText)), ...SWEEP_CSV_COLUMNS],
  ];
  // A per-yuan row's statistics columns before diffMean: empty.
  const blank = SWEEP_CSV_COLUMNS.slice(1, -4).map(() => '');
  for (const point of result.points) {
    for (const [key, { stats: s, difference: d }] of Object.entries(point.metrics)) {
      rows.push([
        String(point.index),
        point.base ? '1' : '0',
        ...point.values.map(value),
        csvField(key),
        cell(s.mean),
        cell(s.stderr),
        cell(s.p5),
        cell(s.p25),
        cell(s.p50),
        cell(s.p75),
        cell(s.p95),
        String(s.count),
        String(s.undefinedCount),
        cell(d?.mean),
        cell(d?.stderr),
        cell(d?.p5),
        cell(d?.p95),
      ]);
    }
    // What each extra fiscal yuan bought against the base: the ratio as diffMean, its error.
    for (const r of perFiscalYuanRows(point.perFiscalYuan)) {
      rows.push([
        String(point.index),
        point.base ? '1' : '0',
        ...point.values.map(value),
        csvField(r.key),
        ...blank,
        cell(r.perYuan),
        cell(r.stderr),
        '',
        '',
      ]);
    }
  }
  return lines(rows);
}

export const TORNADO_CSV_COLUMNS = [
  'rank',
  'parameter',
  'low',
  'high',
  'atLow',
  'atHigh',
  'effect',
  'effectStderr',
  'paired',
  'source',
] as const;

/**
 * A tornado as one row per parameter, largest effect first: its ends, the statistic at each, the
 * effect (high − low) with its standard error, whether that is paired (the mean), and the source
 * of the range.
 */
export function tornadoCsv(result: TornadoResult): string {
  const rows: string[][] = [[...TORNADO_CSV_COLUMNS]];
  result.bars.forEach((bar, i) => {
    rows.push([
      String(i + 1),
      csvField(bar.parameter.pathText),
      String(bar.low),
      String(bar.high),
      cell(statisticOf(bar.atLow, result.statistic)),
      cell(statisticOf(bar.atHigh, result.statistic)),
      cell(bar.effect?.value),
      cell(bar.effect?.stderr),
      bar.effect ? (bar.effect.paired ? '1' : '0') : '',
      csvField(bar.source ? `${bar.source.document}: ${bar.source.clause}` : ''),
    ]);
  });
  return lines(rows);
}

export const SEEK_CSV_COLUMNS = ['run', 'value', 'statistic', 'stderr'] as const;

/** A goal seek's runs in order: the parameter's value, the statistic there and its standard error. */
export function seekCsv(result: SeekResult): string {
  const rows: string[][] = [[...SEEK_CSV_COLUMNS]];
  result.evaluations.forEach((e, i) =>
    rows.push([String(i + 1), String(e.value), cell(e.statistic), cell(e.stderr)]),
  );
  return lines(rows);
}
