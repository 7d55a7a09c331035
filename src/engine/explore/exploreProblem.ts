import type { Locale } from '../scenario/messages.ts';
import { describeScenarioIssue, formatScenarioIssue } from '../scenario/messages.ts';
import type { ScenarioIssue } from '../scenario/scenarioIssue.ts';
import { STATISTICS } from './statistic.ts';

/**
 * Why an exploration cannot start, as data: which input (`parameter` i, the `metric`, its
 * `statistic`, the `target` value or the `base` point), what was expected and what was given. The
 * command line names its flag from the input; the app marks the field.
 */
export type ExploreProblem =
  | { kind: 'badPath'; input: 'parameter'; index: number; issue: ScenarioIssue }
  | {
      kind: 'badValue';
      input: 'parameter' | 'base';
      index: number;
      value: unknown;
      issues: ScenarioIssue[];
    }
  | { kind: 'tooManyParameters'; input: 'parameter'; index: number; max: number; given: number }
  | { kind: 'noParameters'; input: 'parameter'; index: number }
  | { kind: 'sameParameterTwice'; input: 'parameter'; index: number; pathText: string }
  | {
      kind: 'tooManyValues';
      input: 'parameter';
      index: number;
      max: number;
      given: number;
      grid: boolean;
    }
  | { kind: 'tooFewValues'; input: 'parameter'; index: number; min: number; given: number }
  | { kind: 'repeatedValue'; input: 'parameter'; index: number; value: unknown }
  | {
      kind: 'notNumeric';
      input: 'parameter';
      index: number;
      pathText: string;
      wholeNumbers: boolean;
    }
  | { kind: 'emptyRange'; input: 'parameter'; index: number; low: number; high: number }
  | { kind: 'unknownMetric'; input: 'metric'; key: string; similar: string[] }
  | { kind: 'unknownStatistic'; input: 'statistic'; given: string }
  | { kind: 'badTarget'; input: 'target'; given: number }
  | { kind: 'baseNotAPoint'; input: 'base'; given: unknown[]; count: number };

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** What was expected and what was given, in one sentence without the input's name. */
export function describeExploreProblem(problem: ExploreProblem, locale: Locale): string {
  const zh = locale === 'zh';
  switch (problem.kind) {
    case 'badPath':
      return formatScenarioIssue(problem.issue, locale);
    case 'badValue': {
      const first = problem.issues[0];
      const detail = first
        ? first.code === 'moreIssues'
          ? describeScenarioIssue(first, locale)
          : formatScenarioIssue(first, locale)
        : '';
      const more =
        problem.issues.length > 1
          ? zh
            ? `（另有 ${problem.issues.length - 1} 处）`
            : ` (and ${problem.issues.length - 1} more)`
          : '';
      return zh
        ? `取值 ${show(problem.value)} 不是有效场景：${detail}${more}`
        : `the value ${show(problem.value)} makes no valid scenario: ${detail}${more}`;
    }
    case 'tooManyParameters':
      return zh
        ? `应为至多 ${problem.max} 个参数，实际为 ${problem.given} 个`
        : `expected at most ${problem.max} parameters, got ${problem.given}`;
    case 'noParameters':
      return zh ? '应为至少一个参数，实际为 0 个' : 'expected at least one parameter, got none';
    case 'sameParameterTwice':
      return zh
        ? `应为不同的参数，实际 ${problem.pathText} 出现两次`
        : `expected different parameters, got ${problem.pathText} twice`;
    case 'tooManyValues':
      return zh
        ? `应为至多 ${problem.max} 个取值${problem.grid ? `（两个参数时网格至多 ${problem.max} × ${problem.max}）` : ''}，实际为 ${problem.given} 个`
        : `expected at most ${problem.max} values${problem.grid ? ` (a grid of two parameters is at most ${problem.max} × ${problem.max})` : ''}, got ${problem.given}`;
    case 'tooFewValues':
      return zh
        ? `应为至少 ${problem.min} 个取值，实际为 ${problem.given} 个`
        : `expected at least ${problem.min} values, got ${problem.given}`;
    case 'repeatedValue':
      return zh
        ? `应为互不相同的取值，实际 ${show(problem.value)} 出现两次`
        : `expected values that all differ, got ${show(problem.value)} twice`;
    case 'notNumeric':
      return problem.wholeNumbers
        ? zh
          ? `应为取任意实数的字段，实际 ${problem.pathText} 只取整数`
          : `expected a field that takes any number in a range, got ${problem.pathText}, which takes whole numbers only`
        : zh
          ? `应为数值字段，实际 ${problem.pathText} 不是数值`
          : `expected a numeric field, got ${problem.pathText}, which is not a number`;
    case 'emptyRange':
      return zh
        ? `应为下限小于上限的区间，实际为 ${problem.low}..${problem.high}`
        : `expected a range LOW..HIGH with LOW < HIGH, got ${problem.low}..${problem.high}`;
    case 'unknownMetric': {
      const hint = problem.similar.length > 0 ? problem.similar.join(', ') : '';
      return zh
        ? `应为本场景报告的指标${hint ? `（例如 ${hint}）` : ''}，实际为 ${show(problem.key)}`
        : `expected a metric this scenario reports${hint ? ` (such as ${hint})` : ''}, got ${show(problem.key)}`;
    }
    case 'unknownStatistic':
      return zh
        ? `应为以下统计量之一：${STATISTICS.join(', ')}，实际为 ${show(problem.given)}`
        : `expected one of the statistics ${STATISTICS.join(', ')}, got ${show(problem.given)}`;
    case 'badTarget':
      return zh
        ? `应为有限的目标值，实际为 ${problem.given}`
        : `expected a finite target value, got ${problem.given}`;
    case 'baseNotAPoint':
      return zh
        ? `应为扫描中的一个点（每个参数一个取值，共 ${problem.count} 个），实际为 ${problem.given.map(show).join(',')}`
        : `expected a point of the sweep (one listed value for each of its ${problem.count} parameter(s)), got ${problem.given.map(show).join(',')}`;
    default:
      return problem satisfies never;
  }
}
