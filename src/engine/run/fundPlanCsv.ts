import type { RunResult } from './runResult.ts';
import { FUND_SERIES } from './fundSeries.ts';
import { INVESTOR_CLASSES } from '../chain/fundBook.ts';

const STATS = ['mean', 'p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** The series of one fund's plan, in column order: `fund.<id>` and the suffix of each. */
export function fundPlanSeries(result: RunResult, prefix: string): string[] {
  const suffixes = [
    ...FUND_SERIES,
    ...INVESTOR_CLASSES.map((c) => `jcurve.${c}`),
    'dpiAtLeastOne',
  ].filter((suffix) => result.series[`${prefix}.${suffix}`] !== undefined);
  return suffixes;
}

/**
 * One fund's quarterly plan for an LP's pacing spreadsheet: a row per quarter (the last is the
 * horizon), and for each of its series (calls, distributions, fee, carry, NAV in CNY; each
 * class's J-curve in CNY; P(DPI ≥ 1) as the mean of its indicator) the mean and P5 … P95 over
 * the run's trials, columns named `<series>.<stat>`. An undefined statistic is an empty cell; lines
 * end in CRLF, as the other exports. Null when the result has no series for `prefix`.
 */
export function fundPlanCsv(result: RunResult, prefix: string): string | null {
  const suffixes = fundPlanSeries(result, prefix);
  if (suffixes.length === 0) return null;
  const columns = suffixes.map((suffix) => result.series[`${prefix}.${suffix}`]!);
  const quarters = columns[0]!.mean.length;
  const header = ['quarter', ...suffixes.flatMap((s) => STATS.map((stat) => `${s}.${stat}`))];
  const lines = [header.join(',')];
  for (let t = 0; t < quarters; t++) {
    const cells = [String(t)];
    for (const column of columns)
      for (const stat of STATS) {
        const value = column[stat][t];
        cells.push(value === null || value === undefined ? '' : String(value));
      }
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
