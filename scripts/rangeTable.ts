// The README's table of plausible ranges, written from the engine's catalog
// (src/engine/scenario/plausibleRanges.ts): one row per parameter a tornado moves by default.
// Used by write-metric-table.ts and by the test that keeps the README in step with the catalog.
import {
  formatParameterValue,
  PLAUSIBLE_RANGES,
  type PlausibleRange,
} from '../src/engine/index.ts';

export const RANGE_TABLE_START =
  '<!-- range-table: written by `npx tsx scripts/write-metric-table.ts` -->';
export const RANGE_TABLE_END = '<!-- /range-table -->';

/** The cells of one row: path, label, low, high, source. */
export function rangeRow(range: PlausibleRange): [string, string, string, string, string] {
  const value = (x: number) => formatParameterValue(range.unit, x, 'en');
  return [
    `\`${range.path}\``,
    `${range.label.en} (${range.label.zh})`,
    value(range.low),
    value(range.high),
    `${range.source.document}: ${range.source.clause}`.replace(/\|/g, '\\|'),
  ];
}

export function rangeTableBlock(): string {
  const rows = PLAUSIBLE_RANGES.map((r) => `| ${rangeRow(r).join(' | ')} |`);
  return [
    RANGE_TABLE_START,
    '',
    '| path | parameter | low | high | source of the range |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    RANGE_TABLE_END,
  ].join('\n');
}
