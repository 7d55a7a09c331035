import type { RunSummary } from '../aggregate/runAggregate.ts';
import { perFiscalYuanRows } from './perFiscalYuan.ts';
import {
  metricStats,
  type ComparisonResult,
  type MetricStats,
  type RunResult,
} from './runResult.ts';

export const SUMMARY_CSV_COLUMNS = [
  'key',
  'mean',
  'stderr',
  'p5',
  'p25',
  'p50',
  'p75',
  'p95',
  'count',
  'undefinedCount',
] as const;

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A statistic in full precision; an undefined one (null) is an empty cell. */
const cell = (x: number | null) => (x === null ? '' : String(x));

/**
 * One row per metric with its mean, standard error, quantiles and counts, in the order given.
 * Lines end in CRLF like the ledger export, so spreadsheets on any system read it.
 */
export function summaryCsv(rows: Iterable<readonly [string, MetricStats]>): string {
  const lines: string[] = [SUMMARY_CSV_COLUMNS.join(',')];
  for (const [key, m] of rows) {
    lines.push(
      [
        csvField(key),
        cell(m.mean),
        cell(m.stderr),
        cell(m.p5),
        cell(m.p25),
        cell(m.p50),
        cell(m.p75),
        cell(m.p95),
        String(m.count),
        String(m.undefinedCount),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** The summary CSV of a run: its metrics (Sankey flows are in the JSON only). */
export function runSummaryCsv(result: RunResult): string {
  return summaryCsv(Object.entries(result.metrics));
}

/**
 * The summary CSV of a comparison: for each metric, rows `a.<key>`, `b.<key>` and `diff.<key>`
 * (the paired difference a − b over trials, with its full distribution from the run summary),
 * then `perFiscalYuan.<cost>.<outcome>` rows (perFiscalYuan.ts) with only mean and stderr.
 */
export function comparisonSummaryCsv(result: ComparisonResult, summary: RunSummary): string {
  const rows: Array<[string, MetricStats]> = [];
  for (const [key, m] of Object.entries(result.metrics)) {
    rows.push([`a.${key}`, m.a], [`b.${key}`, m.b]);
    const diff = summary.metrics[`diff.${key}`];
    if (diff) rows.push([`diff.${key}`, metricStats(diff)]);
  }
  // What each extra fiscal yuan bought: the ratio in `mean`, its standard error in `stderr`.
  const perYuan = perFiscalYuanRows(result.perFiscalYuan).map((r) =>
    [csvField(r.key), cell(r.perYuan), cell(r.stderr), '', '', '', '', '', '', ''].join(','),
  );
  return summaryCsv(rows) + perYuan.map((line) => `${line}\r\n`).join('');
}
