import { describe, expect, it } from 'vitest';
import type { ScenarioIssue } from '../../../src/engine/index.ts';
import { fieldIssueMessage, inputProblemMessage } from '../../../src/ui/editor/fieldMessage.ts';

const issue = (over: Partial<ScenarioIssue>): ScenarioIssue => ({
  code: 'tooBig',
  key: 'scenario.tooBig',
  path: ['concession', 'angelStageShare'],
  pathText: 'concession.angelStageShare',
  params: { bound: 1, inclusive: true, unit: 'share' },
  received: '1.4',
  ...over,
});

describe('a field’s problem in the units the user typed', () => {
  it.each([
    // issue, unit, Chinese, English
    [issue({}), 'share', '应不大于 100%（输入为 140%）', 'Must be at most 100% (you entered 140%)'],
    [
      issue({ code: 'tooSmall', params: { bound: 0, inclusive: true }, received: '-0.05' }),
      'share',
      '应不小于 0%（输入为 −5%）',
      'Must be at least 0% (you entered −5%)',
    ],
    [
      // 1 trillion yuan is 100,000,000 万元, or 1,000,000 CNY m
      issue({ params: { bound: 1e12, inclusive: true }, received: '2000000000000' }),
      'CNY',
      '应不大于 100,000,000 万元（输入为 200,000,000 万元）',
      'Must be at most 1,000,000 CNY m (you entered 2,000,000 CNY m)',
    ],
    [
      issue({ code: 'notInteger', params: {}, received: '2.5' }),
      'quarters',
      '应为整数（输入为 2.5 季）',
      'Must be a whole number (you entered 2.5 quarters)',
    ],
    [
      issue({
        code: 'ruleBroken',
        path: ['funds', 'angelFunds', 1, 'id'],
        pathText: 'funds.angelFunds[1].id',
        params: { rule: 'uniqueIds' },
        received: '"angel-1"',
      }),
      undefined,
      '代码 “angel-1” 已被另一支基金（或行业）使用：每支基金、每个行业须有自己的代码',
      'The id “angel-1” is already used by another fund (or industry): each needs its own',
    ],
    [
      issue({ code: 'ruleBroken', params: { rule: 'investorSharesAtMostOne' }, received: '1.2' }),
      'share',
      '引导基金与管理人（GP）出资比例之和不能超过 100%（输入为 120%）',
      'The guidance fund’s and the GP’s shares add up to more than 100% (you entered 120%)',
    ],
    // The fund-raising programme: a share of 150%, its year list and its offers' rules.
    [
      issue({
        path: ['fundRaising', 'lpResponse', 'minCloseShare'],
        pathText: 'fundRaising.lpResponse.minCloseShare',
        received: '1.5',
      }),
      'share',
      '应不大于 100%（输入为 150%）',
      'Must be at most 100% (you entered 150%)',
    ],
    [
      issue({
        code: 'ruleBroken',
        path: ['fundRaising', 'offerYears'],
        pathText: 'fundRaising.offerYears',
        params: { rule: 'uniqueIds' },
        received: '[0,0,3]',
      }),
      undefined,
      '每个发起年份只能出现一次（输入为 0、0、3）',
      'Each offer year may appear only once (you entered 0, 0, 3)',
    ],
    [
      issue({
        code: 'ruleBroken',
        path: ['fundRaising', 'offerYears', 1],
        pathText: 'fundRaising.offerYears[1]',
        params: { rule: 'offerWithinHorizon' },
        received: '20',
      }),
      undefined,
      '发起年份应在模拟期内（从 0 起算，小于模拟年限）（输入为 20）',
      'An offer year must lie within the horizon (from 0, below the horizon in years) (you entered 20)',
    ],
    [
      issue({
        code: 'ruleBroken',
        path: ['fundRaising', 'angel', 'terms', 'vintageQuarter'],
        pathText: 'fundRaising.angel.terms.vintageQuarter',
        params: { rule: 'quarterWithinYear', unit: 'quarters' },
        received: '5',
      }),
      'quarters',
      '年内发起季度应为 0–3（输入为 5 季）',
      'The quarter within the year must be 0 to 3 (you entered 5 quarters)',
    ],
    [
      issue({ code: 'notOneOf', params: { options: '"european", "dealByDeal"' }, received: '"x"' }),
      undefined,
      '应为以下之一：整体分配（欧式）、逐项目分配（美式）',
      'Must be one of: Whole fund (European), Deal by deal (American)',
    ],
  ] as const)('%#: %s', (i, unit, zh, en) => {
    expect(fieldIssueMessage(i, unit, 'zh')).toBe(zh);
    expect(fieldIssueMessage(i, unit, 'en')).toBe(en);
  });

  it('never names the raw path: the field is beside the message', () => {
    const text = fieldIssueMessage(
      issue({ code: 'wrongVersion', params: { expected: 1 } }),
      undefined,
      'zh',
    );
    expect(text).not.toContain('concession.angelStageShare');
  });

  it.each([
    [{ kind: 'empty' }, 'share', '请填写数值，例如 60%', 'Enter a number, e.g. 60%'],
    [
      { kind: 'notANumber', text: '五千' },
      'CNY',
      '无法识别 “五千”：请填写数字，例如 60 万元',
      '“五千” is not a number: enter one such as 60 CNY m',
    ],
    [
      { kind: 'tooLarge', text: '1e309' },
      'count',
      '“1e309” 超出可计算的范围',
      '“1e309” is too large to compute with',
    ],
    [
      { kind: 'wrongUnit', text: '60%', typed: '%' },
      'CNY',
      '此项的单位是 万元，不能用 “%”',
      'This field is in CNY m, not “%”',
    ],
  ] as const)('typing problem %j', (problem, unit, zh, en) => {
    expect(inputProblemMessage(problem, unit, 'zh')).toBe(zh);
    expect(inputProblemMessage(problem, unit, 'en')).toBe(en);
  });
});
