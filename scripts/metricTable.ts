// The README's metric and series tables, written from the engine's metric catalog: one row per
// key (or pattern of keys) with its unit and definition. Used by write-metric-table.ts and by the
// test that keeps the README in step with the catalog.
import {
  METRIC_CATALOG,
  SERIES_CATALOG,
  type MetricEntry,
  type MetricUnit,
} from '../src/engine/index.ts';

export const UNIT_TEXT: Record<MetricUnit, string> = {
  CNY: 'CNY',
  rate: 'rate a year',
  rateDifference: 'rate difference (pp)',
  multiple: '×',
  share: 'share',
  count: 'count',
  quarter: 'quarter',
  indicator: '0/1',
};

/** The cells of one table row: key, unit, definition. */
export function metricRow(entry: MetricEntry): [string, string, string] {
  const definition = entry.undefinedWhen
    ? `${entry.description}; undefined when ${entry.undefinedWhen}`
    : entry.description;
  return [`\`${entry.key}\``, UNIT_TEXT[entry.unit], definition.replace(/\|/g, '\\|')];
}

export const METRIC_TABLE_START =
  '<!-- metric-table: written by `npx tsx scripts/write-metric-table.ts` -->';
export const METRIC_TABLE_END = '<!-- /metric-table -->';

function table(entries: readonly MetricEntry[]): string {
  const rows = entries.map((e) => `| ${metricRow(e).join(' | ')} |`);
  return ['| key | unit | definition |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The block between the markers: the metrics table, then the series table. */
export function metricTableBlock(): string {
  return [
    METRIC_TABLE_START,
    '',
    table(METRIC_CATALOG),
    '',
    'Series (one value per quarter, except `bank.nplRatioByYear`, one per year), each summarised per quarter as P5 … P95 and mean over trials:',
    '',
    table(SERIES_CATALOG),
    '',
    METRIC_TABLE_END,
  ].join('\n');
}
