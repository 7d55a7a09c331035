import { nplRatioByYear } from '../bank/bankMetrics.ts';
import { STAGE_COUNT, STAGE_NAMES } from '../firms/stageCode.ts';
import { accountIndex } from '../ledger/ledger.ts';
import { cumulativeNetCNY, emptyGrossFlows } from '../trial/accountFlows.ts';
import type { TrialResult } from '../trial/simulateTrial.ts';
import { FISCAL_USES } from '../trial/fiscalBudget.ts';
import { fundRaisingSeries } from '../chain/fundRaising.ts';
import { fundSeries } from './fundSeries.ts';

const FUND_GROUPS = [
  ['angel', 'angelFunds'],
  ['tech', 'techFunds'],
  ['bankLinked', 'bankLinkedFunds'],
] as const;

/**
 * A trial's time series for fan charts: firms in each stage per quarter, the bank's NPL ratio,
 * and J-curves — the cumulative net cash flow of each fund group's investors (quarters 0..Q, the
 * last the horizon's valuation) and of the guidance and seed funds, and the treasury's budget by
 * year (outlays by use, receipts) — all from the ledger; and each fund's own plan when the trial
 * recorded its NAV (TrialOptions.fundSeries).
 */
export function trialSeries(result: TrialResult): Record<string, Float64Array> {
  const { quarters, ledger, funds } = result;
  const series: Record<string, Float64Array> = {};
  for (let s = 0; s < STAGE_COUNT; s++)
    series[`firms.${STAGE_NAMES[s]}`] = Float64Array.from(
      result.firmsByStage.subarray(s * quarters, (s + 1) * quarters),
    );
  series['bank.nplRatio'] = Float64Array.from(result.bank.nplRatio);
  series['bank.nplRatioByYear'] = nplRatioByYear(result.bank, quarters);

  const { flows } = result;
  for (const [kind, key] of FUND_GROUPS) {
    const members = funds.filter((f) => f.kind === kind && f.classAccounts);
    if (members.length === 0) continue;
    const investors = emptyGrossFlows(quarters + 1);
    for (const fund of members) {
      const fundAccount = accountIndex(ledger, fund.account);
      fund.classAccounts!.forEach((id) => {
        flows.addInvestorFlows(investors, accountIndex(ledger, id), fundAccount);
      });
    }
    series[`jcurve.${key}`] = cumulativeNetCNY(investors);
  }
  for (const key of ['guidanceFund', 'seedFund'] as const) {
    series[`jcurve.${key}`] = cumulativeNetCNY(flows.nonFiscalFlows(accountIndex(ledger, key)));
  }
  series['treasury.cumulativeNetCNY'] = cumulativeNetCNY(
    flows.allFlows(accountIndex(ledger, 'treasury')),
  );
  const { budget } = result;
  for (const use of FISCAL_USES) series[`treasury.outlayByYear.${use}CNY`] = budget.outlaysCNY[use];
  series['treasury.outlayByYearCNY'] = budget.totalOutlaysCNY;
  series['treasury.receiptsByYearCNY'] = budget.receiptsCNY;
  Object.assign(series, fundRaisingSeries(result.fundRaising));
  return result.fundNavCNY ? Object.assign(series, fundSeries(result, result.fundNavCNY)) : series;
}
