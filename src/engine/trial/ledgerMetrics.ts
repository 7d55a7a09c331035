import { INVESTOR_CLASSES, type Fund, type FundKind } from '../chain/fundBook.ts';
import { accountIndex, type Ledger } from '../ledger/ledger.ts';
import { postingKindCode } from '../ledger/postingKind.ts';
import {
  addGrossFlows,
  emptyGrossFlows,
  flowsByAccount,
  type AccountFlows,
  type GrossFlows,
} from './accountFlows.ts';
import { flowIndexLevels, marketFigures } from './publicMarket.ts';
import { flowFigures, type FlowFigures } from './fundFlows.ts';

/** Flat per-trial metrics: `guidanceFund.tvpi`, `angelFunds.privateLP.irr`, … (NaN = undefined). */
export type TrialMetrics = Record<string, number>;

/** What metrics need to know of a fund: its kind and its ledger accounts. */
export type FundAccounts = Pick<Fund, 'id' | 'kind' | 'account' | 'classAccounts'>;

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

function must(ledger: Ledger, id: string): number {
  const index = accountIndex(ledger, id);
  if (index < 0) throw new RangeError(`the ledger has no account ${id}`);
  return index;
}

/**
 * Every money metric of a trial, read from its ledger alone (so an exported ledger gives the same
 * figures): an investor's flows are its postings with the fund — calls out; distributions,
 * concessions and passed-through rewards in — gross, and quarter Q, the last, is the horizon's
 * valuation (RVPI). A group's figures add its funds' gross flows: nothing nets across funds.
 */
export function ledgerMetrics(
  ledger: Ledger,
  funds: readonly FundAccounts[],
  quarters: number,
  flows: AccountFlows = flowsByAccount(ledger, quarters + 1),
  indexLevel?: Float64Array,
): TrialMetrics {
  const length = quarters + 1;
  const metrics: TrialMetrics = {};
  // Against the public index, when the trial's path is given (an exported ledger alone has none).
  const levels = indexLevel && flowIndexLevels(indexLevel, quarters);
  const market = (prefix: string, own: GrossFlows) => {
    if (!levels) return;
    const figures = marketFigures(own, levels);
    metrics[`${prefix}.ksPme`] = figures.ksPme;
    metrics[`${prefix}.directAlpha`] = figures.directAlpha;
  };

  // The guidance fund and the seed fund as investors: all their flows except with the treasury.
  for (const key of ['guidanceFund', 'seedFund'] as const) {
    const own = flows.nonFiscalFlows(must(ledger, key));
    put(metrics, key, flowFigures(own));
    market(key, own);
  }

  let concessionToPrivate = 0;
  let concessionToGp = 0;
  for (const group of GROUPS) {
    const members = funds.filter((f) => f.kind === group.kind && f.classAccounts);
    if (members.length === 0) continue;
    const byClass = INVESTOR_CLASSES.map(() => emptyGrossFlows(length));
    const privateWithout = emptyGrossFlows(length);
    const allInvestors = emptyGrossFlows(length);
    let carry = 0;
    for (const fund of members) {
      const fundAccount = must(ledger, fund.account);
      const own = emptyGrossFlows(length);
      const classes = fund.classAccounts!.map((id) => must(ledger, id));
      classes.forEach((investor, c) => {
        flows.addInvestorFlows(byClass[c]!, investor, fundAccount);
        flows.addInvestorFlows(own, investor, fundAccount);
      });
      // What private LPs would have had without 让利: the same trial less the conceded postings.
      flows.addInvestorFlows(privateWithout, classes[1]!, fundAccount, false);
      concessionToPrivate += flows.kindTotal(classes[1]!, 'concession');
      concessionToGp += flows.kindTotal(classes[2]!, 'concession');
      const fundCarry = flows.kindTotal(classes[2]!, 'carry');
      carry += fundCarry;
      const figures = flowFigures(own);
      put(metrics, `fund.${fund.id}`, figures);
      metrics[`fund.${fund.id}.carryCNY`] = fundCarry;
      metrics[`fund.${fund.id}.tvpiBelowOne`] = Number.isNaN(figures.tvpi)
        ? Number.NaN
        : figures.tvpi < 1
          ? 1
          : 0;
      market(`fund.${fund.id}`, own);
      addGrossFlows(allInvestors, own);
    }
    put(metrics, group.key, flowFigures(allInvestors));
    market(group.key, allInvestors);
    metrics[`${group.key}.carryCNY`] = carry;
    INVESTOR_CLASSES.forEach((name, c) =>
      put(metrics, `${group.key}.${name}`, flowFigures(byClass[c]!)),
    );
    const without = flowFigures(privateWithout);
    metrics[`${group.key}.privateLP.irrWithoutConcession`] = without.irr;
    metrics[`${group.key}.privateLP.tvpiWithoutConcession`] = without.tvpi;
    metrics[`${group.key}.privateLP.irrUpliftFromConcession`] =
      metrics[`${group.key}.privateLP.irr`]! - without.irr;
  }
  metrics['concession.amountCNY'] = concessionToPrivate + concessionToGp;
  metrics['concession.toPrivateLPsCNY'] = concessionToPrivate;
  metrics['concession.toGpCNY'] = concessionToGp;

  // Stake transfers: into the seed fund (sold to an angel sub-fund), out of the guidance fund.
  const seedFund = must(ledger, 'seedFund');
  const guidanceFund = must(ledger, 'guidanceFund');
  const transfer = postingKindCode.stakeTransfer;
  let seedCount = 0;
  let seedCNY = 0;
  let guidanceCount = 0;
  let guidanceCNY = 0;
  for (let i = 0; i < ledger.count; i++) {
    if (ledger.kind[i] !== transfer) continue;
    if (ledger.to[i] === seedFund) {
      seedCount++;
      seedCNY += ledger.amountFen[i]!;
    } else if (ledger.from[i] === guidanceFund) {
      guidanceCount++;
      guidanceCNY += ledger.amountFen[i]!;
    }
  }
  metrics['transfers.seedToAngel.count'] = seedCount;
  metrics['transfers.seedToAngel.amountCNY'] = seedCNY / 100;
  metrics['transfers.angelToGuidance.count'] = guidanceCount;
  metrics['transfers.angelToGuidance.amountCNY'] = guidanceCNY / 100;

  return metrics;
}
