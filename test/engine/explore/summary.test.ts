import { describe, expect, it } from 'vitest';
import {
  buildComparisonResult,
  parseScenario,
  parseScenarioPath,
  planSeek,
  planSweep,
  runSeek,
  runSweep,
  summarizeComparison,
  summarizeSeek,
  summarizeSweep,
  summarySentence,
  type ParameterValue,
  type Scenario,
  type SummaryItem,
} from '../../../src/engine/index.ts';
import { smallScenario } from '../../workers/smallScenario.ts';
import { noise, syntheticRunner, type SyntheticModel } from './syntheticRunner.ts';

const path = (text: string) => {
  const parsed = parseScenarioPath(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.path;
};

function scenario(trials = 200, change: (json: Scenario) => Scenario = (s) => s): Scenario {
  const s = smallScenario();
  const parsed = parseScenario(change({ ...s, simulation: { ...s.simulation, trials } }));
  if (!parsed.ok) throw new Error('the scenario does not parse');
  return parsed.scenario;
}

/** Loans rise with τ by CNY 50M a point of τ; losses move by noise alone; listings never. */
const model: SyntheticModel = (s, t) => ({
  'bank.loansCNY': 1e9 + 5e9 * s.bank.tolerance.nplToleranceShare + 1e7 * noise(t),
  'bank.lossCNY': 1e8 + 1e6 * noise(t) * (1 + s.bank.tolerance.nplToleranceShare),
  'firms.listed': 10,
  'angelFunds.privateLP.irr': 0.05 + 0.05 * s.concession.angelStageShare + 0.002 * noise(t),
});

/** Spending 100 m a unit of concession; private capital 0.86 of it, with noise; firms 10 a unit. */
const bought: SyntheticModel = (s, t) => ({
  'treasury.spentCNY': 1e8 * s.concession.angelStageShare + 1e6 * noise(t),
  'treasury.netCostCashPVCNY': 1e6 * noise(t + 5),
  'fundRaising.privateCapitalRaisedCNY':
    8.6e7 * s.concession.angelStageShare + 1e6 * noise(t) * (1 + s.concession.angelStageShare),
  'firms.supported': 10 * s.concession.angelStageShare + noise(t + 2),
});

describe('summarySentence', () => {
  const changes = [
    {
      label: { zh: '天使阶段让利比例', en: 'angel-stage concession share' },
      unit: 'share' as const,
      from: 0.4,
      to: 0.6,
    },
  ];
  const items: SummaryItem[] = [
    {
      key: 'treasury.netCostCashPVCNY',
      statistic: 'mean',
      difference: { value: 17_020_000, stderr: 1_050_000, paired: true },
    },
    {
      key: 'angelFunds.privateLP.irr',
      statistic: 'p50',
      difference: { value: 0.0024, stderr: 0.0003, paired: false },
    },
    {
      key: 'bank.lossCNY',
      statistic: 'mean',
      difference: { value: 100_000, stderr: 80_000, paired: true },
    },
    { key: 'firms.listed', statistic: 'mean', difference: { value: 0, stderr: 0, paired: true } },
  ];

  it('says in Chinese what changed and by how much each metric moved, ± its standard error', () => {
    expect(summarySentence(changes, items, 'zh')).toBe(
      '天使阶段让利比例从 40% 提高到 60%：财政净成本（现金，现值）均值增加 1,702 万元（±105 万元），' +
        '天使投资子基金·社会出资人 IRR 中位数提高 0.24 个百分点（±0.03），' +
        '贷款损失均值的变化与零无法区分（+10 万元，±8 万元），上市企业数均值不变。',
    );
  });

  it('says the same in English, a difference within two standard errors not distinguishable from zero', () => {
    expect(summarySentence(changes, items, 'en')).toBe(
      'Raising the angel-stage concession share from 40% to 60%: ' +
        'the mean of treasury net cost, cash (PV) rises by CNY 17.0m (±1.1m); ' +
        'the median of angel sub-funds, private LPs: IRR rises by 0.24 percentage points (±0.03); ' +
        'the mean of loan losses is not distinguishable from zero (+CNY 0.10m ±0.08m); ' +
        'the mean of firms listed is unchanged.',
    );
  });
});

describe('summaries built from results', () => {
  const metrics = ['bank.loansCNY', 'bank.lossCNY', 'firms.listed'];

  async function sweep(values: ParameterValue[], base?: ParameterValue) {
    const planned = planSweep({
      scenario: scenario(),
      parameters: [{ path: path('bank.tolerance.nplToleranceShare'), values }],
      ...(base === undefined ? {} : { base: [base] }),
    });
    if (!planned.ok) throw new Error('the sweep was refused');
    const outcome = await runSweep(planned.plan, syntheticRunner(model).run);
    if (!outcome.ok) throw new Error('the sweep failed');
    return outcome.result;
  }

  it('a sweep: from the base to the far end, the loans’ rise and its paired standard error', async () => {
    const result = await sweep([0.015, 0.03, 0.045, 0.06]);
    const [zh] = summarizeSweep(result, 'zh', { metrics });
    // 5e9 × 0.045 = CNY 225M exactly: the noise is common to both ends, so the paired s.e. is 0.
    expect(zh).toBe(
      '不良容忍度 τ 从 1.5% 提高到 6%：贷款发放额均值增加 2.25 亿元（±0 亿元），' +
        '贷款损失均值的变化与零无法区分（+0.1 万元，±0.2 万元），上市企业数均值不变。',
    );
    expect(summarizeSweep(result, 'en', { metrics })[0]).toMatch(
      /^Raising the NPL tolerance τ from 1\.5% to 6%: the mean of loans made rises by CNY 225m \(±0m\); the mean of loan losses is not distinguishable from zero/,
    );
  });

  it('a sweep: with spending moving, what each extra yuan went with, point against base', async () => {
    const planned = planSweep({
      scenario: scenario(),
      parameters: [{ path: path('concession.angelStageShare'), values: [0.4, 0.6] }],
    });
    if (!planned.ok) throw new Error('the sweep was refused');
    const outcome = await runSweep(planned.plan, syntheticRunner(bought).run);
    if (!outcome.ok) throw new Error('the sweep failed');
    const [zh] = summarizeSweep(outcome.result, 'zh', { metrics: [] });
    expect(zh).toMatch(
      /。每多支出 1 元财政资金：募集社会资本 \+0\.86\d* 元（±0\.\d+），支持企业 \+10\.0 家\/亿元（±0）。$/,
    );
  });

  it('a sweep whose base lies inside: one sentence towards each end', async () => {
    const result = await sweep([0.015, 0.03, 0.06], 0.03);
    const sentences = summarizeSweep(result, 'zh', { metrics: ['bank.loansCNY'] });
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(/^不良容忍度 τ 从 3% 降低到 1\.5%：贷款发放额均值减少 7,500 万元/);
    expect(sentences[1]).toMatch(
      /^不良容忍度 τ 从 3% 提高到 6%：贷款发放额均值增加 1\.50 亿元（±0 亿元）。$/,
    );
  });

  it('a comparison: the parameters that differ, read from b to a, and the paired differences', async () => {
    const a = scenario(200, (s) => ({
      ...s,
      concession: { ...s.concession, angelStageShare: 0.6 },
    }));
    const b = scenario();
    const { run } = syntheticRunner(model);
    const outcome = await run({ scenario: a, compareWith: b }, () => {});
    if (!outcome.ok) throw new Error('the comparison failed');
    const result = buildComparisonResult(a, b, outcome.summary, outcome.info);
    const zh = summarizeComparison(result, a, b, 'zh', { metrics: ['angelFunds.privateLP.irr'] });
    expect(zh).toBe(
      '天使阶段让利比例从 40% 提高到 60%：天使投资子基金·社会出资人 IRR 均值提高 1.00 个百分点（±0）。',
    );
    const many = scenario(200, (s) => ({
      ...s,
      concession: { ...s.concession, angelStageShare: 0.6, earlyStageShare: 0.2 },
      bank: {
        ...s.bank,
        approvalShare: 0.7,
        tolerance: { ...s.bank.tolerance, nplToleranceShare: 0.02 },
      },
    }));
    const other = buildComparisonResult(many, b, outcome.summary, outcome.info);
    expect(summarizeComparison(other, many, b, 'en', { metrics: [] })).toMatch(
      /^From “.+” to “.+” \(4 parameters differ\): \.$/,
    );
    // A field outside the plausible-range catalog: by its path, or by the label the caller gives.
    const off = scenario(200, (s) => ({ ...s, concession: { ...s.concession, enabled: false } }));
    const offResult = buildComparisonResult(off, b, outcome.summary, outcome.info);
    expect(summarizeComparison(offResult, off, b, 'zh', { metrics: [] })).toMatch(
      /^concession\.enabled 从 开 改为 关/,
    );
    const fieldLabel = (pathText: string) =>
      pathText === 'concession.enabled' ? { zh: '启用让利', en: 'Concession on' } : null;
    expect(summarizeComparison(offResult, off, b, 'zh', { metrics: [], fieldLabel })).toMatch(
      /^启用让利从 开 改为 关/,
    );
  });

  it('a comparison in which spending differs: what each extra yuan of it went with', async () => {
    const a = scenario(200, (s) => ({
      ...s,
      concession: { ...s.concession, angelStageShare: 0.6 },
    }));
    const b = scenario();
    const outcome = await syntheticRunner(bought).run({ scenario: a, compareWith: b }, () => {});
    if (!outcome.ok) throw new Error('the comparison failed');
    const result = buildComparisonResult(a, b, outcome.summary, outcome.info);
    const zh = summarizeComparison(result, a, b, 'zh', { metrics: [] });
    expect(zh).toMatch(
      /。每多支出 1 元财政资金：募集社会资本 \+0\.86\d* 元（±0\.\d+），支持企业 \+10\.0 家\/亿元（±0）。$/,
    );
    const en = summarizeComparison(result, a, b, 'en', { metrics: [] });
    expect(en).toMatch(
      /\. Per extra yuan of treasury spending: \+0\.86\d* yuan of private capital raised \(±0\.\d+\), \+10\.0 firms backed per CNY 100m \(±0\)\.$/,
    );
    // Net cost is the same in both (no ratio), spending is not: the sentence reads spending.
    expect(result.perFiscalYuan![1]!.status).toBe('noCostDifference');
  });

  it('a goal seek: the value found with its 95% interval, or that the target is out of reach', async () => {
    const plan = (value: number) => {
      const planned = planSeek({
        scenario: scenario(),
        path: path('concession.angelStageShare'),
        low: 0,
        high: 0.8,
        target: { metric: 'angelFunds.privateLP.irr', statistic: 'mean', value },
      });
      if (!planned.ok) throw new Error('the seek was refused');
      return planned.plan;
    };
    const found = await runSeek(plan(0.07), syntheticRunner(model).run);
    if (!found.ok) throw new Error('the seek failed');
    expect(summarizeSeek(found.result, 'zh')).toMatch(
      /^天使阶段让利比例为 (39|40)(\.\d+)?%（95% 区间 [\d.]+%–[\d.]+%）时，天使投资子基金·社会出资人 IRR 均值达到目标 7\.00%（在 0%–80% 内求解，运行 \d 次）。$/,
    );
    // Noise far larger than the effect: the interval is wider than the range, and says so.
    const shift = Array.from({ length: 200 }, (_, t) => noise(t)).reduce((x, y) => x + y) / 200;
    const noisy = await runSeek(
      plan(0.07 + shift),
      syntheticRunner((sc, t) => ({
        'angelFunds.privateLP.irr': 0.05 + 0.05 * sc.concession.angelStageShare + noise(t),
      })).run,
    );
    if (!noisy.ok) throw new Error('the seek failed');
    expect(summarizeSeek(noisy.result, 'en')).toMatch(
      /wider than the range searched: too few trials to pin the value down; run more\)/,
    );
    expect(summarizeSeek(noisy.result, 'zh')).toMatch(/超出求解范围：试验次数不足以确定该值/);
    const far = await runSeek(plan(0.5), syntheticRunner(model).run);
    if (!far.ok) throw new Error('the seek failed');
    expect(summarizeSeek(far.result, 'en')).toMatch(
      /^Not reachable in this range: the mean of angel sub-funds, private LPs: IRR is 5\.00% when the angel-stage concession share is 0% and 9\.00% when it is 80%; the target is 50\.0%\.$/,
    );
  });
});
