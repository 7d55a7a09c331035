import {
  formatScenarioIssue,
  type Locale,
  type ScenarioIssue,
  type Unit,
} from '../../engine/index.ts';
import { optionLabel } from '../i18n/optionLabels.ts';
import { displayUnit, toDisplayWithUnit, type InputProblem } from './unitInput.ts';

/**
 * A field's problem in the words and units the user typed in: '应不大于 100%（输入为 140%）',
 * not 'concession.angelStageShare: expected a number ≤ 1, got 1.4'. The field is beside the
 * message, so the message does not name it.
 */

/** What was typed, for a message: the text itself, quoted. */
const quoted = (text: string, locale: Locale) => (locale === 'zh' ? `“${text}”` : `“${text}”`);

export function inputProblemMessage(
  problem: InputProblem,
  unit: Unit | undefined,
  locale: Locale,
): string {
  const zh = locale === 'zh';
  const suffix = displayUnit(unit, locale).suffix;
  const example = suffix ? (suffix.startsWith('%') ? `60${suffix}` : `60 ${suffix}`) : '60';
  switch (problem.kind) {
    case 'empty':
      return zh ? `请填写数值，例如 ${example}` : `Enter a number, e.g. ${example}`;
    case 'notANumber':
      return zh
        ? `无法识别 ${quoted(problem.text, locale)}：请填写数字，例如 ${example}`
        : `${quoted(problem.text, locale)} is not a number: enter one such as ${example}`;
    case 'tooLarge':
      return zh
        ? `${quoted(problem.text, locale)} 超出可计算的范围`
        : `${quoted(problem.text, locale)} is too large to compute with`;
    case 'wrongUnit':
      return zh
        ? `此项的单位是 ${suffix || '（无单位）'}，不能用 ${quoted(problem.typed, locale)}`
        : `This field is in ${suffix || 'plain numbers'}, not ${quoted(problem.typed, locale)}`;
    default:
      return problem satisfies never;
  }
}

/** The issue's given value as the user sees it (display units), or as text. */
function given(issue: ScenarioIssue, unit: Unit | undefined, locale: Locale): string {
  const n = Number(issue.received);
  if (issue.received.trim() !== '' && Number.isFinite(n)) return toDisplayWithUnit(n, unit, locale);
  try {
    const v: unknown = JSON.parse(issue.received);
    if (typeof v === 'string') return v;
  } catch {
    // Not JSON: shown as it is.
  }
  return issue.received;
}

/** A list given as JSON (`[0,0,3]`) as words: '0、0、3'; null when it is not one. */
function listText(received: string, separator: string): string | null {
  try {
    const v: unknown = JSON.parse(received);
    return Array.isArray(v) ? v.map(String).join(separator) : null;
  } catch {
    return null;
  }
}

const RULES_ZH: Record<string, string> = {
  investorSharesAtMostOne: '引导基金与管理人（GP）出资比例之和不能超过 100%',
  lifeAtLeastInvestmentPeriod: '存续期不能短于投资期',
  lossSharesSumToOne: '担保机构、再担保、银行与政府的分担比例之和应为 100%',
  stepsIncreasing: '各段应按起始季度从小到大排列',
  firstStepAtZero: '第一段应从第 0 季度开始',
  somePositiveWeight: '至少一个行业的权重应大于 0',
  workWithinBudget:
    '每次模拟预计进入的企业不能超过 250,000 家（各阶段季度平均进入数之和 × 季度数）',
  offerWithinHorizon: '发起年份应在模拟期内（从 0 起算，小于模拟年限）',
  offerIdFits: '代码前缀最多 34 个字符（发起的子基金代码为“前缀-y年份-序号”）',
  quarterWithinYear: '年内发起季度应为 0–3',
};
const RULES_EN: Record<string, string> = {
  investorSharesAtMostOne: 'The guidance fund’s and the GP’s shares add up to more than 100%',
  lifeAtLeastInvestmentPeriod: 'The fund life must be at least the investment period',
  lossSharesSumToOne:
    'The guarantor’s, re-guarantor’s, bank’s and government’s shares must add up to 100%',
  stepsIncreasing: 'The steps must be in increasing order of their first quarter',
  firstStepAtZero: 'The first step must start at quarter 0',
  somePositiveWeight: 'At least one industry needs a weight above 0',
  workWithinBudget:
    'At most 250,000 expected firm arrivals a trial (the mean arrivals a quarter at all stages × quarters)',
  offerWithinHorizon:
    'An offer year must lie within the horizon (from 0, below the horizon in years)',
  offerIdFits:
    'The ID prefix is at most 34 characters (offered funds are named “<prefix>-y<year>-<k>”)',
  quarterWithinYear: 'The quarter within the year must be 0 to 3',
};

export function fieldIssueMessage(
  issue: ScenarioIssue,
  unit: Unit | undefined,
  locale: Locale,
): string {
  const zh = locale === 'zh';
  const p = issue.params;
  const you = (text: string) => (zh ? `（输入为 ${text}）` : ` (you entered ${text})`);
  const value = given(issue, unit, locale);
  switch (issue.code) {
    case 'tooSmall':
    case 'tooBig': {
      const bound = toDisplayWithUnit(Number(p.bound), unit, locale);
      const small = issue.code === 'tooSmall';
      const words = zh
        ? `${small ? (p.inclusive ? '应不小于' : '应大于') : p.inclusive ? '应不大于' : '应小于'} ${bound}`
        : `${small ? (p.inclusive ? 'Must be at least' : 'Must be more than') : p.inclusive ? 'Must be at most' : 'Must be less than'} ${bound}`;
      return words + you(value);
    }
    case 'notInteger':
      return (zh ? '应为整数' : 'Must be a whole number') + you(value);
    case 'notFinite':
      return zh ? '数值无效或超出可计算的范围' : 'Not a number that can be computed with';
    case 'missing':
      return zh ? '此项为必填' : 'This field is required';
    case 'notOneOf': {
      const options = String(p.options ?? '')
        .split(/,\s*/)
        .filter(Boolean)
        .map((o) => optionLabel(o.replace(/^"|"$/g, ''), locale));
      return zh ? `应为以下之一：${options.join('、')}` : `Must be one of: ${options.join(', ')}`;
    }
    case 'badFormat':
      return zh
        ? `代码只能由小写字母、数字和连字符组成，并以字母开头${you(value)}`
        : `An id is lower-case letters, digits and hyphens, starting with a letter${you(value)}`;
    case 'tooLong':
      return zh ? `最多 ${p.bound} 个字符` : `At most ${p.bound} characters`;
    case 'ruleBroken': {
      const rule = String(p.rule);
      if (rule === 'uniqueIds' && issue.path.at(-1) === 'offerYears') {
        const years = listText(issue.received, zh ? '、' : ', ') ?? value;
        return zh
          ? `每个发起年份只能出现一次${you(years)}`
          : `Each offer year may appear only once${you(years)}`;
      }
      if (rule === 'uniqueIds')
        return zh
          ? `代码 ${quoted(value, locale)} 已被另一支基金（或行业）使用：每支基金、每个行业须有自己的代码`
          : `The id ${quoted(value, locale)} is already used by another fund (or industry): each needs its own`;
      if (rule === 'knownIndustry')
        return zh
          ? `${quoted(value, locale)} 不是本场景中的行业代码`
          : `${quoted(value, locale)} is not the id of an industry of this scenario`;
      const text = (zh ? RULES_ZH : RULES_EN)[rule];
      if (text) return text + you(value);
      break;
    }
    default:
      break;
  }
  // Anything else in the engine's words, without the path (the field is right there).
  const full = formatScenarioIssue(issue, locale);
  const prefix = `${issue.pathText}${zh ? '：' : ': '}`;
  return full.startsWith(prefix) ? full.slice(prefix.length) : full;
}
