import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SCENARIO_ISSUE_CODES,
  formatScenarioIssue,
  parseScenario,
  resolveScenario,
  type ScenarioIssue,
} from '../../../src/engine/index.ts';

const scenariosDir = new URL('../../../scenarios/', import.meta.url);

const minimal = () => ({
  schemaVersion: 1,
  id: 'test',
  name: { zh: '测试', en: 'Test' },
  description: { zh: '测试场景', en: 'A test scenario' },
});

function issuesOf(input: unknown): ScenarioIssue[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.issues;
}

describe('parseScenario', () => {
  const files = readdirSync(scenariosDir).filter(
    (f) => f.endsWith('.json') && !f.includes('schema'),
  );
  const presets = new Map<string, unknown>(
    files.map((f) => [
      f.replace(/\.json$/, ''),
      JSON.parse(readFileSync(new URL(f, scenariosDir), 'utf8')),
    ]),
  );
  it.each(files)(
    'accepts the scenario file %s (derived files resolved against the others)',
    (file) => {
      const result = resolveScenario(presets.get(file.replace(/\.json$/, '')), presets);
      if (!result.ok) expect(result.issues.map((i) => formatScenarioIssue(i, 'en'))).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it('fills every documented default into a minimal scenario', () => {
    const result = parseScenario(minimal());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.simulation).toEqual({ trials: 1000, seed: 2022, years: 15 });
    expect(result.scenario.concession.angelStageShare).toBe(0.4);
    expect(result.scenario.concession.earlyStageShare).toBe(0.3);
    expect(result.scenario.fiscal.guarantee).toMatchObject({
      guarantorShare: 0.4,
      reGuarantorShare: 0.3,
      bankShare: 0.2,
      governmentShare: 0.1,
    });
  });

  it('lists ten different mistakes as ten clear errors, each with its path, expectation and value', () => {
    const file = {
      ...minimal(),
      schemaVersion: 7, // 1 wrong version
      id: 'Hebei 2022', // 2 bad identifier
      simulation: { trials: 0, seed: 1.5, years: 15 }, // 3 too few trials, 4 seed not whole
      concession: { angelStageShare: 1.4, earlyStagShare: 0.3 }, // 5 share > 1, 6 typo
      funds: {
        seedFund: { commitmentCNY: -50_000_000, transferPricing: { rule: 'free' } }, // 7 negative money, 8 unknown rule
        angelFunds: [{ id: 'a', name: { zh: '甲', en: 'A' }, lifeYears: 'ten' }], // 9 wrong type
      },
      bank: { tolerance: { nplToleranceShare: null } }, // 10 null instead of a number
    };
    const issues = issuesOf(file);
    expect(issues.map((i) => [i.pathText, i.code, i.received])).toEqual([
      ['schemaVersion', 'wrongVersion', '7'],
      ['id', 'badFormat', '"Hebei 2022"'],
      ['simulation.trials', 'tooSmall', '0'],
      ['simulation.seed', 'notInteger', '1.5'],
      ['funds.seedFund.commitmentCNY', 'tooSmall', '-50000000'],
      ['funds.seedFund.transferPricing.rule', 'notOneOf', '"free"'],
      ['funds.angelFunds[0].lifeYears', 'wrongType', '"ten"'],
      ['concession.angelStageShare', 'tooBig', '1.4'],
      ['concession.earlyStagShare', 'unknownKey', '0.3'],
      ['bank.tolerance.nplToleranceShare', 'wrongType', 'null'],
    ]);
    const english = issues.map((i) => formatScenarioIssue(i, 'en'));
    expect(english).toContain(
      'concession.angelStageShare: expected a number ≤ 1 (a share: 0.4 means 40%), got 1.4',
    );
    expect(english).toContain(
      'funds.seedFund.commitmentCNY: expected a number ≥ 0 (in yuan), got -50000000',
    );
    expect(english).toContain(
      'funds.seedFund.transferPricing.rule: expected one of "atCost", "costPlusInterest", "roundPriceDiscount", got "free"',
    );
    expect(formatScenarioIssue(issues[7]!, 'zh')).toBe(
      'concession.angelStageShare：应为 不大于 1 的数（比例：0.4 表示 40%），实际为 1.4',
    );
  });

  it.each([
    ['NaN', Number.NaN, 'notFinite'],
    ['Infinity', Number.POSITIVE_INFINITY, 'notFinite'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'notFinite'],
    ['a negative amount of money', -1, 'tooSmall'],
  ] as const)('rejects %s as an amount of money', (_label, value, code) => {
    const issues = issuesOf({
      ...minimal(),
      fiscal: { riskCompensation: { annualFundingCNY: value } },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ pathText: 'fiscal.riskCompensation.annualFundingCNY', code });
  });

  it.each([1.0001, 2, 40, -0.1])('rejects a share of %s', (value) => {
    const issues = issuesOf({ ...minimal(), concession: { earlyStageShare: value } });
    expect(issues.map((i) => i.pathText)).toEqual(['concession.earlyStageShare']);
  });

  it('rejects unknown keys at every depth, one error per key', () => {
    const issues = issuesOf({
      ...minimal(),
      colour: 'red',
      bank: { linkageLoan: { teller: 'x', cashier: 'y' } },
    });
    expect(issues.map((i) => [i.pathText, i.code])).toEqual([
      ['bank.linkageLoan.teller', 'unknownKey'],
      ['bank.linkageLoan.cashier', 'unknownKey'],
      ['colour', 'unknownKey'],
    ]);
  });

  it('reports text that is not JSON as such', () => {
    const issues = issuesOf('{"schemaVersion": 1,');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('invalidJson');
    expect(formatScenarioIssue(issues[0]!, 'en')).toMatch(/^\(root\): expected valid JSON/);
  });

  it('reports a missing required field as missing', () => {
    const { name: _name, ...withoutName } = minimal();
    expect(issuesOf(withoutName).map((i) => [i.pathText, i.code, i.received])).toEqual([
      ['name', 'missing', 'missing'],
    ]);
  });

  it('checks cross-field rules with the value that breaks them', () => {
    const issues = issuesOf({
      ...minimal(),
      fiscal: { guarantee: { guarantorShare: 0.5 } },
      funds: {
        angelFunds: [
          {
            id: 'a',
            name: { zh: '甲', en: 'A' },
            guidanceFundShare: 0.8,
            gpShare: 0.3,
            investmentPeriodYears: 8,
            lifeYears: 6,
          },
        ],
      },
      economy: {
        lpr1y: [
          { fromQuarter: 0, ratePerYear: 0.03 },
          { fromQuarter: 0, ratePerYear: 0.031 },
        ],
      },
    });
    expect(issues.map((i) => [i.pathText, i.params.rule, i.received])).toEqual([
      ['economy.lpr1y[1].fromQuarter', 'stepsIncreasing', '0'],
      ['funds.angelFunds[0].gpShare', 'investorSharesAtMostOne', '1.1'],
      ['funds.angelFunds[0].lifeYears', 'lifeAtLeastInvestmentPeriod', '6'],
      ['fiscal.guarantee', 'lossSharesSumToOne', '1.1'],
    ]);
    expect(formatScenarioIssue(issues[3]!, 'en')).toBe(
      'fiscal.guarantee: expected loss shares that add up to 1, got 1.1',
    );
  });

  it('rejects a citation of a field that does not exist', () => {
    const issues = issuesOf({
      ...minimal(),
      sources: [
        {
          fields: ['concession.angelStageShare', 'concession.angleStageShare'],
          document: 'x',
          clause: 'y',
        },
      ],
    });
    expect(issues.map((i) => [i.pathText, i.code])).toEqual([
      ['sources[0].fields[1]', 'unknownField'],
    ]);
  });

  it('has a message for every issue code in Chinese and in English', () => {
    for (const code of SCENARIO_ISSUE_CODES) {
      const issue: ScenarioIssue = {
        code,
        key: `scenario.${code}`,
        path: ['a'],
        pathText: 'a',
        params: {
          bound: 1,
          inclusive: true,
          expected: 'number',
          options: '"x"',
          rule: 'uniqueIds',
          detail: 'd',
          format: 'regex',
          pattern: '',
          count: 3,
        },
        received: '2',
      };
      const zh = formatScenarioIssue(issue, 'zh');
      const en = formatScenarioIssue(issue, 'en');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      // The count of issues left unlisted is no field: it reads as a line of its own.
      if (code === 'moreIssues') expect(en).toBe('… and 3 more problems not listed');
      else expect(en).toMatch(/^a: expected .+, got 2$/);
    }
  });
});
