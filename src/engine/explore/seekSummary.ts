import type { MetricUnit } from '../metrics/catalog.ts';
import type { Locale } from '../scenario/messages.ts';
import type { SeekResult } from './goalSeek.ts';
import { enInline, STAT_WORDS, zhJoin } from './summary.ts';
import { formatMetricValue, formatParameterValue } from './summaryFormat.ts';

/** A goal seek's summary: the value found with its interval, or why there is none. */
export function summarizeSeek(result: SeekResult, locale: Locale): string {
  const zh = locale === 'zh';
  const { parameter, target } = result;
  const label = parameter.label[locale];
  const unit = (target.metric.unit ?? null) as MetricUnit | null;
  const metric = zh
    ? `${zhJoin(target.metric.label.zh)}${STAT_WORDS[target.statistic].zh}`
    : `the ${STAT_WORDS[target.statistic].en} of ${enInline(target.metric.label.en)}`;
  const goal = formatMetricValue(unit, target.value, locale);
  const param = (x: number, precision: number | null = null) =>
    formatParameterValue(parameter.unit, x, locale, precision);
  const range = `${param(parameter.low)}–${param(parameter.high)}`;
  const runs = result.evaluations.length;
  switch (result.status) {
    case 'found': {
      const value = result.value!;
      const interval = result.interval;
      const precision = result.stderr;
      const at = param(value, precision);
      const wide =
        interval !== null && (interval[0] < parameter.low || interval[1] > parameter.high);
      const where = interval
        ? zh
          ? `（95% 区间 ${param(interval[0], precision)}–${param(interval[1], precision)}${wide ? '，超出求解范围：试验次数不足以确定该值，请增加试验次数' : ''}）`
          : ` (95% interval ${param(interval[0], precision)}–${param(interval[1], precision)}${wide ? ', wider than the range searched: too few trials to pin the value down; run more' : ''})`
        : '';
      return zh
        ? `${zhJoin(label)}为 ${at}${where}时，${metric}达到目标 ${goal}（在 ${range} 内求解，运行 ${runs} 次）。`
        : `${metric[0]!.toUpperCase()}${metric.slice(1)} reaches the target ${goal} when the ${enInline(label)} is ${at}${where}; searched ${range} in ${runs} runs.`;
    }
    case 'notReachable': {
      const [lo, hi] = [result.evaluations[0], result.evaluations[1]];
      const at = (e: typeof lo) =>
        e && e.statistic !== null ? formatMetricValue(unit, e.statistic, locale) : '–';
      return zh
        ? `在${zhJoin(label)} ${range} 的范围内达不到目标：${metric}在两端分别为 ${at(lo)} 和 ${at(hi)}，目标为 ${goal}。`
        : `Not reachable in this range: ${metric} is ${at(lo)} when the ${enInline(label)} is ${param(parameter.low)} and ${at(hi)} when it is ${param(parameter.high)}; the target is ${goal}.`;
    }
    case 'undefined':
      return zh
        ? `${metric}在所试的某个${zhJoin(label)}取值下没有定义（没有任何一次模拟给出数值），无法求解。`
        : `${metric[0]!.toUpperCase()}${metric.slice(1)} is undefined at a value of the ${enInline(label)} tried (no trial gives it a value): no answer.`;
    default:
      return result.status satisfies never;
  }
}
