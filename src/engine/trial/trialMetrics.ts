import type { ChainContext } from '../chain/chainContext.ts';
import { INVESTOR_CLASSES, type FundKind } from '../chain/fundBook.ts';
import { GUIDANCE, SEED } from '../chain/fundBook.ts';
import { FAILED, LISTED, SOLD } from '../firms/stageCode.ts';
import { accountCashFlowsCNY } from '../ledger/cashFlows.ts';
import { totalsByKindCNY } from '../ledger/totalsByKind.ts';
import { addFlows, flowFigures, INVESTOR_RETURN_KINDS, type FlowFigures } from './fundFlows.ts';

/** Flat per-trial metrics: `guidanceFund.tvpi`, `angelFunds.privateLP.irr`, … (NaN = undefined). */
export type TrialMetrics = Record<string, number>;

const GROUPS: ReadonlyArray<{ kind: FundKind; key: string }> = [
  { kind: 'angel', key: 'angelFunds' },
  { kind: 'tech', key: 'techFunds' },
  { kind: 'bankLinked', key: 'bankLinkedFunds' },
];

function put(metrics: TrialMetrics, prefix: string, figures: FlowFigures): void {
  metrics[`${prefix}.irr`] = figures.irr;
  metrics[`${prefix}.tvpi`] = figures.tvpi;
  metrics[`${prefix}.dpi`] = figures.dpi;
  metrics[`${prefix}.rvpi`] = figures.rvpi;
  metrics[`${prefix}.paidInCNY`] = figures.paidInCNY;
}

/**
 * Every fund metric of a trial, read from its ledger: an investor's flows are its postings with
 * the fund (calls out; distributions, concessions and carry in), so the same figures come back
 * from an exported ledger.
 */
export function trialMetrics(ctx: ChainContext, quarters: number): TrialMetrics {
  const { ledger, funds } = ctx;
  const length = quarters + 1;
  const scratch = new Float64Array(length);
  const metrics: TrialMetrics = {};

  // The guidance fund and the seed fund as investors: all their flows except with the treasury.
  for (const [index, key] of [
    [GUIDANCE, 'guidanceFund'],
    [SEED, 'seedFund'],
  ] as const) {
    const account = ctx.fundAccount[index]!;
    const flows = accountCashFlowsCNY(ledger, account, length);
    const fiscal = accountCashFlowsCNY(
      ledger,
      account,
      length,
      { counterparty: ctx.treasury },
      scratch,
    );
    for (let t = 0; t < length; t++) flows[t] = flows[t]! - fiscal[t]!;
    put(metrics, key, flowFigures(flows));
  }

  let concessionToPrivate = 0;
  let concessionToGp = 0;
  for (const group of GROUPS) {
    const members = funds.filter((f) => f.kind === group.kind);
    const byClass = INVESTOR_CLASSES.map(() => new Float64Array(length));
    const privateWithout = new Float64Array(length);
    const allInvestors = new Float64Array(length);
    let carry = 0;
    for (const fund of members) {
      const fundAccount = ctx.fundAccount[fund.index]!;
      const own = new Float64Array(length);
      INVESTOR_CLASSES.forEach((_, c) => {
        const investor = ctx.classAccount[fund.index * 3 + c]!;
        addFlows(ledger, byClass[c]!, investor, fundAccount, INVESTOR_RETURN_KINDS, scratch);
        if (c === 2) carry += totalsByKindCNY(ledger, { account: investor }).carry;
        // The fund as a whole: what all its investors got, before the GP's carry.
        addFlows(
          ledger,
          own,
          investor,
          fundAccount,
          ['capitalCall', 'distribution', 'concession'],
          scratch,
        );
      });
      const privateAccount = ctx.classAccount[fund.index * 3 + 1]!;
      addFlows(
        ledger,
        privateWithout,
        privateAccount,
        fundAccount,
        ['capitalCall', 'distribution'],
        scratch,
      );
      concessionToPrivate += totalsByKindCNY(ledger, { account: privateAccount }).concession;
      concessionToGp += totalsByKindCNY(ledger, {
        account: ctx.classAccount[fund.index * 3 + 2]!,
      }).concession;
      put(metrics, `fund.${fund.id}`, flowFigures(own));
      for (let t = 0; t < length; t++) allInvestors[t] = allInvestors[t]! + own[t]!;
    }
    if (members.length === 0) continue;
    put(metrics, group.key, flowFigures(allInvestors));
    metrics[`${group.key}.carryCNY`] = carry;
    INVESTOR_CLASSES.forEach((name, c) =>
      put(metrics, `${group.key}.${name}`, flowFigures(byClass[c]!)),
    );
    // What private LPs would have earned without 让利: the same trial minus the conceded postings.
    const without = flowFigures(privateWithout);
    metrics[`${group.key}.privateLP.irrWithoutConcession`] = without.irr;
    metrics[`${group.key}.privateLP.tvpiWithoutConcession`] = without.tvpi;
    metrics[`${group.key}.privateLP.irrUpliftFromConcession`] =
      metrics[`${group.key}.privateLP.irr`]! - without.irr;
  }
  metrics['concession.amountCNY'] = concessionToPrivate + concessionToGp;
  metrics['concession.toPrivateLPsCNY'] = concessionToPrivate;
  metrics['concession.toGpCNY'] = concessionToGp;

  metrics['transfers.seedToAngel.count'] = ctx.stats.seedToAngelCount;
  metrics['transfers.seedToAngel.amountCNY'] = ctx.stats.seedToAngelCNY;
  metrics['transfers.angelToGuidance.count'] = ctx.stats.angelToGuidanceCount;
  metrics['transfers.angelToGuidance.amountCNY'] = ctx.stats.angelToGuidanceCNY;

  const { firms } = ctx;
  let listed = 0;
  let sold = 0;
  let failed = 0;
  let supported = 0;
  let supportedListed = 0;
  for (let f = 0; f < firms.count; f++) {
    const stage = firms.stage[f]!;
    if (stage === LISTED) listed++;
    else if (stage === SOLD) sold++;
    else if (stage === FAILED) failed++;
    if (ctx.backed[f] === 1) {
      supported++;
      if (stage === LISTED) supportedListed++;
    }
  }
  metrics['firms.arrived'] = firms.count;
  metrics['firms.supported'] = supported;
  metrics['firms.listed'] = listed;
  metrics['firms.supportedListed'] = supportedListed;
  metrics['firms.sold'] = sold;
  metrics['firms.failed'] = failed;

  const treasury = accountCashFlowsCNY(ledger, ctx.treasury, length);
  let paid = 0;
  let received = 0;
  for (const f of treasury) {
    if (f < 0) paid -= f;
    else received += f;
  }
  metrics['treasury.paidCNY'] = paid;
  metrics['treasury.receivedCNY'] = received;
  return metrics;
}
