import * as z from 'zod';
import { correlation, perSd, quarters, ratePerYear } from '../fields.ts';
import { breakRule } from '../rules.ts';

/** A rate that changes at given quarters: a constant is a path with one step from quarter 0. */
const ratePath = (defaultRatePerYear: number, description: string) =>
  z
    .array(
      z.strictObject({
        fromQuarter: quarters(
          0,
          'First quarter (0 = start of the simulation) at which this rate applies',
        ),
        ratePerYear: ratePerYear(
          defaultRatePerYear,
          'Annual rate from that quarter on',
          -0.05,
          0.3,
        ),
      }),
    )
    .min(1)
    .max(200)
    .default([{ fromQuarter: 0, ratePerYear: defaultRatePerYear }])
    .superRefine((steps, ctx) => {
      if (steps[0]?.fromQuarter !== 0)
        breakRule(ctx, 'firstStepAtZero', [0, 'fromQuarter'], steps[0]?.fromQuarter);
      steps.forEach((step, i) => {
        if (i > 0 && step.fromQuarter <= steps[i - 1]!.fromQuarter)
          breakRule(ctx, 'stepsIncreasing', [i, 'fromQuarter'], step.fromQuarter);
      });
    })
    .meta({ description });

/** The business cycle Z_t and interest rates (MODEL.md, Time and the economy). */
export const EconomySchema = z
  .strictObject({
    cycle: z
      .strictObject({
        persistence: correlation(
          0,
          'AR(1) coefficient phi of the systematic factor Z_t (0 = independent quarters)',
          -0.99,
          0.99,
        ),
        exitValuationBeta: perSd(
          0.25,
          'Effect of Z_t on log exit valuations (IPO and trade-sale multiples) per standard deviation',
        ),
      })
      .prefault({})
      .meta({ description: 'The systematic factor Z_t ~ N(0,1), one draw a quarter' }),
    lpr1y: ratePath(0.03, 'One-year Loan Prime Rate (LPR) path'),
    lpr5y: ratePath(0.035, 'Five-year Loan Prime Rate (LPR) path'),
    publicMarket: z
      .strictObject({
        returnPerYear: ratePerYear(
          0.06,
          'Expected annual total return of the public equity index',
          -0.5,
          1,
        ),
        volatilityPerYear: ratePerYear(0.22, 'Annual volatility of the public equity index', 0, 2),
        cycleLoading: correlation(
          0.6,
          'Correlation of the index return with the systematic factor Z_t',
          -1,
          1,
        ),
      })
      .prefault({})
      .meta({
        description:
          'Public equity index used for the Kaplan–Schoar public market equivalent (PME)',
      }),
  })
  .meta({ description: 'The economy: business cycle, loan prime rates and the public market' });
