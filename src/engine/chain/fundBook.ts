import { newConcessionAttribution, type ConcessionAttribution } from '../funds/concession.ts';
import {
  newWaterfallAccount,
  type WaterfallAccount,
  type WaterfallTerms,
} from '../funds/waterfall.ts';
import { LIVE_STAGE_CODES } from '../firms/stageCode.ts';
import type { AccountGroup, AccountSpec } from '../ledger/accounts.ts';
import type { Scenario } from '../scenario/schema.ts';
import { BANK_ACCOUNTS } from '../bank/bankAccounts.ts';

export type FundKind = 'guidance' | 'seed' | 'angel' | 'tech' | 'bankLinked' | 'bank';

/** Investor classes of a sub-fund, in this order everywhere: guidance fund, private LPs, GP. */
export const INVESTOR_CLASSES = ['guidanceFund', 'privateLP', 'gp'] as const;
export type InvestorClass = (typeof INVESTOR_CLASSES)[number];

/** The running state of one fund in one trial. Amounts are cumulative unless named otherwise. */
export type Fund = {
  index: number;
  id: string;
  kind: FundKind;
  /** Ledger account of the fund itself. */
  account: string;
  /** Ledger accounts of its investor classes (sub-funds); empty for the seed and guidance funds. */
  classAccounts: [string, string, string] | null;
  /** Commitment shares of the investor classes (sub-funds). */
  classShares: [number, number, number];
  commitmentCNY: number;
  /** Capital called so far, in whole fen: calls never add up past the commitment. */
  calledFen: number;
  vintageQuarter: number;
  investmentEndQuarter: number;
  lifeEndQuarter: number;
  /** Discount on the latest round price at which holdings left at the end of life are sold. */
  secondaryDiscountShare: number;
  /** Bit s set when the fund makes first investments at live stage code s. */
  stageFocus: number;
  /** 1 for each industry index the fund invests in; null for all industries. */
  industryFocus: Uint8Array | null;
  ticketCNY: number;
  ownershipCapShare: number;
  minPoints: number;
  firstBudgetCNY: number;
  followOnBudgetCNY: number;
  firstInvestedCNY: number;
  followOnInvestedCNY: number;
  inProvinceInvestedCNY: number;
  /** In-province investment the fund must make (返投). */
  localRequirementCNY: number;
  /** Cost of the stakes held now, the base of the fee after the investment period. */
  heldCostCNY: number;
  feeInvestmentPeriodRatePerYear: number;
  feeAfterRatePerYear: number;
  waterfallType: 'european' | 'dealByDeal';
  waterfallTerms: WaterfallTerms;
  /** The whole-fund waterfall (European). */
  waterfall: WaterfallAccount;
  /** Proceeds received this quarter, to distribute at its end, with the position each came from. */
  pendingProceedsCNY: number;
  pendingDeals: Array<{ position: number; proceedsCNY: number }>;
  /** Deal-by-deal waterfalls by position index. */
  dealWaterfalls: Map<number, WaterfallAccount>;
  attribution: ConcessionAttribution;
  listingPrepIpoMultiplier: number;
  /** Bank-linked sub-funds put their investees on the bank's white list. */
  whiteLists: boolean;
  /** Angel sub-funds: sale of stakes to the guidance fund. */
  saleToGuidance: Scenario['funds']['angelFunds'][number]['saleToGuidanceFund'] | null;
  /** Year of the fund-raising programme that offered it (fundRaising.ts), or −1: a listed fund. */
  programmeYear: number;
};

export type SubFundTerms =
  | Scenario['funds']['angelFunds'][number]
  | Scenario['funds']['techFunds'][number]
  | Scenario['funds']['bankLinkedFunds'][number];

const KIND_GROUP: Record<Exclude<FundKind, 'guidance' | 'seed' | 'bank'>, AccountGroup> = {
  angel: 'angelFund',
  tech: 'techFund',
  bankLinked: 'bankLinkedFund',
};

function stageBits(stages: ReadonlyArray<keyof typeof LIVE_STAGE_CODES>): number {
  return stages.reduce((bits, s) => bits | (1 << LIVE_STAGE_CODES[s]), 0);
}

/** Investable share of commitments once lifetime fees are set aside (fees on full cost after). */
function investableShare(t: SubFundTerms): number {
  const fees =
    t.fees.investmentPeriodRatePerYear * t.investmentPeriodYears +
    t.fees.afterRatePerYear * (t.lifeYears - t.investmentPeriodYears);
  return Math.max(0, 1 - fees);
}

export function subFund(
  index: number,
  kind: Exclude<FundKind, 'guidance' | 'seed' | 'bank'>,
  t: SubFundTerms,
  industryIndex: ReadonlyMap<string, number>,
): Fund {
  const account = `${KIND_GROUP[kind]}:${t.id}`;
  const investable = t.commitmentCNY * investableShare(t);
  const privateShare = 1 - t.guidanceFundShare - t.gpShare;
  let industryFocus: Uint8Array | null = null;
  if ('industryFocus' in t && t.industryFocus.length > 0) {
    industryFocus = new Uint8Array(industryIndex.size);
    for (const id of t.industryFocus) {
      const i = industryIndex.get(id);
      if (i !== undefined) industryFocus[i] = 1;
    }
  }
  return {
    index,
    id: t.id,
    kind,
    account,
    classAccounts: ['guidanceFund', `privateLP:${t.id}`, `gp:${t.id}`],
    classShares: [t.guidanceFundShare, privateShare, t.gpShare],
    commitmentCNY: t.commitmentCNY,
    calledFen: 0,
    vintageQuarter: t.vintageQuarter,
    investmentEndQuarter: t.vintageQuarter + 4 * t.investmentPeriodYears,
    lifeEndQuarter: t.vintageQuarter + 4 * t.lifeYears,
    secondaryDiscountShare: t.endOfLife.secondaryDiscountShare,
    stageFocus: stageBits(t.stageFocus),
    industryFocus,
    ticketCNY: t.ticketCNY,
    ownershipCapShare: t.ownershipCapShare,
    minPoints: t.minPoints,
    firstBudgetCNY: investable * (1 - t.followOnReserveShare),
    followOnBudgetCNY: investable * t.followOnReserveShare,
    firstInvestedCNY: 0,
    followOnInvestedCNY: 0,
    inProvinceInvestedCNY: 0,
    localRequirementCNY: t.localReinvestmentMultiple * t.guidanceFundShare * t.commitmentCNY,
    heldCostCNY: 0,
    feeInvestmentPeriodRatePerYear: t.fees.investmentPeriodRatePerYear,
    feeAfterRatePerYear: t.fees.afterRatePerYear,
    waterfallType: t.waterfall.type,
    waterfallTerms: {
      hurdleRatePerYear: t.waterfall.hurdleRatePerYear,
      catchUpShare: t.waterfall.catchUpShare,
      carryShare: t.waterfall.carryShare,
    },
    waterfall: newWaterfallAccount(),
    pendingProceedsCNY: 0,
    pendingDeals: [],
    dealWaterfalls: new Map(),
    attribution: newConcessionAttribution(),
    listingPrepIpoMultiplier: 'listingPrepIpoMultiplier' in t ? t.listingPrepIpoMultiplier : 1,
    whiteLists: kind === 'bankLinked',
    saleToGuidance: 'saleToGuidanceFund' in t ? t.saleToGuidanceFund : null,
    programmeYear: -1,
  };
}

/** Fund 0 is the guidance fund, fund 1 the seed fund, then angel, tech and bank-linked sub-funds. */
export const GUIDANCE = 0;
export const SEED = 1;

export function createFunds(scenario: Scenario): Fund[] {
  const industryIndex = new Map(scenario.firms.industries.map((ind, i) => [ind.id, i]));
  const { guidanceFund, seedFund } = scenario.funds;
  const quarters = scenario.simulation.years * 4;
  const noTerms: WaterfallTerms = { hurdleRatePerYear: 0, catchUpShare: 0, carryShare: 0 };
  const base = {
    classAccounts: null,
    secondaryDiscountShare: 0,
    classShares: [1, 0, 0] as [number, number, number],
    calledFen: 0,
    vintageQuarter: 0,
    industryFocus: null,
    followOnBudgetCNY: 0,
    firstInvestedCNY: 0,
    followOnInvestedCNY: 0,
    inProvinceInvestedCNY: 0,
    localRequirementCNY: 0,
    heldCostCNY: 0,
    feeAfterRatePerYear: 0,
    waterfallType: 'european' as const,
    waterfallTerms: noTerms,
    waterfall: newWaterfallAccount(),
    pendingProceedsCNY: 0,
    pendingDeals: [],
    dealWaterfalls: new Map<number, WaterfallAccount>(),
    attribution: newConcessionAttribution(),
    listingPrepIpoMultiplier: 1,
    whiteLists: false,
    saleToGuidance: null,
    programmeYear: -1,
  };
  const guidance: Fund = {
    ...base,
    index: GUIDANCE,
    id: 'guidance',
    kind: 'guidance',
    account: 'guidanceFund',
    commitmentCNY: guidanceFund.capitalCNY,
    investmentEndQuarter: quarters,
    lifeEndQuarter: quarters,
    stageFocus: 0,
    ticketCNY: 0,
    ownershipCapShare: 1,
    minPoints: 0,
    // The guidance fund's own investing is buying stakes from angel sub-funds.
    firstBudgetCNY: guidanceFund.capitalCNY * guidanceFund.stakePurchaseBudgetShare,
    feeInvestmentPeriodRatePerYear: guidanceFund.managementFeeRatePerYear,
  };
  const seed: Fund = {
    ...base,
    waterfall: newWaterfallAccount(),
    attribution: newConcessionAttribution(),
    dealWaterfalls: new Map(),
    pendingDeals: [],
    index: SEED,
    id: 'seed',
    kind: 'seed',
    account: 'seedFund',
    commitmentCNY: seedFund.enabled ? seedFund.commitmentCNY : 0,
    investmentEndQuarter: 4 * seedFund.investmentPeriodYears,
    lifeEndQuarter: 4 * seedFund.lifeYears,
    secondaryDiscountShare: seedFund.endOfLife.secondaryDiscountShare,
    stageFocus: seedFund.enabled ? stageBits(['POC']) : 0,
    ticketCNY: seedFund.ticketCNY,
    ownershipCapShare: 1,
    minPoints: seedFund.minPoints,
    firstBudgetCNY: seedFund.enabled ? seedFund.commitmentCNY : 0,
    feeInvestmentPeriodRatePerYear: 0,
  };
  const funds: Fund[] = [guidance, seed];
  for (const t of scenario.funds.angelFunds)
    funds.push(subFund(funds.length, 'angel', t, industryIndex));
  for (const t of scenario.funds.techFunds)
    funds.push(subFund(funds.length, 'tech', t, industryIndex));
  for (const t of scenario.funds.bankLinkedFunds)
    funds.push(subFund(funds.length, 'bankLinked', t, industryIndex));
  // The programme's offers: each a sub-fund at its target size, until LPs answer at its vintage.
  for (const offer of programmeOffers(scenario)) {
    const fund = subFund(funds.length, offer.kind, offer.terms, industryIndex);
    fund.programmeYear = offer.year;
    funds.push(fund);
  }
  // The bank holds equity only by converting convertible loans (可转贷); it never invests.
  funds.push({
    ...base,
    waterfall: newWaterfallAccount(),
    attribution: newConcessionAttribution(),
    dealWaterfalls: new Map(),
    pendingDeals: [],
    index: funds.length,
    id: 'bank',
    kind: 'bank',
    account: 'bank',
    commitmentCNY: 0,
    investmentEndQuarter: 0,
    lifeEndQuarter: quarters,
    stageFocus: 0,
    ticketCNY: 0,
    ownershipCapShare: 1,
    minPoints: 0,
    firstBudgetCNY: 0,
    feeInvestmentPeriodRatePerYear: 0,
  });
  return funds;
}

export const OFFER_KINDS = ['angel', 'tech', 'bankLinked'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/**
 * The sub-funds a fund-raising programme offers, year by year and kind by kind: each the offer's
 * terms with its own id (`<id>-y<year>-<k>`) and its vintage in that year. None without one.
 */
export function programmeOffers(
  scenario: Scenario,
): Array<{ kind: OfferKind; year: number; terms: SubFundTerms }> {
  const programme = scenario.fundRaising;
  if (!programme) return [];
  const offers: Array<{ kind: OfferKind; year: number; terms: SubFundTerms }> = [];
  for (const year of [...programme.offerYears].sort((a, b) => a - b))
    for (const kind of OFFER_KINDS) {
      const offer = programme[kind];
      if (!offer) continue;
      for (let k = 1; k <= offer.perYear; k++)
        offers.push({
          kind,
          year,
          terms: {
            ...offer.terms,
            id: `${offer.terms.id}-y${year}-${k}`,
            vintageQuarter: 4 * year + offer.terms.vintageQuarter,
          },
        });
    }
  return offers;
}

/** The ledger's accounts for a scenario's funds, their investors and the outside world. */
export function chainAccounts(funds: readonly Fund[]): AccountSpec[] {
  const accounts: AccountSpec[] = [
    { id: 'treasury', mayBorrow: true, group: 'treasury' },
    { id: 'market', mayBorrow: true, group: 'market' },
    { id: 'firm', mayBorrow: true, group: 'firm' },
    { id: 'guidanceFund', mayBorrow: false, group: 'guidanceFund' },
    { id: 'gp:guidanceFund', mayBorrow: true, group: 'gp' },
    { id: 'seedFund', mayBorrow: false, group: 'seedFund' },
    ...BANK_ACCOUNTS,
  ];
  for (const fund of funds) {
    if (fund.kind === 'guidance' || fund.kind === 'seed' || fund.kind === 'bank') continue;
    accounts.push({ id: fund.account, mayBorrow: false, group: KIND_GROUP[fund.kind] });
    accounts.push({ id: `privateLP:${fund.id}`, mayBorrow: true, group: 'privateLP' });
    accounts.push({ id: `gp:${fund.id}`, mayBorrow: true, group: 'gp' });
  }
  return accounts;
}
