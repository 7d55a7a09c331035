import * as z from 'zod';
import {
  count,
  moneyCNY,
  multiple,
  perSd,
  ratePerYear,
  share,
  wholeYears,
  years,
} from '../fields.ts';
import { AngelFundSchema, BankLinkedFundSchema, TechFundSchema } from './funds.ts';

/**
 * One kind of sub-fund the guidance fund offers each programme year: how many, and on what terms.
 * The terms are a sub-fund's own (funds.ts): `commitmentCNY` is the target size, `id` the prefix
 * of the offered funds' ids (`<id>-y<year>-<k>`), `vintageQuarter` the quarter within the year
 * (0–3) at which the offer closes or fails.
 */
const offerSchema = <T extends z.ZodType>(terms: T, what: string) =>
  z
    .strictObject({
      perYear: count(1, `${what} offered in each programme year`, 0, 5),
      terms,
    })
    .meta({ description: `${what} offered year by year` });

/** How private LPs answer an offer (README, “Fund raising”; lpResponse.ts). */
const LpResponseSchema = z
  .strictObject({
    grossMultiple: multiple(
      2.2,
      'Gross multiple on invested capital a sub-fund is expected to earn before fees and carry. Source CALIBRATION.md, Venture outcomes: eFront China VC TVPI 1.79× net (vintages 1997–2018); 2.2× gross is what leaves about 1.79× after 2%/1.5% fees and 20% carry. Plausible 1.6–3.0 (Kauffman 2012: 1.3× net, low)',
      1,
      10,
    ),
    holdingYears: years(
      5.5,
      'Years over which the expected multiple is earned, to annualise it. Source CALIBRATION.md: eFront, time to liquidity about 5.5 years. Plausible 4–8',
      1,
      15,
    ),
    concessionEligibleShare: share(
      0.6,
      'Share of an angel sub-fund’s gains LPs expect to be eligible for the concession (in-province, backed at angel stage). Model assumption: about the in-province share of firms (firms.inProvinceShare 0.7) less deals first backed later; plausible 0.4–0.8',
    ),
    localRequirementCostPerYear: ratePerYear(
      0.02,
      '返投 cost: annual return LPs give up per unit of required in-province investment as a share of commitments (localReinvestmentMultiple × guidance share), for the deals it keeps them from. Model assumption (CALIBRATION.md notes a 2025 national draft to lower 返投 because it deters LPs); plausible 0–0.05',
      0,
      0.2,
    ),
    requiredReturnPerYear: ratePerYear(
      0.08,
      'Mean net annual return private LPs require of a sub-fund. Model assumption: the usual 8% hurdle (the sub-funds’ default hurdleRatePerYear); plausible 0.06–0.12',
      0,
      0.5,
    ),
    requiredReturnSpreadPerYear: ratePerYear(
      0.03,
      'Spread (logistic scale) of the required return across private LPs: the share of the target raised is 1 / (1 + exp(−(expected − required) / spread)). Model assumption; plausible 0.01–0.06 (smaller: LPs alike, all-or-nothing closes)',
      0.001,
      0.5,
    ),
    cycleReturnPerSd: perSd(
      0.01,
      'What LPs add to their expected annual return per standard deviation of the business cycle in the offer’s quarter (economy.cycle): fund-raising rises in booms and dries up in busts. Model assumption; plausible 0–0.03',
    ),
    minCloseShare: share(
      0.5,
      'A sub-fund closes only if LPs’ demand (and the guidance budget) reach this share of its target; below it the offer fails. Model assumption; plausible 0.3–0.8',
    ),
    trackRecordMinAgeYears: wholeYears(
      3,
      'Earlier sub-funds of the trial count as a track record once this old (interim private-LP TVPI, NAV at round prices). Model assumption: about half a fund’s investment period; plausible 2–5',
      1,
      15,
    ),
    trackRecordCredibilityFunds: multiple(
      2,
      'Judged funds at which the track record weighs as much as the terms: weight = n / (n + this). Model assumption (a credibility weight); plausible 1–5',
      0.01,
      100,
    ),
  })
  .prefault({})
  .meta({
    description:
      'Private LPs’ response: the net return they expect of an offer (from its terms, blended with the trial’s track record) against the return they require, spread across LPs',
  });

/** The most offer years a programme may list. */
export const MAX_OFFER_YEARS = 15;

export const FundRaisingSchema = z
  .strictObject({
    offerYears: z.array(z.int().min(0).max(50)).min(1).max(MAX_OFFER_YEARS).default([0, 1]).meta({
      description:
        'Years of the simulation (0 = the first) in which sub-funds are offered; each gets the annual budget',
    }),
    angel: offerSchema(AngelFundSchema, 'Angel sub-funds').optional(),
    tech: offerSchema(TechFundSchema, 'Tech sub-funds').optional(),
    bankLinked: offerSchema(BankLinkedFundSchema, 'Bank-linked sub-funds').optional(),
    annualBudgetCNY: moneyCNY(
      200_000_000,
      'Guidance-fund commitments the treasury allows each programme year; the guidance fund’s capital (funds.guidanceFund.capitalCNY) binds too. Model assumption: about one angel and one tech sub-fund’s guidance share a year; plausible 0–500 m',
    ),
    unspentBudget: z.enum(['returnToTreasury', 'carryForward']).default('carryForward').meta({
      description:
        'A year’s budget left uncommitted (offers that failed or closed small) is returned to the treasury (never drawn), or carries to the next programme year',
    }),
    proceeds: z.enum(['returnToTreasury', 'fundLaterVintages']).default('returnToTreasury').meta({
      description:
        'The guidance fund’s receipts (distributions, stake sales) go back to the treasury each quarter, or stay and add to the capital later vintages may commit (as the seed fund’s evergreen option)',
    }),
    lpResponse: LpResponseSchema,
  })
  .meta({
    description:
      'Fund-raising programme: the guidance fund offers sub-funds year by year, and private LPs decide whether each closes and at what size. Absent: only the listed sub-funds, each closing at its commitment',
  });

export type FundRaising = z.infer<typeof FundRaisingSchema>;
