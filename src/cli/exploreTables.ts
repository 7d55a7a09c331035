import {
  describeMetric,
  distinguishable,
  formatParameterValue,
  statisticDifference,
  statisticOf,
  statisticStderr,
  summarizeSeek,
  summarizeSweep,
  type PointStats,
  type SeekResult,
  type Statistic,
  type SweepResult,
  type TornadoResult,
} from '../engine/index.ts';
import { formatMetric } from './formatMetric.ts';
import { formatDuration } from './progressBar.ts';
import { textTable } from './textTable.ts';

/** Six significant digits: a value found, as a reader would type it back. */
const six = (x: number) => String(Number(x.toPrecision(6)));

const signed = (key: string, x: number) => `${x > 0 ? '+' : ''}${formatMetric(key, x)}`;

function runLine(run: SweepResult['run'], trials: number, seed: number, runs: number): string {
  return (
    `${trials} trials a run, seed ${seed} (common random numbers), ${runs} run${runs === 1 ? '' : 's'} ` +
    `on ${run.workers} ${run.runner === 'worker-threads' ? 'worker thread' : 'runner'}` +
    `${run.workers === 1 ? '' : 's'}, ${formatDuration(run.wallTimeMs)}`
  );
}

/** The summary sentences, English then Chinese. */
const summaryBlock = (en: readonly string[], zh: readonly string[]) =>
  `\nSummary:\n${[...en, ...zh].map((s) => `  ${s}`).join('\n')}\n`;

/**
 * A sweep on the terminal: per metric, one row per point — the parameters' values, the statistic,
 * and the paired difference from the base point ± its standard error (`*` beyond two of them) —
 * then the plain-language summary.
 */
export function sweepReport(result: SweepResult, metrics: readonly string[], statistic: Statistic) {
  const base = result.points.find((p) => p.base)!;
  const blocks = metrics.map((key) => {
    const label = describeMetric(key)?.label.en ?? key;
    const rows = result.points.map((point) => {
      const m = point.metrics[key];
      const from = base.metrics[key];
      const value = m ? statisticOf(m.stats, statistic) : null;
      const d =
        m && from ? statisticDifference(m.stats, from.stats, m.difference, statistic) : null;
      return [
        ...point.values.map((v, i) => formatParameterValue(result.parameters[i]!.unit, v, 'en')),
        formatMetric(key, value),
        point.base ? 'base' : d ? signed(key, d.value) : '–',
        point.base || !d || d.stderr === null ? '' : `±${formatMetric(key, d.stderr)}`,
        !point.base && d && distinguishable(d) ? '*' : '',
      ];
    });
    return (
      `${key} — ${label} (${statistic})\n` +
      textTable(
        [...result.parameters.map((p) => p.pathText), statistic, 'Δ from base', 'stderr', ''],
        rows,
      )
    );
  });
  const runs = Math.max(1, result.points.length - 1);
  return (
    `${result.scenarioId}: sweep of ${result.parameters.map((p) => p.pathText).join(' × ')}, ` +
    `${result.points.length} points; ${runLine(result.run, result.trials, result.seed, runs)}\n` +
    `Δ: ${statistic === 'mean' ? 'the mean paired difference over trials' : `the difference of the ${statistic}s (its s.e. as if unpaired, conservative)`} from the base point; ` +
    `* more than two standard errors from 0\n\n` +
    blocks.join('\n') +
    summaryBlock(
      summarizeSweep(result, 'en', { metrics, statistic }),
      summarizeSweep(result, 'zh', { metrics, statistic }),
    )
  );
}

/** A tornado on the terminal: its bars, largest effect first, and what was left out. */
export function tornadoReport(result: TornadoResult): string {
  const key = result.metric.key;
  const stat = result.statistic;
  const rows = result.bars.map((bar, i) => [
    String(i + 1),
    bar.parameter.pathText,
    formatParameterValue(bar.parameter.unit, bar.low, 'en'),
    formatParameterValue(bar.parameter.unit, bar.high, 'en'),
    formatMetric(key, statisticOf(bar.atLow, stat)),
    formatMetric(key, statisticOf(bar.atHigh, stat)),
    bar.effect ? signed(key, bar.effect.value) : '–',
    bar.effect?.stderr == null ? '' : `±${formatMetric(key, bar.effect.stderr)}`,
    bar.effect && distinguishable(bar.effect) ? '*' : '',
  ]);
  const base = statisticOf(result.base, stat);
  const skipped =
    result.skipped.length === 0
      ? ''
      : `\nLeft out (the scenario has no such field, or an end is not valid):\n` +
        result.skipped.map((s) => `  ${s.pathText}: ${s.reason}`).join('\n') +
        '\n';
  return (
    `${result.scenarioId}: tornado of ${key} — ${result.metric.label.en} (${stat}); ` +
    `${runLine(result.run, result.trials, result.seed, 1 + result.bars.length)}\n` +
    `at the scenario's own values: ${formatMetric(key, base)}` +
    `${result.base.stderr === null || stat !== 'mean' ? '' : ` ±${formatMetric(key, result.base.stderr)}`}\n` +
    `effect: the ${stat} at the high end less at the low end, each parameter moved alone` +
    `${stat === 'mean' ? ' (paired, common random numbers)' : ''}; * more than two standard errors from 0\n\n` +
    textTable(
      ['#', 'parameter', 'low', 'high', 'at low', 'at high', 'effect', 'stderr', ''],
      rows,
    ) +
    skipped
  );
}

/** A goal seek on the terminal: every run, then the value found (or why there is none). */
export function seekReport(result: SeekResult): string {
  const key = result.target.metric.key;
  const stat = result.target.statistic;
  const unit = result.parameter.unit;
  const rows = result.evaluations.map((e, i) => [
    String(i + 1),
    formatParameterValue(unit, e.value, 'en'),
    formatMetric(key, e.statistic),
    e.stderr === null ? '' : `±${formatMetric(key, e.stderr)}`,
  ]);
  const outcome =
    result.status === 'found'
      ? `found: ${result.parameter.pathText} = ${six(result.value!)}` +
        (result.interval
          ? `, 95% Monte Carlo interval ${six(result.interval[0])} to ${six(result.interval[1])} (s.e. ${result.stderr === null ? '–' : six(result.stderr)})`
          : '') +
        (result.interval &&
        (result.interval[0] < result.parameter.low || result.interval[1] > result.parameter.high)
          ? '; the interval reaches past the range searched'
          : '')
      : result.status === 'notReachable'
        ? `not reachable in this range: the ${stat} is on the same side of the target at both ends`
        : `no answer: the metric is undefined in every trial at a value tried`;
  return (
    `${result.scenarioId}: goal seek of ${result.parameter.pathText} in ` +
    `${result.parameter.low}..${result.parameter.high} for ${key}:${stat} = ${result.target.value}; ` +
    `${runLine(result.run, result.trials, result.seed, result.evaluations.length)}\n\n` +
    textTable(['run', result.parameter.pathText, stat, 'stderr'], rows) +
    `\n${outcome}\n` +
    summaryBlock([summarizeSeek(result, 'en')], [summarizeSeek(result, 'zh')])
  );
}

/** One line per finished point, for stderr while a long exploration runs. */
export function pointLine(
  label: string,
  key: string,
  stats: PointStats | undefined,
  statistic: Statistic,
): string {
  if (!stats) return `${label}: ${key} not reported`;
  const value = statisticOf(stats, statistic);
  const se = statisticStderr(stats, statistic);
  return `${label}: ${key} ${statistic} ${formatMetric(key, value)}${se === null ? '' : ` ±${formatMetric(key, se)}`}`;
}
