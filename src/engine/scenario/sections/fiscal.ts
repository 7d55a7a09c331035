import * as z from 'zod';
import { LOAN_PRODUCTS } from '../loanProducts.ts';
import { moneyCNY, multiple, ratePerYear, share, slug, wholeYears } from '../fields.ts';
import { breakRule } from '../rules.ts';

const enabled = (value: boolean) =>
  z.boolean().default(value).meta({ description: 'Whether this incentive is on' });

/** Which firms a provincial incentive reaches: the province's own (我省…企业), in some industries. */
const eligibility = (inProvinceOnly: boolean) => ({
  inProvinceOnly: z.boolean().default(inProvinceOnly).meta({
    description: 'Only firms registered in the province are eligible (the clause says 我省 / 省内)',
  }),
  eligibleIndustries: z.array(slug).max(40).default([]).meta({
    description:
      'Ids of the industries (firms.industries) whose firms are eligible; empty = every industry',
  }),
});

/** Every fiscal incentive of the Hebei plan, switchable and capped (MODEL.md, Fiscal incentives). */
export const FiscalSchema = z
  .strictObject({
    discountRatePerYear: ratePerYear(
      0.03,
      'Discount rate for the present value of fiscal flows',
      0,
      0.2,
    ),
    navHaircutShare: share(
      0.25,
      'Haircut on the unrealised NAV the treasury holds at the horizon (its funds’ stakes at their latest round price) when its net cost is shown with NAV: what a sale of those stakes would lose',
    ),
    riskCompensation: z
      .strictObject({
        enabled: enabled(true),
        annualFundingCNY: moneyCNY(100_000_000, 'Treasury money put into the pool each year'),
        coverageShare: share(
          0.5,
          'Share c of principal losses on eligible loans refunded while the pool lasts',
        ),
        eligibleProducts: z
          .array(z.enum(LOAN_PRODUCTS))
          .max(4)
          .default(['linkageLoan', 'innovationPointsLoan', 'ipPledgeLoan', 'convertibleLoan'])
          .meta({
            description:
              'Products whose losses the pool covers; on a partly guaranteed loan, the unguaranteed part of the loss (the guaranteed part is shared by the guarantee split instead)',
          }),
      })
      .prefault({})
      .meta({ description: '贷款风险补偿: loan risk-compensation pool' }),
    guarantee: z
      .strictObject({
        enabled: enabled(false),
        guarantorShare: share(0.4, 'Loss share borne by the guarantor'),
        reGuarantorShare: share(0.3, 'Loss share borne by the re-guarantor or guarantee fund'),
        bankShare: share(0.2, 'Loss share borne by the bank'),
        governmentShare: share(0.1, 'Loss share borne by the local government'),
        feeRatePerYear: ratePerYear(0.01, 'Guarantee fee on the guaranteed balance', 0, 0.1),
        maxPerFirmCNY: moneyCNY(20_000_000, 'Largest guaranteed balance for one firm'),
        products: z.array(z.enum(LOAN_PRODUCTS)).max(4).default(['innovationPointsLoan']).meta({
          description: 'Products whose loans are guaranteed (up to the per-firm balance)',
        }),
      })
      .prefault({})
      .superRefine((g, ctx) => {
        const sum = g.guarantorShare + g.reGuarantorShare + g.bankShare + g.governmentShare;
        if (Math.abs(sum - 1) > 1e-9) breakRule(ctx, 'lossSharesSumToOne', [], sum);
      })
      .meta({ description: '融资担保: guaranteed loans with shared losses' }),
    unicornInterestSubsidy: z
      .strictObject({
        enabled: enabled(true),
        maxAgeYears: wholeYears(10, 'Oldest eligible firm'),
        minValuationUSD: z
          .number()
          .min(0)
          .max(1e13)
          .default(500_000_000)
          .meta({ unit: 'USD', description: 'Lowest eligible valuation' }),
        usdCnyRate: multiple(
          7.1,
          'Exchange rate used to compare CNY valuations with the USD threshold',
          1,
          20,
        ),
        lprShare: share(0.3, 'Subsidy as a share of the LPR on new medium/long-term loans'),
        capPerFirmPerYearCNY: moneyCNY(30_000_000, 'Largest subsidy a firm can receive in a year'),
        ...eligibility(true),
      })
      .prefault({})
      .meta({ description: '独角兽定向贴息: interest subsidy for (potential) unicorns' }),
    firstSetInsurance: z
      .strictObject({
        enabled: enabled(true),
        premiumRate: share(0.03, 'Premium rate of first-set equipment insurance'),
        premiumRateCap: share(0.03, 'Highest premium rate subsidised'),
        subsidyShare: share(0.8, 'Share of the premium subsidised'),
        uptakePerQuarter: share(
          0.002,
          'Quarterly probability that a GROWTH firm insures first-set equipment',
        ),
        insuredValueCNY: moneyCNY(50_000_000, 'Insured value of the equipment'),
        // 二(一)1: the province's equipment-manufacturing firms, products in its catalogue.
        ...eligibility(true),
      })
      .prefault({})
      .meta({ description: '首台(套)保险补贴: first-set equipment insurance subsidy' }),
    investmentReward: z
      .strictObject({
        enabled: enabled(true),
        minInvestmentCNY: moneyCNY(
          30_000_000,
          'Smallest investment in one firm that earns the reward',
        ),
        minHoldingYears: wholeYears(2, 'Shortest holding period'),
        rewardShare: share(
          0.01,
          'Reward as a share of the investment, excluding the guidance fund’s part',
        ),
        capPerFundCNY: moneyCNY(20_000_000, 'Largest reward to one fund'),
      })
      .prefault({})
      .meta({
        description:
          '股权投资基金奖励: equity fund investment reward, paid once to a sub-fund and passed at once to its non-government investors (private LPs, the GP’s commitment) pro rata, outside the waterfall: no carry, no concession, nothing to the guidance fund (扣除政府引导基金)',
      }),
    listingSubsidy: z
      .strictObject({
        enabled: enabled(true),
        neeqUpfrontCNY: moneyCNY(100_000, 'One-off subsidy for an NEEQ (新三板) listing'),
        neeqFirstRaiseShare: share(
          0.01,
          'Subsidy as a share of the first equity raise after an NEEQ listing',
        ),
        neeqFirstRaiseCapCNY: moneyCNY(500_000, 'Cap on the first-raise subsidy'),
        regionalExchangeCNY: moneyCNY(
          50_000,
          'One-off subsidy for a listing on the regional equity exchange',
        ),
        ipoRaisedShare: share(0.25, 'First equity raise at listing, as a share of the valuation'),
        regionalExchangePerQuarter: share(
          0.005,
          'Quarterly probability that an in-province EARLY or GROWTH firm lists on the regional equity exchange',
        ),
        neeqShareOfListings: share(
          0.5,
          'Share of listings (IPO exits from GROWTH) that are NEEQ (新三板) listings; the rest are on the stock exchanges, which the clause does not subsidise',
        ),
        ...eligibility(true),
      })
      .prefault({})
      .meta({ description: '上市补助: listing subsidies' }),
  })
  .prefault({})
  .meta({ description: 'Fiscal policy: risk compensation, guarantees, subsidies and rewards' });
