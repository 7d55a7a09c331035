import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  flattenScenario,
  parseScenario,
  type PathSegment,
  type Scenario,
} from '../../../src/engine/index.ts';
import {
  EDITOR_GROUPS,
  fieldLabel,
  fundLabel,
  groupOf,
  OFFER_NAMES,
  pathHasPrefix,
} from '../../../src/ui/i18n/fieldLabels.ts';

const defaultJson: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
);
const programmeJson: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../../scenarios/hebei-2022-programme.json', import.meta.url), 'utf8'),
);
const programme = programmeJson.fundRaising as Record<string, Record<string, unknown>>;

function parsed(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.scenario;
}

const minimal = parsed({
  schemaVersion: 1,
  id: 't',
  name: { zh: '测', en: 't' },
  description: { zh: '测', en: 't' },
});

const fund = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: { zh: `基金${id}`, en: `Fund ${id}` },
  ...extra,
});

/** Every optional part switched on: guarantees, convertible loans, several funds of each kind. */
const rich = (variant: 'a' | 'b') =>
  parsed({
    ...defaultJson,
    sources: [],
    economy: {
      lpr1y: [
        { fromQuarter: 0, ratePerYear: 0.0365 },
        { fromQuarter: 4, ratePerYear: 0.0345 },
      ],
      lpr5y: [
        { fromQuarter: 0, ratePerYear: 0.043 },
        { fromQuarter: 8, ratePerYear: 0.042 },
      ],
    },
    firms: {
      industries: [
        { id: 'a', name: { zh: '甲', en: 'A' } },
        { id: 'b', name: { zh: '乙', en: 'B' } },
      ],
    },
    funds: {
      seedFund: {
        transferPricing:
          variant === 'a'
            ? { rule: 'atCost' }
            : { rule: 'costPlusInterest', interestRatePerYear: 0.04 },
      },
      angelFunds: [
        fund('angel-a', {
          saleToGuidanceFund: {
            pricing:
              variant === 'a'
                ? { rule: 'costPlusInterest', interestRatePerYear: 0.05 }
                : { rule: 'atCost' },
          },
        }),
        fund('angel-b', { waterfall: { type: 'dealByDeal' } }),
      ],
      techFunds: [fund('tech-a', { industryFocus: ['a', 'b'] }), fund('tech-b')],
      bankLinkedFunds: [fund('bank-a'), fund('bank-b')],
    },
    bank: {
      convertibleLoan: { enabled: true },
      tolerance: {
        response:
          variant === 'a'
            ? { rule: 'fixedCut', cutShare: 0.4 }
            : { rule: 'smooth', sensitivity: 10 },
      },
    },
    fiscal: {
      guarantee: {
        enabled: true,
        products: ['innovationPointsLoan', 'ipPledgeLoan', 'convertibleLoan'],
      },
    },
    // The programme with the other waterfall and pricing, and a tech offer with an industry focus.
    fundRaising: {
      ...programme,
      offerYears: [0, 1, 3],
      angel: {
        ...programme.angel,
        terms: {
          ...(programme.angel!.terms as object),
          waterfall: { type: 'dealByDeal' },
          saleToGuidanceFund: {
            pricing:
              variant === 'a'
                ? { rule: 'costPlusInterest', interestRatePerYear: 0.05 }
                : { rule: 'atCost' },
          },
        },
      },
      tech: {
        ...programme.tech,
        terms: { ...(programme.tech!.terms as object), industryFocus: ['a'] },
      },
      unspentBudget: 'returnToTreasury',
      proceeds: 'fundLaterVintages',
    },
  });

const SCENARIOS: [string, Scenario][] = [
  ['default (hebei-2022)', parsed(defaultJson)],
  ['programme preset (hebei-2022-programme)', parsed(programmeJson)],
  ['default with the programme added', parsed({ ...defaultJson, fundRaising: programme })],
  ['minimal', minimal],
  ['rich, variant a', rich('a')],
  ['rich, variant b', rich('b')],
];

const EXCLUDED = ['$schema', 'schemaVersion', 'id', 'name', 'description', 'sources'];
const isExcluded = (path: readonly PathSegment[]) => EXCLUDED.includes(String(path[0]));
const CJK = /[\u3400-\u9fff]/u;
const FUND_GROUPS = ['angelFunds', 'techFunds', 'bankLinkedFunds'];
const isOfferName = (s: PathSegment | undefined) => Object.hasOwn(OFFER_NAMES, String(s));

describe('EDITOR_GROUPS', () => {
  it('lists the institutions in order, with unique ids and bilingual labels', () => {
    expect(EDITOR_GROUPS.map((g) => g.id)).toEqual([
      'simulation',
      'firms',
      'seedFund',
      'angelFunds',
      'techFunds',
      'bankLinkedFunds',
      'guidanceFund',
      'fundRaising',
      'bank',
      'fiscal',
    ]);
    expect(EDITOR_GROUPS[0]!.label.zh).toBe('模拟与宏观');
    for (const group of EDITOR_GROUPS) {
      expect(group.label.zh).toMatch(CJK);
      expect(group.label.en).not.toMatch(CJK);
      expect(group.prefixes.length).toBeGreaterThan(0);
    }
  });

  it('puts 让利 with the guidance fund', () => {
    expect(groupOf(['concession', 'angelStageShare'])).toBe('guidanceFund');
    expect(groupOf(['funds', 'guidanceFund', 'capitalCNY'])).toBe('guidanceFund');
  });

  it('has every prefix match some field of the rich scenario', () => {
    const leaves = flattenScenario(rich('a'));
    for (const group of EDITOR_GROUPS) {
      for (const prefix of group.prefixes) {
        expect(
          leaves.some((l) => pathHasPrefix(l.path, prefix)),
          `${group.id}: ${prefix}`,
        ).toBe(true);
      }
    }
  });

  it('matches prefixes segment by segment, * for an index', () => {
    expect(pathHasPrefix(['funds', 'angelFunds', 3, 'gpShare'], 'funds.angelFunds.*')).toBe(true);
    expect(pathHasPrefix(['funds', 'angelFunds', '3', 'gpShare'], 'funds.angelFunds.*')).toBe(true);
    expect(pathHasPrefix(['funds', 'angelFunds'], 'funds.angelFunds.*')).toBe(false);
    expect(pathHasPrefix(['bank', 'enabled'], 'bankLinked')).toBe(false);
  });
});

describe('the fund-raising programme group', () => {
  it('holds every field of the programme, and nothing else', () => {
    expect(EDITOR_GROUPS.find((g) => g.id === 'fundRaising')).toMatchObject({
      label: { zh: '子基金募集计划', en: 'Fund-raising programme' },
      prefixes: ['fundRaising'],
    });
    expect(groupOf(['fundRaising', 'offerYears', 1])).toBe('fundRaising');
    expect(groupOf(['fundRaising', 'annualBudgetCNY'])).toBe('fundRaising');
    expect(groupOf(['fundRaising', 'angel', 'terms', 'commitmentCNY'])).toBe('fundRaising');
    expect(groupOf(['fundRaising', 'lpResponse', 'minCloseShare'])).toBe('fundRaising');
    // The listed sub-funds and the guidance fund keep their own groups.
    expect(groupOf(['funds', 'angelFunds', 0, 'commitmentCNY'])).toBe('angelFunds');
    expect(groupOf(['funds', 'guidanceFund', 'capitalCNY'])).toBe('guidanceFund');
    const leaves = flattenScenario(parsed(programmeJson)).filter(
      (l) => l.path[0] === 'fundRaising',
    );
    // 2 years, 3 offers (perYear and terms), budget, 2 choices, 10 LP parameters.
    expect(leaves.length).toBeGreaterThan(80);
    for (const leaf of leaves) expect(groupOf(leaf.path), leaf.pathText).toBe('fundRaising');
  });

  it('names an offer’s terms by the offer, apart from a listed fund’s fields', () => {
    const target = ['fundRaising', 'angel', 'terms', 'commitmentCNY'];
    expect(fieldLabel(target, 'zh')).toBe('天使子基金发起·目标认缴规模');
    expect(fieldLabel(target, 'en')).toBe('Angel offer: Target size');
    expect(fieldLabel(['funds', 'angelFunds', 0, 'commitmentCNY'], 'zh')).toBe('认缴规模');
    const share = ['fundRaising', 'bankLinked', 'terms', 'guidanceFundShare'];
    expect(fieldLabel(share, 'zh')).toBe('投贷联动子基金发起·引导基金出资比例');
    expect(fieldLabel(share, 'en')).toBe('Bank-linked offer: Guidance fund share');
    expect(fieldLabel(['fundRaising', 'tech', 'perYear'], 'zh')).toBe('科技子基金发起·每年支数');
    // Under the offer's own heading the prefix is left out; elsewhere it is kept.
    expect(fieldLabel(target, 'zh', { withoutOffer: true })).toBe('目标认缴规模');
    expect(fieldLabel(share, 'en', { withoutOffer: true })).toBe('Guidance fund share');
    expect(fieldLabel(['fiscal', 'guarantee', 'enabled'], 'zh', { withoutOffer: true })).toBe(
      '融资担保·启用',
    );
  });

  it('labels the year list, the budget, its choices and the LPs’ response', () => {
    expect(fieldLabel(['fundRaising', 'offerYears', 0], 'zh')).toBe('发起年份（第1项）');
    expect(fieldLabel(['fundRaising', 'offerYears', 2], 'en')).toBe('Offer year #3');
    expect(fieldLabel(['fundRaising', 'annualBudgetCNY'], 'zh')).toBe('年度认缴预算');
    expect(fieldLabel(['fundRaising', 'unspentBudget'], 'en')).toBe('Unspent budget');
    expect(fieldLabel(['fundRaising', 'proceeds'], 'zh')).toBe('引导基金回收资金');
    expect(fieldLabel(['fundRaising', 'angel', 'terms', 'vintageQuarter'], 'zh')).toBe(
      '天使子基金发起·年内发起季度',
    );
    const lp = ['fundRaising', 'lpResponse'];
    expect(fieldLabel([...lp, 'requiredReturnPerYear'], 'zh')).toBe('要求年化净收益率');
    expect(fieldLabel([...lp, 'requiredReturnPerYear'], 'en')).toBe('Required net return');
    expect(fieldLabel([...lp, 'minCloseShare'], 'zh')).toBe('最低募集比例');
    expect(fieldLabel([...lp, 'minCloseShare'], 'en')).toBe('Minimum close share');
  });
});

describe('groupOf', () => {
  it('leaves the file’s own fields out', () => {
    expect(groupOf(['$schema'])).toBeNull();
    expect(groupOf(['schemaVersion'])).toBeNull();
    expect(groupOf(['id'])).toBeNull();
    expect(groupOf(['name', 'zh'])).toBeNull();
    expect(groupOf(['description', 'en'])).toBeNull();
    expect(groupOf(['sources', 0, 'fields', 0])).toBeNull();
    expect(groupOf([])).toBeNull();
  });

  it('assigns fund fields to the fund’s kind', () => {
    expect(groupOf(['funds', 'seedFund', 'ticketCNY'])).toBe('seedFund');
    expect(groupOf(['funds', 'angelFunds', 0, 'name', 'zh'])).toBe('angelFunds');
    expect(groupOf(['funds', 'techFunds', 1, 'industryFocus', 0])).toBe('techFunds');
    expect(groupOf(['funds', 'bankLinkedFunds', 0, 'fees', 'afterRatePerYear'])).toBe(
      'bankLinkedFunds',
    );
    expect(groupOf(['fiscal', 'guarantee', 'products', 0])).toBe('fiscal');
    expect(groupOf(['economy', 'lpr5y', 0, 'fromQuarter'])).toBe('simulation');
  });
});

describe('fieldLabel', () => {
  it('gives the documented examples', () => {
    const angelShare = ['funds', 'angelFunds', 0, 'guidanceFundShare'];
    expect(fieldLabel(angelShare, 'zh')).toBe('引导基金出资比例');
    expect(fieldLabel(angelShare, 'en')).toBe('Guidance fund share');
    const graduation = ['firms', 'stages', 'ANGEL', 'graduationPerQuarter'];
    expect(fieldLabel(graduation, 'zh')).toBe('天使期·季度晋级概率');
    expect(fieldLabel(graduation, 'en')).toBe('ANGEL: graduation per quarter');
    const reGuarantor = ['fiscal', 'guarantee', 'reGuarantorShare'];
    expect(fieldLabel(reGuarantor, 'zh')).toBe('再担保分担比例');
    expect(fieldLabel(reGuarantor, 'en')).toBe('Re-guarantor loss share');
    expect(fieldLabel(['economy', 'lpr1y', 0, 'ratePerYear'], 'zh')).toBe(
      '1年期LPR（第1段）·年利率',
    );
    expect(fieldLabel(['bank', 'innovationPointsLoan', 'bands', 1, 'amountCNY'], 'zh')).toBe(
      '积分贷第2档·金额',
    );
  });

  it('names stages, products, incentives and positions', () => {
    expect(fieldLabel(['firms', 'stages', 'POC', 'failurePerQuarter'], 'zh')).toBe(
      '概念验证·季度失败概率',
    );
    expect(fieldLabel(['firms', 'arrivals', 'EARLY', 'meanPerQuarter'], 'zh')).toBe(
      '早中期·季度新进入企业数',
    );
    expect(fieldLabel(['firms', 'stages', 'GROWTH', 'graduationPerQuarter'], 'zh')).toBe(
      '成长期·季度上市(IPO)概率',
    );
    expect(fieldLabel(['bank', 'linkageLoan', 'lossGivenDefaultShare'], 'zh')).toBe(
      '投贷联动贷款·违约损失率',
    );
    expect(fieldLabel(['bank', 'ipPledgeLoan', 'maxPerFirmCNY'], 'zh')).toBe(
      '知识产权质押贷·单户贷款上限',
    );
    expect(fieldLabel(['bank', 'convertibleLoan', 'enabled'], 'en')).toBe(
      'Convertible loan: offered',
    );
    expect(fieldLabel(['fiscal', 'guarantee', 'enabled'], 'zh')).toBe('融资担保·启用');
    expect(fieldLabel(['fiscal', 'unicornInterestSubsidy', 'lprShare'], 'zh')).toBe(
      '独角兽贴息·贴息占LPR比例',
    );
    expect(fieldLabel(['economy', 'lpr5y', 2, 'fromQuarter'], 'en')).toBe(
      '5-year LPR step 3: from quarter',
    );
    expect(fieldLabel(['funds', 'angelFunds', 0, 'stageFocus', 1], 'zh')).toBe('投资阶段（第2项）');
    expect(fieldLabel(['funds', 'angelFunds', 0, 'stageFocus'], 'zh')).toBe('投资阶段');
    expect(fieldLabel(['funds', 'techFunds', 0, 'waterfall', 'carryShare'], 'zh')).toBe(
      '业绩报酬(附带权益)比例',
    );
    expect(fieldLabel(['bank', 'tolerance', 'dueDiligenceExemptionShare'], 'zh')).toBe(
      '尽职免责附加容忍度',
    );
  });

  it('reads indices given as text, as in a dotted path', () => {
    const dotted = 'bank.innovationPointsLoan.bands.1.amountCNY'.split('.');
    expect(fieldLabel(dotted, 'zh')).toBe('积分贷第2档·金额');
    expect(fieldLabel(dotted, 'en')).toBe('Points loan band 2: amount');
  });

  it('tells arrival rounds from graduation rounds', () => {
    const arrival = fieldLabel(['firms', 'arrivals', 'POC', 'raisedShareOfPostMoney'], 'zh');
    const round = fieldLabel(['firms', 'stages', 'POC', 'round', 'raisedShareOfPostMoney'], 'zh');
    expect(arrival).not.toBe(round);
  });
});

describe.each(SCENARIOS)('every field of the %s scenario', (_name, scenario) => {
  const leaves = flattenScenario(scenario);
  const edited = leaves.filter((l) => !isExcluded(l.path));

  it('has fields to check', () => {
    expect(edited.length).toBeGreaterThan(100);
  });

  it('belongs to exactly one group, or to none if it describes the file', () => {
    for (const leaf of leaves) {
      const matching = EDITOR_GROUPS.filter((g) =>
        g.prefixes.some((p) => pathHasPrefix(leaf.path, p)),
      );
      if (isExcluded(leaf.path)) {
        expect(groupOf(leaf.path), leaf.pathText).toBeNull();
        expect(matching, leaf.pathText).toHaveLength(0);
      } else {
        expect(matching, leaf.pathText).toHaveLength(1);
        expect(groupOf(leaf.path), leaf.pathText).toBe(matching[0]!.id);
      }
    }
  });

  it('has a short Chinese label with CJK characters and a short English one without', () => {
    for (const leaf of edited) {
      const zh = fieldLabel(leaf.path, 'zh');
      const en = fieldLabel(leaf.path, 'en');
      expect(zh, leaf.pathText).toMatch(CJK);
      expect(en.trim(), leaf.pathText).not.toBe('');
      expect(en, leaf.pathText).not.toMatch(CJK);
      // An offer's fields are shown under the offer's heading, without its name: that is what
      // has to be short; the full label (search, change lists) is the offer's name and it.
      const offer = leaf.path[0] === 'fundRaising' && isOfferName(leaf.path[1]);
      const shownZh = offer ? fieldLabel(leaf.path, 'zh', { withoutOffer: true }) : zh;
      const shownEn = offer ? fieldLabel(leaf.path, 'en', { withoutOffer: true }) : en;
      if (offer) {
        const name = OFFER_NAMES[leaf.path[1] as keyof typeof OFFER_NAMES];
        expect(zh, leaf.pathText).toBe(`${name.zh}·${shownZh}`);
        expect(en, leaf.pathText).toBe(`${name.en}: ${shownEn}`);
      }
      expect([...shownZh].length, `${leaf.pathText}: ${shownZh}`).toBeLessThanOrEqual(18);
      expect(shownEn.length, `${leaf.pathText}: ${shownEn}`).toBeLessThanOrEqual(40);
    }
  });

  it('gives different fields of one group (and one fund) different labels', () => {
    for (const locale of ['zh', 'en'] as const) {
      const seen = new Map<string, string>();
      for (const leaf of edited) {
        const group = groupOf(leaf.path)!;
        const owner = FUND_GROUPS.includes(group) ? `${group}[${String(leaf.path[2])}]` : group;
        const key = `${owner} ${fieldLabel(leaf.path, locale)}`;
        expect(seen.get(key) ?? leaf.pathText, `${locale} ${key}`).toBe(leaf.pathText);
        seen.set(key, leaf.pathText);
        // Under an offer's heading too, without the offer's name.
        if (group === 'fundRaising' && isOfferName(leaf.path[1])) {
          const shown = `${String(leaf.path[1])} ${fieldLabel(leaf.path, locale, { withoutOffer: true })}`;
          expect(seen.get(shown) ?? leaf.pathText, `${locale} ${shown}`).toBe(leaf.pathText);
          seen.set(shown, leaf.pathText);
        }
      }
    }
  });
});

describe('fundLabel', () => {
  it('uses the fund’s own name, or its kind when the name is missing', () => {
    expect(fundLabel('angel', { zh: '天使投资子基金一', en: 'Angel sub-fund 1' }, 'zh')).toBe(
      '天使投资子基金一',
    );
    expect(fundLabel('tech', { zh: '科技', en: 'Tech A' }, 'en')).toBe('Tech A');
    expect(fundLabel('bankLinked', undefined, 'zh')).toBe('投贷联动子基金');
    expect(fundLabel('bankLinked', { zh: ' ', en: '' }, 'en')).toBe('Bank-linked sub-fund');
  });
});

describe('fieldLabel on fields it does not know', () => {
  it('falls back to the field name, never to an inherited property', () => {
    expect(fieldLabel(['bank', 'constructor'], 'zh')).toBe('constructor');
    expect(fieldLabel(['bank', 'someNewField'], 'en')).toBe('Some new field');
    expect(fieldLabel([], 'zh')).toBe('');
  });
});
