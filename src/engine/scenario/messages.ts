import type { ScenarioRule } from './rules.ts';
import type { ScenarioIssue, ScenarioIssueCode } from './scenarioIssue.ts';

export type Locale = 'zh' | 'en';

type Params = ScenarioIssue['params'];
type Render = (p: Params) => string;

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  string: { zh: '文本', en: 'text' },
  boolean: { zh: '布尔值 (true/false)', en: 'true or false' },
  object: { zh: '对象 {…}', en: 'an object {…}' },
  array: { zh: '数组 […]', en: 'a list […]' },
};

function typeName(expected: unknown, locale: Locale): string {
  return TYPE_NAMES[String(expected)]?.[locale] ?? String(expected);
}

const RULES: Record<ScenarioRule, Record<Locale, string>> = {
  lossSharesSumToOne: { zh: '各方损失分担比例之和为 1', en: 'loss shares that add up to 1' },
  stepsIncreasing: {
    zh: '按起始季度递增排列的各段',
    en: 'steps in increasing order of fromQuarter',
  },
  firstStepAtZero: { zh: '第一段从第 0 季度开始', en: 'a first step that starts at quarter 0' },
  uniqueIds: { zh: '互不相同的标识', en: 'identifiers that are all different' },
  somePositiveWeight: { zh: '至少一项权重大于 0', en: 'at least one positive weight' },
  investorSharesAtMostOne: {
    zh: '引导基金与管理人出资比例之和不超过 1',
    en: 'guidance-fund and GP shares that add up to at most 1',
  },
  lifeAtLeastInvestmentPeriod: {
    zh: '存续期不短于投资期',
    en: 'a life at least as long as the investment period',
  },
  workWithinBudget: {
    zh: '每次模拟预计进入企业不超过 250,000 家（各阶段季度平均进入数之和 × 季度数）',
    en: 'at most 250,000 expected firm arrivals a trial (the mean arrivals a quarter at all stages × quarters)',
  },
  knownIndustry: {
    zh: 'firms.industries 中列出的行业标识',
    en: 'the id of an industry listed in firms.industries',
  },
  offerWithinHorizon: {
    zh: '模拟期内的年份（小于 simulation.years）',
    en: 'a year within the horizon (below simulation.years)',
  },
  offerIdFits: {
    zh: '不超过 34 个字符的标识（募集的子基金标识为“标识-y年份-序号”）',
    en: 'an id of at most 34 characters (offered sub-funds are named "<id>-y<year>-<k>")',
  },
  quarterWithinYear: { zh: '年内季度 0–3', en: 'a quarter within the year, 0 to 3' },
};

/** Hints that make a bound readable: shares are fractions, money is in yuan. */
const UNIT_HINTS: Partial<Record<string, Record<Locale, string>>> = {
  share: { zh: '（比例：0.4 表示 40%）', en: ' (a share: 0.4 means 40%)' },
  ratePerYear: { zh: '（年利率：0.03 表示 3%）', en: ' (an annual rate: 0.03 means 3%)' },
  probabilityPerQuarter: {
    zh: '（季度概率：0.05 表示 5%）',
    en: ' (a quarterly probability: 0.05 means 5%)',
  },
  CNY: { zh: '（单位：元）', en: ' (in yuan)' },
};

function hint(p: Params, locale: Locale): string {
  return typeof p.unit === 'string' ? (UNIT_HINTS[p.unit]?.[locale] ?? '') : '';
}

/** What was expected, per issue code, in each language. */
const EXPECTED: Record<ScenarioIssueCode, Record<Locale, Render>> = {
  invalidJson: { zh: (p) => `有效的 JSON（${p.detail}）`, en: (p) => `valid JSON (${p.detail})` },
  missing: {
    zh: (p) => `必填字段：${typeName(p.expected, 'zh')}`,
    en: (p) => `a required field: ${typeName(p.expected, 'en')}`,
  },
  wrongType: { zh: (p) => typeName(p.expected, 'zh'), en: (p) => typeName(p.expected, 'en') },
  notFinite: { zh: () => '有限的数字', en: () => 'a finite number' },
  notInteger: { zh: () => '整数', en: () => 'a whole number' },
  tooSmall: {
    zh: (p) => `${p.inclusive ? '不小于' : '大于'} ${p.bound} 的数${hint(p, 'zh')}`,
    en: (p) => `a number ${p.inclusive ? '≥' : '>'} ${p.bound}${hint(p, 'en')}`,
  },
  tooBig: {
    zh: (p) => `${p.inclusive ? '不大于' : '小于'} ${p.bound} 的数${hint(p, 'zh')}`,
    en: (p) => `a number ${p.inclusive ? '≤' : '<'} ${p.bound}${hint(p, 'en')}`,
  },
  tooFew: { zh: (p) => `至少 ${p.bound} 项`, en: (p) => `at least ${p.bound} item(s)` },
  tooMany: { zh: (p) => `至多 ${p.bound} 项`, en: (p) => `at most ${p.bound} item(s)` },
  tooLong: { zh: (p) => `至多 ${p.bound} 个字符`, en: (p) => `at most ${p.bound} characters` },
  tooDeep: {
    zh: (p) => `嵌套不超过 ${p.bound} 层`,
    en: (p) => `nesting at most ${p.bound} levels deep`,
  },
  badFormat: {
    zh: () => '小写字母、数字和连字符组成、以字母开头的标识',
    en: () => 'an identifier of lower-case letters, digits and hyphens, starting with a letter',
  },
  notOneOf: { zh: (p) => `以下之一：${p.options}`, en: (p) => `one of ${p.options}` },
  unknownKey: { zh: () => '不应有此字段（拼写错误？）', en: () => 'no such field (a typo?)' },
  wrongVersion: {
    zh: (p) => `场景格式版本 ${p.expected}`,
    en: (p) => `scenario format version ${p.expected}`,
  },
  unknownField: {
    zh: (p) => `场景中存在的字段路径${missingFieldDetail(p, 'zh')}`,
    en: (p) => `the path of a field of the scenario${missingFieldDetail(p, 'en')}`,
  },
  noSuchItem: {
    zh: (p) =>
      Number(p.length) === 0
        ? `列表中存在的项（${p.list} 为空，[*] 不指向任何字段）`
        : `列表中存在的项（${p.list} 共 ${p.length} 项；如需增加项，请设置整个列表）`,
    en: (p) =>
      Number(p.length) === 0
        ? `an item of a list (${p.list} is empty, so [*] names no field)`
        : `an item that exists (${p.list} has ${p.length} item(s); set the whole list to add items)`,
  },
  badPath: {
    zh: () =>
      '字段路径：字段名以点连接，列表项写作 [0] 或 [*]（例如 funds.angelFunds[0].commitmentCNY）',
    en: () =>
      'a field path: names joined by dots, list items as [0] or [*] (e.g. funds.angelFunds[0].commitmentCNY)',
  },
  ruleBroken: {
    zh: (p) => RULES[p.rule as ScenarioRule]?.zh ?? String(p.rule),
    en: (p) => RULES[p.rule as ScenarioRule]?.en ?? String(p.rule),
  },
  invalid: { zh: (p) => `有效值（${p.detail}）`, en: (p) => `a valid value (${p.detail})` },
  moreIssues: { zh: () => '', en: () => '' },
};

/**
 * Where a path leaves the scenario format and what exists there, when the issue says
 * (`missing`: the segment, `where`: the part that exists, `fields`: the names found there).
 */
function missingFieldDetail(p: Params, locale: Locale): string {
  if (typeof p.missing !== 'string') return '';
  const where = typeof p.where === 'string' ? p.where : '(root)';
  const fields = typeof p.fields === 'string' && p.fields !== '' ? p.fields : '';
  const index = p.missing.startsWith('[');
  if (locale === 'zh') {
    const what = index ? `不是列表，不能用 ${p.missing} 取项` : `没有字段 '${p.missing}'`;
    return `（${where === '(root)' ? '顶层' : where} ${what}${fields ? `；那里的字段有 ${fields}` : ''}）`;
  }
  const at = where === '(root)' ? 'at the top level' : `in ${where}`;
  const what = index ? `no list to index with ${p.missing} ${at}` : `no field '${p.missing}' ${at}`;
  return ` (${what}${fields ? `; the fields there are ${fields}` : ''})`;
}

const LABELS: Record<Locale, { expected: string; got: string; missing: string }> = {
  zh: { expected: '应为', got: '实际为', missing: '缺失' },
  en: { expected: 'expected', got: 'got', missing: 'missing' },
};

/**
 * What was expected and what was given, without the path: `expected a number ≤ 1, got 2`, for a
 * caller that names the place itself (a command-line flag).
 */
export function describeScenarioIssue(issue: ScenarioIssue, locale: Locale): string {
  if (issue.code === 'moreIssues')
    return locale === 'zh'
      ? `……另有 ${issue.params.count} 处问题未列出`
      : `… and ${issue.params.count} more problems not listed`;
  const l = LABELS[locale];
  const expected = EXPECTED[issue.code][locale](issue.params);
  const received = issue.received === 'missing' ? l.missing : issue.received;
  const comma = locale === 'zh' ? '，' : ', ';
  return `${l.expected} ${expected}${comma}${l.got} ${received}`;
}

/** `funds.angelFunds[0].guidanceFundShare: expected a number ≤ 1, got 2`. */
export function formatScenarioIssue(issue: ScenarioIssue, locale: Locale): string {
  if (issue.code === 'moreIssues') return describeScenarioIssue(issue, locale);
  const sep = locale === 'zh' ? '：' : ': ';
  return `${issue.pathText}${sep}${describeScenarioIssue(issue, locale)}`;
}
