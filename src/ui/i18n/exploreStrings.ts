import type { Locale, MetricUnit, Statistic } from '../../engine/index.ts';

/** The explore tab's text and the many-way comparison's, in both languages (kept apart from strings.ts). */
export const EXPLORE_STRINGS = {
  exploreNote: {
    zh: '参数扫描、敏感性分析（龙卷风图）与目标求解：每个点用同一随机种子与相同模拟次数（共同随机数），差值按每次模拟配对计算。开始后所用的场景即固定，之后在“场景参数”里的修改不影响本次结果。',
    en: 'Sweeps, sensitivity (tornado) and goal seek: every point runs with the same seed and trials (common random numbers), and differences are paired trial by trial. The scenario is fixed when a run starts: edits made after it do not change its results.',
  },
  exploreKind: { zh: '探索方式', en: 'Kind of exploration' },
  modeSweep: { zh: '参数扫描', en: 'Sweep' },
  modeTornado: { zh: '敏感性（龙卷风图）', en: 'Sensitivity (tornado)' },
  modeSeek: { zh: '目标求解', en: 'Goal seek' },
  fixScenarioFirst: {
    zh: '场景中有错误：请先在“场景参数”中修正。',
    en: 'The scenario has errors: fix them on the Scenario tab first.',
  },
  exploring: { zh: '探索中', en: 'Exploring' },
  runsDone: { zh: '已完成 {done}/{all} 次运行', en: '{done} of {all} runs done' },
  cancelExplore: { zh: '取消探索', en: 'Cancel' },
  exploreCancelled: {
    zh: '已取消：已完成的点保留在下方，可重新开始。',
    en: 'Cancelled: the points already done stay below. You can run again.',
  },
  parameter1: { zh: '参数一', en: 'First parameter' },
  parameter2: { zh: '参数二（可选，构成网格）', en: 'Second parameter (optional: a grid)' },
  parameter: { zh: '参数', en: 'Parameter' },
  none: { zh: '（无）', en: '(none)' },
  values: { zh: '取值（列表或 下限..上限:点数）', en: 'Values (a list, or LOW..HIGH:STEPS)' },
  basePoint: { zh: '基准点', en: 'Base point' },
  plausibleRange: { zh: '合理范围：', en: 'Plausible range: ' },
  useRange: { zh: '按此范围取值', en: 'use this range' },
  sweepLimits: {
    zh: '单参数至多 {one} 个点，两参数网格至多 {two} × {two}',
    en: 'at most {one} points for one parameter, a grid of {two} × {two} for two',
  },
  trialsPerPoint: { zh: '每点模拟次数', en: 'Trials per point' },
  trialsPerRun: { zh: '每次运行模拟次数', en: 'Trials per run' },
  runSweep: { zh: '开始扫描', en: 'Run sweep' },
  pointsDone: { zh: '已完成 {done}/{all} 个点', en: '{done} of {all} points done' },
  trialsEach: { zh: '每点 {n} 次模拟', en: '{n} trials each' },
  seed: { zh: '种子', en: 'seed' },
  outputMetric: { zh: '输出指标', en: 'Output metric' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadJson: { zh: '下载 JSON', en: 'Download JSON' },
  median: { zh: '中位数', en: 'Median' },
  mean: { zh: '均值', en: 'Mean' },
  diffFromBase: {
    zh: '与基准点之差（配对均值 ± 标准误）',
    en: 'Difference from the base (paired mean ± s.e.)',
  },
  waitingForPoints: { zh: '等待第一个点……', en: 'Waiting for the first point…' },
  heatMapCaption: {
    zh: '每格为该参数组合下指标的中位数，颜色由低（深紫）到高（黄）；红色粗框为基准点。',
    en: 'Each cell is the metric’s median at that pair of values, coloured from low (dark purple) to high (yellow); the thick red outline is the base point.',
  },
  statistic: { zh: '统计量', en: 'Statistic' },
  selectAll: { zh: '全选', en: 'Select all' },
  selectNone: { zh: '全不选', en: 'Select none' },
  low: { zh: '下限', en: 'Low' },
  high: { zh: '上限', en: 'High' },
  lowHigh: { zh: '下限 – 上限', en: 'Low – high' },
  rangeSource: { zh: '范围依据', en: 'Source of the range' },
  notInScenario: { zh: '本场景没有此参数', en: 'not in this scenario' },
  runTornado: { zh: '开始敏感性分析', en: 'Run tornado' },
  skipped: { zh: '跳过', en: 'skipped' },
  atLow: { zh: '参数取下限时', en: 'At the low end' },
  atHigh: { zh: '参数取上限时', en: 'At the high end' },
  stderrWhisker: { zh: '±1 个标准误（配对）', en: '± 1 standard error (paired)' },
  baseValue: { zh: '当前取值下', en: 'At the scenario’s values' },
  effect: { zh: '效应（上限 − 下限）', en: 'Effect (high − low)' },
  tornadoCaption: {
    zh: '每个参数单独从下限移到上限，其余保持场景取值；按效应大小排序。须线为效应的标准误（共同随机数下的配对估计）。',
    en: 'Each parameter moved alone from its low to its high end, the others at the scenario’s values; sorted by the size of the effect. Whiskers are the effect’s standard error (a paired estimate with common random numbers).',
  },
  seekParameter: { zh: '求解的参数与范围', en: 'Parameter and range to search' },
  seekTarget: { zh: '目标', en: 'Target' },
  targetMetric: { zh: '目标指标', en: 'Metric' },
  targetValue: { zh: '目标值', en: 'Target value' },
  maxRuns: { zh: '至多运行次数', en: 'Runs at most' },
  runSeek: { zh: '开始求解', en: 'Run goal seek' },
  notReachable: { zh: '在此范围内达不到目标', en: 'Not reachable in this range' },
  seekUndefined: {
    zh: '所试取值下指标没有定义，无法求解',
    en: 'The metric is undefined at a value tried: no answer',
  },
  interval95: { zh: '（95% 区间：{low} – {high}）', en: ' (95% interval: {low} – {high})' },
  sweepResults: { zh: '扫描结果', en: 'Sweep results' },
  tornadoResults: { zh: '敏感性分析结果', en: 'Sensitivity results' },
  seekResults: { zh: '求解结果', en: 'Goal-seek result' },
  seekRunsCaption: { zh: '每次运行', en: 'Every run' },
  stderr: { zh: '标准误', en: 'Standard error' },
  // Many-way comparison
  manyTitle: { zh: '多方案对比（至多 6 个）', en: 'Compare several scenarios (up to 6)' },
  manyNote: {
    zh: '所有方案使用当前方案的随机种子与模拟次数（共同随机数）；差值为每个方案减第一个方案，按每次模拟配对计算。',
    en: 'Every scenario runs with the current scenario’s seed and trials (common random numbers); differences are each scenario less the first, paired trial by trial.',
  },
  addScenario: { zh: '添加方案', en: 'Add scenario' },
  removeScenario: { zh: '移除', en: 'Remove' },
  currentScenario: { zh: '当前方案', en: 'Current scenario' },
  presetOption: { zh: '预设：{name}', en: 'Preset: {name}' },
  savedOption: { zh: '已保存：{name}', en: 'Saved: {name}' },
  runMany: { zh: '开始多方案对比', en: 'Run comparison' },
  manyLimit: { zh: '至多 6 个方案', en: 'At most 6 scenarios' },
  manyTable: {
    zh: '各方案的中位数（指示变量为概率），及与第一个方案之差（配对均值 ± 标准误）',
    en: 'Each scenario’s median (a probability for an indicator), and its difference from the first (paired mean ± s.e.)',
  },
  first: { zh: '第一个方案', en: 'the first' },
  withinNoise: { zh: '与零无法区分', en: 'not distinguishable from zero' },
  metric: { zh: '指标', en: 'Metric' },
  manyFans: { zh: '随时间变化（中位数与 P25–P75）', en: 'Over time (median and P25–P75)' },
  badScenario: { zh: '此方案有错误，无法运行：', en: 'This scenario has errors and cannot run: ' },
} satisfies Record<string, Record<Locale, string>>;

export type ExploreStringKey = keyof typeof EXPLORE_STRINGS;

export function x(key: ExploreStringKey, locale: Locale): string {
  return EXPLORE_STRINGS[key][locale];
}

const STAT: Record<Statistic, { zh: string; en: string }> = {
  mean: { zh: '均值', en: 'mean' },
  p5: { zh: 'P5', en: 'P5' },
  p25: { zh: 'P25', en: 'P25' },
  p50: { zh: '中位数', en: 'median' },
  p75: { zh: 'P75', en: 'P75' },
  p95: { zh: 'P95', en: 'P95' },
};

export function statWord(statistic: Statistic, locale: Locale): string {
  return STAT[statistic][locale];
}

/** The unit after an axis title or a caption: 「（元）」, " (CNY)". */
export function unitWord(unit: MetricUnit, locale: Locale): string {
  const words: Record<MetricUnit, { zh: string; en: string }> = {
    CNY: { zh: '元', en: 'CNY' },
    rate: { zh: '%/年', en: '% a year' },
    rateDifference: { zh: '百分点', en: 'percentage points' },
    share: { zh: '%', en: '%' },
    multiple: { zh: '倍', en: '×' },
    count: { zh: '个', en: 'count' },
    quarter: { zh: '季度', en: 'quarter' },
    indicator: { zh: '概率 %', en: 'probability, %' },
  };
  const w = words[unit][locale];
  return locale === 'zh' ? `（${w}）` : ` (${w})`;
}
