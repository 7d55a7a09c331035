import * as z from 'zod';
import { LIVE_STAGES } from '../stages.ts';
import {
  bilingualText,
  moneyCNY,
  multiple,
  points,
  quarters,
  ratePerYear,
  share,
  slug,
  wholeYears,
} from '../fields.ts';
import { breakRule } from '../rules.ts';

/** How a stake changes hands between funds at a market-based price (Hebei plan 二(二)1–2). */
export const TransferPricingSchema = z
  .discriminatedUnion('rule', [
    z.strictObject({
      rule: z.literal('atCost').meta({ description: 'Price = the seller’s cost' }),
    }),
    z.strictObject({
      rule: z
        .literal('costPlusInterest')
        .meta({ description: 'Price = cost compounded at a rate for the holding time' }),
      interestRatePerYear: ratePerYear(0.05, 'Annual interest added to cost, compounded quarterly'),
    }),
    z.strictObject({
      rule: z
        .literal('roundPriceDiscount')
        .meta({ description: 'Price = value at the latest round price, less a discount' }),
      discountShare: share(0.2, 'Discount on the latest round price'),
    }),
  ])
  .meta({ description: 'Pricing rule of a stake transfer' });

const waterfallSchema = z
  .strictObject({
    type: z.enum(['european', 'dealByDeal']).default('european').meta({
      description: 'European (whole fund) or deal-by-deal (American) distribution waterfall',
    }),
    hurdleRatePerYear: ratePerYear(0.08, 'Preferred return to investors, compounded annually'),
    catchUpShare: share(
      1,
      'Share of distributions above the hurdle that goes to the GP until it has its carry (1 = full catch-up)',
    ),
    carryShare: share(0.2, 'Carried interest: the GP’s share of profits'),
  })
  .prefault({})
  .meta({ description: 'Capital back → preferred return → GP catch-up → carry' });

const feeSchema = z
  .strictObject({
    investmentPeriodRatePerYear: ratePerYear(
      0.02,
      'Management fee on commitments during the investment period',
      0,
      0.1,
    ),
    afterRatePerYear: ratePerYear(
      0.015,
      'Management fee on invested cost after the investment period',
      0,
      0.1,
    ),
  })
  .prefault({})
  .meta({ description: 'Management fees' });

/** What a fund does with the holdings it still has when its life ends (its fees stop then). */
const endOfLifeSchema = z
  .strictObject({
    secondaryDiscountShare: share(
      0.25,
      'Discount on the latest round price at which holdings left at the end of the fund’s life are sold to secondary buyers (Jefferies 2024: venture LP interests at about 75% of NAV)',
    ),
  })
  .prefault({})
  .meta({
    description:
      'At the end of its life a fund sells what it still holds to secondary buyers at the latest round price less the discount, distributes the cash through its waterfall and closes; its fees stop. A life that ends after the horizon leaves the holdings to the horizon’s valuation (NAV).',
  });

const stageFocusSchema = (stages: ReadonlyArray<(typeof LIVE_STAGES)[number]>) =>
  z
    .array(z.enum(LIVE_STAGES))
    .min(1)
    .max(4)
    .default([...stages])
    .meta({ description: 'Stages at which the fund makes first investments' });

/** Terms every sub-fund shares (MODEL.md, Funds). */
const subFundTerms = (d: {
  commitmentCNY: number;
  guidanceShare: number;
  stages: ReadonlyArray<(typeof LIVE_STAGES)[number]>;
  ticketCNY: number;
}) => ({
  id: slug,
  name: bilingualText,
  commitmentCNY: moneyCNY(d.commitmentCNY, 'Total committed capital'),
  guidanceFundShare: share(d.guidanceShare, 'Guidance fund’s share g of commitments'),
  gpShare: share(0.01, 'GP’s own commitment as a share of commitments; the rest is private LPs'),
  vintageQuarter: quarters(0, 'Quarter of first close'),
  investmentPeriodYears: wholeYears(5, 'Investment period', 1, 15),
  lifeYears: wholeYears(
    10,
    'Fund life; holdings left at its end are sold as endOfLife says',
    1,
    30,
  ),
  endOfLife: endOfLifeSchema,
  fees: feeSchema,
  waterfall: waterfallSchema,
  stageFocus: stageFocusSchema(d.stages),
  ticketCNY: moneyCNY(d.ticketCNY, 'Size of a first investment'),
  ownershipCapShare: share(0.2, 'Largest stake the fund may hold in one firm'),
  followOnReserveShare: share(
    0.3,
    'Share of commitments kept for follow-on investments in later rounds',
  ),
  minPoints: points(50, 'Lowest innovation-points score the fund invests in'),
  localReinvestmentMultiple: multiple(
    1,
    '返投: in-province investment required, as a multiple of the guidance fund’s commitment',
    0,
    5,
  ),
});

type SubFundTerms = {
  guidanceFundShare: number;
  gpShare: number;
  investmentPeriodYears: number;
  lifeYears: number;
};

function checkSubFundTerms(fund: SubFundTerms, ctx: z.core.$RefinementCtx): void {
  if (fund.guidanceFundShare + fund.gpShare > 1)
    breakRule(ctx, 'investorSharesAtMostOne', ['gpShare'], fund.guidanceFundShare + fund.gpShare);
  if (fund.lifeYears < fund.investmentPeriodYears)
    breakRule(ctx, 'lifeAtLeastInvestmentPeriod', ['lifeYears'], fund.lifeYears);
}

const stakeSaleSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .meta({ description: 'Whether the angel sub-fund sells stakes to the guidance fund' }),
    trigger: z
      .enum(LIVE_STAGES)
      .default('GROWTH')
      .meta({ description: 'Stage whose reaching triggers the sale' }),
    shareSold: share(0.5, 'Share of the fund’s stake sold when triggered'),
    pricing: TransferPricingSchema.default({ rule: 'roundPriceDiscount', discountShare: 0 }),
  })
  .prefault({})
  .meta({
    description: 'Sale of stakes to the guidance fund at a market-based price (Hebei plan 二(二)2)',
  });

export const AngelFundSchema = z
  .strictObject({
    ...subFundTerms({
      commitmentCNY: 200_000_000,
      guidanceShare: 0.3,
      stages: ['ANGEL', 'EARLY'],
      ticketCNY: 5_000_000,
    }),
    saleToGuidanceFund: stakeSaleSchema,
  })
  .superRefine(checkSubFundTerms);

export const TechFundSchema = z
  .strictObject({
    ...subFundTerms({
      commitmentCNY: 1_000_000_000,
      guidanceShare: 0.2,
      stages: ['EARLY', 'GROWTH'],
      ticketCNY: 30_000_000,
    }),
    industryFocus: z
      .array(slug)
      .max(40)
      .default([])
      .meta({ description: 'Industries the fund invests in (empty = all)' }),
    listingPrepIpoMultiplier: multiple(
      1.3,
      'Multiplier on the IPO hazard of firms that get listing preparation (上市培育)',
      1,
      5,
    ),
  })
  .superRefine(checkSubFundTerms);

export const BankLinkedFundSchema = z
  .strictObject({
    ...subFundTerms({
      commitmentCNY: 500_000_000,
      guidanceShare: 0.2,
      stages: ['ANGEL', 'EARLY'],
      ticketCNY: 10_000_000,
    }),
  })
  .superRefine(checkSubFundTerms)
  .meta({
    description:
      'Sub-fund managed by a bank’s fund subsidiary: its investees join the bank’s white list (投贷联动)',
  });

export const SeedFundSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .meta({ description: 'Whether the concept-validation seed fund exists' }),
    commitmentCNY: moneyCNY(50_000_000, 'Fiscal money committed to the seed fund'),
    ticketCNY: moneyCNY(500_000, 'Ticket into one concept-validation project'),
    investmentPeriodYears: wholeYears(7, 'Investment period', 1, 20),
    lifeYears: wholeYears(
      15,
      'Fund life; holdings left at its end are sold as endOfLife says',
      1,
      30,
    ),
    endOfLife: endOfLifeSchema,
    minPoints: points(60, 'Lowest innovation-points score of a project the seed fund backs'),
    evergreen: z.boolean().default(true).meta({
      description: 'Transfer proceeds go back to the seed fund (true) or to the treasury (false)',
    }),
    transferPricing: TransferPricingSchema.default({
      rule: 'costPlusInterest',
      interestRatePerYear: 0.03,
    }),
  })
  .superRefine((fund, ctx) => {
    if (fund.lifeYears < fund.investmentPeriodYears)
      breakRule(ctx, 'lifeAtLeastInvestmentPeriod', ['lifeYears'], fund.lifeYears);
  })
  .prefault({})
  .meta({
    description:
      '概念验证种子基金: 100% fiscal, small tickets into POC projects, stakes pushed to angel sub-funds',
  });

export const GuidanceFundSchema = z
  .strictObject({
    capitalCNY: moneyCNY(
      3_000_000_000,
      'Fiscal capital of the guidance fund: all it may ever draw from the treasury. Its manager’s fee over the horizon and the stake-purchase budget are set aside first; a sub-fund whose guidance commitment the rest cannot cover never forms (counted as refused)',
    ),
    stakePurchaseBudgetShare: share(
      0.2,
      'Share of capital set aside to buy stakes from angel sub-funds; a purchase beyond it is refused (counted)',
    ),
    managementFeeRatePerYear: ratePerYear(
      0.005,
      'Annual fee of the guidance fund’s manager on capital',
      0,
      0.05,
    ),
  })
  .prefault({})
  .meta({
    description: '科技投资引导基金: commits to sub-funds, buys transferred stakes, holds to exit',
  });

export const FundsSchema = z
  .strictObject({
    guidanceFund: GuidanceFundSchema,
    seedFund: SeedFundSchema,
    angelFunds: z
      .array(AngelFundSchema)
      .max(20)
      .default([])
      .meta({ description: '天使投资子基金' }),
    techFunds: z.array(TechFundSchema).max(20).default([]).meta({ description: '科技投资子基金' }),
    bankLinkedFunds: z
      .array(BankLinkedFundSchema)
      .max(5)
      .default([])
      .meta({ description: '投贷联动子基金' }),
  })
  .meta({ description: 'The funds of the chain' });

export const ConcessionSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .meta({ description: 'Whether the guidance fund concedes part of its gains (让利)' }),
    angelStageShare: share(
      0.4,
      'Share of the guidance fund’s gains on in-province firms first backed at angel stage that is conceded',
    ),
    earlyStageShare: share(
      0.3,
      'Share of the guidance fund’s gains on in-province early/mid-stage firms that is conceded',
    ),
    inProvinceOnly: z
      .boolean()
      .default(true)
      .meta({ description: 'Only gains on in-province firms are conceded' }),
    toGpShare: share(
      0,
      'Part of the conceded amount paid to the GP; the rest goes to private LPs pro rata',
    ),
  })
  .prefault({})
  .meta({ description: '让利: profit concession of the guidance fund (Hebei plan 二(二)2)' });
