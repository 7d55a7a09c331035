import {
  describeMetric,
  perYuanScaleCNY,
  type ComparisonResult,
  type RunResult,
} from '../engine/index.ts';
import { formatDuration } from './progressBar.ts';
import { formatMetric } from './formatMetric.ts';
import { textTable } from './textTable.ts';

/** The metrics a reader looks at first: the chain's returns, its cost to the treasury, the firms. */
export const HEADLINE_METRICS: readonly string[] = [
  'guidanceFund.tvpi',
  'guidanceFund.irr',
  'seedFund.tvpi',
  'angelFunds.tvpi',
  'angelFunds.irr',
  'angelFunds.privateLP.irr',
  'angelFunds.privateLP.irrUpliftFromConcession',
  'techFunds.tvpi',
  'bankLinkedFunds.tvpi',
  'concession.amountCNY',
  'guidanceFund.purchasesRefused',
  'treasury.spentCNY',
  'treasury.receivedCNY',
  'treasury.navCNY',
  'treasury.netCostCashPVCNY',
  'treasury.netCostWithNavPVCNY',
  'chain.privateCapitalCNY',
  'chain.leverage',
  'chain.costPerBackedFirmCNY',
  'chain.costPerBackedListingCNY',
  'chain.madeNetGain',
  'programmes.costPerFirmReachedCNY',
  'bank.newMoneyLoansCNY',
  'bank.chainNewCreditCNY',
  'bank.lossCNY',
  'bank.nplRatioExposureWeighted',
  'bank.nplRatioPeak',
  'bank.shareOfQuartersAboveTolerance',
  'firms.arrived',
  'firms.supported',
  'firms.listed',
  'firms.failed',
];

/**
 * A fund-raising programme's headlines, printed after the others when a run has them (kept out of
 * HEADLINE_METRICS, which the golden files summarise for every scenario).
 */
export const PROGRAMME_HEADLINE_METRICS: readonly string[] = [
  'fundRaising.fundsOffered',
  'fundRaising.fundsClosed',
  'fundRaising.privateCapitalRaisedCNY',
  'fundRaising.guidanceCommittedCNY',
  'firms.supportedListed',
];

/** The keys to print: the headline ones the result has, or all of them. */
function keysToPrint(metrics: Record<string, unknown>, all: boolean): string[] {
  if (all) return Object.keys(metrics);
  const programme = 'fundRaising.fundsOffered' in metrics ? PROGRAMME_HEADLINE_METRICS : [];
  return [...HEADLINE_METRICS, ...programme].filter((k) => k in metrics);
}

function runLine(run: RunResult['run'], trials: number, seed: number): string {
  const threads = `${run.workers} ${run.runner === 'worker-threads' ? 'worker thread' : 'runner'}`;
  return (
    `${trials} trials, seed ${seed}, ${threads}${run.workers === 1 ? '' : 's'}, ` +
    `${formatDuration(run.wallTimeMs)}`
  );
}

/**
 * The headline metrics of a run (or all with `all`) as a table: mean ± its Monte Carlo standard
 * error, the 5th, 50th and 95th percentiles, and in how many trials the metric was undefined.
 */
export function runSummaryTable(result: RunResult, all = false): string {
  const rows = keysToPrint(result.metrics, all).map((key) => {
    const m = result.metrics[key]!;
    // A 0/1 indicator is read by its mean, a probability; its quantiles say nothing.
    const quantile = (q: number | null) =>
      describeMetric(key)?.unit === 'indicator' ? '' : formatMetric(key, q);
    return [
      key,
      formatMetric(key, m.mean),
      m.stderr === null ? '' : `±${formatMetric(key, m.stderr)}`,
      quantile(m.p5),
      quantile(m.p50),
      quantile(m.p95),
      m.undefinedCount > 0 ? String(m.undefinedCount) : '',
    ];
  });
  return (
    `${result.scenarioId}: ${runLine(result.run, result.trials, result.seed)}\n\n` +
    textTable(['metric', 'mean', 'stderr', 'p5', 'p50', 'p95', 'undefined'], rows) +
    (all ? '' : `(${HEADLINE_METRICS.length} headline metrics; --all prints every metric)\n`)
  );
}

/**
 * A paired comparison as a table: the mean of each metric under a and b, the mean paired
 * difference a − b and its standard error; `*` marks a difference over two standard errors.
 */
export function comparisonSummaryTable(result: ComparisonResult, all = false): string {
  const rows = keysToPrint(result.metrics, all).map((key) => {
    const { a, b, difference: d } = result.metrics[key]!;
    const clear =
      d.mean !== null && d.stderr !== null && Math.abs(d.mean) > 2 * d.stderr && d.mean !== 0;
    return [
      key,
      formatMetric(key, a.mean),
      formatMetric(key, b.mean),
      formatMetric(key, d.mean),
      d.stderr === null ? '' : `±${formatMetric(key, d.stderr)}`,
      clear ? '*' : '',
    ];
  });
  return (
    `a = ${result.a.scenarioId}, b = ${result.b.scenarioId}: paired, common random numbers; ` +
    `${runLine(result.run, result.trials, result.seed)}\n\n` +
    textTable(['metric', 'a', 'b', 'a − b', 'stderr', ''], rows) +
    `* the difference is more than two standard errors from 0` +
    (all ? '\n' : `; --all prints every metric\n`)
  );
}

/**
 * "What each extra fiscal yuan bought": each outcome's paired difference per yuan of the
 * difference in a fiscal cost (spending; net cost), with its standard error; empty when the
 * comparison has none.
 */
export function perFiscalYuanTable(result: ComparisonResult): string {
  const bases = result.perFiscalYuan;
  if (!bases) return '';
  return bases
    .map((p) => {
      const cost = `${formatMetric(p.costKey, p.cost.mean)} ±${formatMetric(p.costKey, p.cost.stderr)}`;
      const head = `What each extra fiscal yuan bought, per yuan of a − b in ${p.costKey} (${cost}):\n`;
      if (p.status === 'noCostDifference') return `${head}the same in every trial: no ratio\n`;
      if (p.status === 'costNotDistinguishable')
        return `${head}within two standard errors of 0: no ratio\n`;
      const rows = Object.entries(p.outcomes).map(([key, o]) => {
        const scale = perYuanScaleCNY(key);
        const show = (x: number | null) => (x === null ? '–' : (x * scale).toPrecision(3));
        const unit = scale === 1 ? 'CNY per CNY' : 'per CNY 100m';
        return [key, unit, show(o.perYuan), `±${show(o.stderr)}`];
      });
      return head + textTable(['outcome', 'unit', 'bought', 'stderr'], rows);
    })
    .join('\n');
}
