import { describe, expect, it } from 'vitest';
import { describeMetric, parseScenario, type Scenario } from '../../../src/engine/index.ts';
import {
  bankGroups,
  fiscalOutcomeGroups,
  guidanceBudgetGroups,
  guidanceBudgetNote,
  treasuryGroups,
} from '../../../src/ui/dashboard/metricTables.ts';
import { METRIC_DEFINITIONS_ZH } from '../../../src/ui/i18n/metricDefinitions.ts';
import { PRESETS } from '../../../src/ui/state/presets.ts';

const scenario: Scenario = PRESETS.find((p) => p.id === 'hebei-2022')!.scenario;
const keysOf = (groups: { rows: readonly { key: string }[] }[]) =>
  groups.flatMap((g) => g.rows.map((r) => r.key));
const ALL = [
  ...keysOf(fiscalOutcomeGroups('zh')),
  ...keysOf(treasuryGroups()),
  ...keysOf(guidanceBudgetGroups()),
  ...keysOf(bankGroups('zh', scenario)),
];

describe('the dashboard’s metric tables', () => {
  it.each(ALL)('%s is in the catalog and has a Chinese definition', (key) => {
    expect(describeMetric(key)).not.toBeNull();
    expect(METRIC_DEFINITIONS_ZH[key]).toBeDefined();
  });

  it('shows the chain and the programmes on their own bases', () => {
    const [chain, programmes] = fiscalOutcomeGroups('en');
    expect(chain!.rows.map((r) => r.key)).toEqual([
      'chain.fiscalSpentCNY',
      'chain.privateCapitalCNY',
      'bank.chainFirstLoans',
      'bank.chainFirstLoansCNY',
      'bank.chainNewCreditCNY',
      'chain.leveragePrivate',
      'chain.leverageBankCredit',
      'chain.leverage',
      'chain.netCostCashPVCNY',
      'chain.netCostWithNavPVCNY',
      'chain.madeNetGain',
      'chain.netGainCNY',
      'chain.costPerBackedFirmCNY',
      'chain.costPerBackedListingCNY',
    ]);
    expect(programmes!.rows.map((r) => r.key)).toEqual([
      'programmes.fiscalSpentCNY',
      'bank.programmeNewCreditCNY',
      'programmes.leverageBankCredit',
      'programmes.netCostPVCNY',
      'programmes.firmsReached',
      'programmes.costPerFirmReachedCNY',
    ]);
  });

  it('puts undefined costs per outcome down to the chain’s gain, via chain.madeNetGain', () => {
    const rows = fiscalOutcomeGroups('en')[0]!.rows;
    for (const key of ['chain.costPerBackedFirmCNY', 'chain.costPerBackedListingCNY'])
      expect(rows.find((r) => r.key === key)?.undefinedBecause).toMatchObject({
        reason: 'chainGain',
        indicator: 'chain.madeNetGain',
      });
    expect(describeMetric('chain.madeNetGain')?.unit).toBe('indicator');
  });

  it.each([
    // minBookCNY of the scenario, note in Chinese and English
    [
      100_000_000,
      '只计贷款余额不低于 1 亿元的季度。',
      'Over quarters with a book of at least CNY 100 m.',
    ],
    [
      50_000_000,
      '只计贷款余额不低于 5,000 万元的季度。',
      'Over quarters with a book of at least CNY 50 m.',
    ],
  ])('states the book the NPL peak is taken over: %s', (minBookCNY, zh, en) => {
    const s = { ...scenario, bank: { ...scenario.bank, reporting: { minBookCNY } } };
    const peak = (locale: 'zh' | 'en') =>
      bankGroups(locale, s)[0]!.rows.find((r) => r.key === 'bank.nplRatioPeak');
    expect(peak('zh')?.note).toBe(zh);
    expect(peak('en')?.note).toBe(en);
    expect(peak('en')?.undefinedBecause).toEqual({ reason: 'smallBook' });
  });

  it('gives the peak no note without a scenario', () => {
    expect(bankGroups('en', null)[0]!.rows.find((r) => r.key === 'bank.nplRatioPeak')?.note).toBe(
      undefined,
    );
  });
});

describe('guidanceBudgetNote', () => {
  // The default scenario: capital CNY 1 bn, 30% set aside for purchases = CNY 300 m.
  it.each([
    ['zh', '引导基金规模 10 亿元，其中 30%（3 亿元）预留用于收购天使子基金转让的股权'],
    ['en', 'of its CNY 1 bn, 30% (CNY 300 m) is set aside to buy stakes from angel sub-funds'],
  ] as const)('gives the capital and the purchase budget (%s)', (locale, text) => {
    expect(scenario.funds.guidanceFund.capitalCNY).toBe(1e9);
    expect(guidanceBudgetNote(locale, scenario)).toContain(text);
  });

  it('follows the scenario: CNY 2 bn with 10% set aside is CNY 200 m', () => {
    const parsed = parseScenario({
      ...scenario,
      funds: {
        ...scenario.funds,
        guidanceFund: {
          ...scenario.funds.guidanceFund,
          capitalCNY: 2e9,
          stakePurchaseBudgetShare: 0.1,
        },
      },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(guidanceBudgetNote('en', parsed.scenario)).toContain('of its CNY 2 bn, 10% (CNY 200 m)');
  });

  it.each(['zh', 'en'] as const)('still explains the budget without a scenario (%s)', (locale) => {
    expect(guidanceBudgetNote(locale, null)).toMatch(/引导基金的资金是硬约束|capital binds/);
  });
});
