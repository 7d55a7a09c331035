import * as z from 'zod';
import { LIVE_STAGES } from '../stages.ts';
import {
  moneyCNY,
  multiple,
  points,
  probabilityPerQuarter,
  quarters,
  ratePerYear,
  share,
  wholeYears,
} from '../fields.ts';

const loanTerms = (d: {
  termYears: number;
  spread: number;
  lgd: number;
  maxCNY: number;
  stages: ReadonlyArray<(typeof LIVE_STAGES)[number]>;
  enabled?: boolean;
}) => ({
  enabled: z
    .boolean()
    .default(d.enabled ?? true)
    .meta({ description: 'Whether the bank offers this product' }),
  eligibleStages: z
    .array(z.enum(LIVE_STAGES))
    .max(4)
    .default([...d.stages])
    .meta({ description: 'Stages at which a firm may get this product' }),
  termYears: wholeYears(d.termYears, 'Loan term', 1, 10),
  amortising: z.boolean().default(false).meta({
    description: 'Equal quarterly principal repayments (true) or a bullet at maturity (false)',
  }),
  spreadOverLprPerYear: ratePerYear(d.spread, 'Spread over the one-year LPR', -0.05, 0.2),
  lossGivenDefaultShare: share(
    d.lgd,
    'Share of the outstanding principal lost when the firm defaults',
  ),
  maxPerFirmCNY: moneyCNY(d.maxCNY, 'Largest loan of this product to one firm'),
});

/** How the bank responds when its tech-loan NPL ratio is above the tolerated level. */
const approvalResponseSchema = z
  .discriminatedUnion('rule', [
    z.strictObject({
      rule: z.literal('stop').meta({ description: 'No new loans until the ratio falls back' }),
    }),
    z.strictObject({
      rule: z.literal('fixedCut').meta({ description: 'Approvals cut by a fixed share' }),
      cutShare: share(0.5, 'Share of approvals cut'),
    }),
    z.strictObject({
      rule: z
        .literal('smooth')
        .meta({ description: 'Approval rate falls with the excess NPL ratio' }),
      sensitivity: multiple(
        20,
        'Cut in approval share per unit of excess NPL ratio (20: 5 pp over → stop)',
        0,
        1000,
      ),
    }),
  ])
  .meta({ description: 'Approval response above the tolerated NPL ratio' });

/** The bank's tech book (MODEL.md, Bank). */
export const BankSchema = z
  .strictObject({
    enabled: z.boolean().default(true).meta({ description: 'Whether the bank lends' }),
    whiteListAllGovernmentBacked: z.boolean().default(false).meta({
      description:
        'White list includes every firm of a government-backed fund, not only the bank-linked sub-fund’s',
    }),
    linkageLoan: z
      .strictObject({
        ...loanTerms({
          termYears: 3,
          spread: 0.005,
          lgd: 0.6,
          maxCNY: 30_000_000,
          stages: ['ANGEL', 'EARLY', 'GROWTH'],
        }),
        creditLineMultipleOfEquity: multiple(
          1,
          'Credit line as a multiple of equity raised from the fund',
          0,
          10,
        ),
        preferentialDiscountPerYear: ratePerYear(
          0.002,
          'Preferential discount off the loan rate',
          0,
          0.05,
        ),
      })
      .prefault({})
      .meta({
        description: 'Invest-then-lend loans to white-listed firms: unsecured, preferential rate',
      }),
    innovationPointsLoan: z
      .strictObject({
        ...loanTerms({
          termYears: 1,
          spread: 0.006,
          lgd: 0.6,
          maxCNY: 30_000_000,
          stages: ['EARLY', 'GROWTH'],
        }),
        bands: z
          .array(
            z.strictObject({
              minPoints: points(70, 'Lowest innovation-points score of the band'),
              amountCNY: moneyCNY(5_000_000, 'Loan size for a firm in the band'),
            }),
          )
          .min(1)
          .max(10)
          .default([
            { minPoints: 70, amountCNY: 5_000_000 },
            { minPoints: 80, amountCNY: 10_000_000 },
            { minPoints: 90, amountCNY: 30_000_000 },
          ])
          .meta({
            description:
              'Loan size by innovation-points band; a firm gets the size of the highest band it reaches, none below the lowest',
          }),
      })
      .prefault({})
      .meta({ description: '创新积分贷: loans to firms above a points threshold' }),
    ipPledgeLoan: z
      .strictObject({
        ...loanTerms({
          termYears: 2,
          spread: 0.008,
          lgd: 0.4,
          maxCNY: 10_000_000,
          stages: ['EARLY', 'GROWTH'],
        }),
        minPoints: points(60, 'Lowest innovation-points score (a proxy for pledgeable IP)'),
      })
      .prefault({})
      .meta({ description: 'IP-pledge loans: lower loss given default' }),
    convertibleLoan: z
      .strictObject({
        ...loanTerms({
          termYears: 2,
          spread: 0.01,
          lgd: 0.6,
          maxCNY: 10_000_000,
          stages: ['ANGEL', 'EARLY'],
          enabled: false,
        }),
        conversionShare: share(
          0.5,
          'Share of outstanding principal converted to equity at the next round',
        ),
      })
      .prefault({})
      .meta({ description: '可转贷: convertible into equity at the next round' }),
    independentDefaultPerQuarter: probabilityPerQuarter(
      0,
      'Quarterly default hazard of a loan beyond its firm’s failure',
    ),
    tolerance: z
      .strictObject({
        nplToleranceShare: share(
          0.045,
          'Tolerated NPL ratio tau of the tech book (regulator: overall NPL + 3 pp)',
        ),
        dueDiligenceExemptionShare: share(
          0,
          '尽职免责: further margin on top of tau before approvals are cut',
        ),
        nonPerformingQuarters: quarters(
          4,
          'Quarters a defaulted loan stays non-performing before write-off',
          1,
          40,
        ),
        response: approvalResponseSchema.default({ rule: 'stop' }),
        responseCutsRenewals: z.boolean().default(false).meta({
          description:
            'Whether the response also cuts renewals (a performing loan that matures, rolled over the same quarter); by default renewals go on at the normal approval share and only new lending is cut',
        }),
      })
      .prefault({})
      .meta({
        description:
          'NPL ratio of the tech book (all four products) = principal of loans in default and not yet written off ÷ (that + principal of performing loans). A loan defaults when its firm fails, or (with the independent hazard) when the firm’s distress crosses a higher threshold of the same copula; it stays non-performing for nonPerformingQuarters, then is written off and its loss shared. When the ratio at the end of a quarter exceeds tau plus the 尽职免责 margin, the next quarter’s approvals follow the response rule.',
      }),
    approvalShare: share(
      0.8,
      'Share of eligible applications approved when the NPL ratio is within tolerance',
    ),
    reporting: z
      .strictObject({
        minBookCNY: moneyCNY(
          100_000_000,
          'Smallest tech book (performing + non-performing principal) at which a quarter’s NPL ratio counts for the reported peak and median',
        ),
      })
      .prefault({})
      .meta({
        description:
          'How the NPL ratio is reported: a book smaller than minBookCNY is a handful of loans whose ratio says little, so its quarters are left out of the peak and the median (reporting only: the bank’s response reads every quarter)',
      }),
  })
  .prefault({})
  .meta({ description: 'The bank: products, defaults and risk tolerance' });
