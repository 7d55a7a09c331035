import * as z from 'zod';
import {
  bilingualText,
  correlation,
  logSd,
  meanCount,
  moneyCNY,
  multiple,
  perSd,
  probabilityPerQuarter,
  quarters,
  share,
  slug,
  years,
} from '../fields.ts';
import { breakRule } from '../rules.ts';

/** A lognormal amount given by its median and the standard deviation of its logarithm. */
const lognormalCNY = (medianCNY: number, sigma: number, description: string) =>
  z
    .strictObject({
      medianCNY: moneyCNY(medianCNY, 'Median amount'),
      sigmaLog: logSd(sigma, 'Standard deviation of the natural logarithm'),
    })
    .prefault({})
    .meta({ description });

/** A financing round on graduation out of a stage: a step-up in valuation and new money in. */
const roundSchema = (stepUp: number, raisedShare: number) =>
  z
    .strictObject({
      stepUpMedian: multiple(
        stepUp,
        'Median ratio of the new round’s pre-money valuation to the last post-money',
        0.1,
        100,
      ),
      stepUpSigmaLog: logSd(0.5, 'Standard deviation of the log step-up'),
      stepUpQualityEffect: perSd(
        0.2,
        'Shift of the log step-up per standard deviation of quality q',
      ),
      raisedShareOfPostMoney: share(
        raisedShare,
        'New money as a share of post-money valuation: the dilution of every holder (at most 0.9: a round that raised the whole post-money would value the firm before it at nothing)',
        0.9,
      ),
    })
    .prefault({})
    .meta({ description: 'The financing round that comes with graduating out of this stage' });

/** Quarterly hazards of one stage, at average quality (q = 0), and how quality moves them. */
const stageHazards = (d: {
  graduation: number;
  failure: number;
  tradeSale: number;
  minQuarters: number;
}) =>
  z.strictObject({
    graduationPerQuarter: probabilityPerQuarter(
      d.graduation,
      'Quarterly probability of moving to the next stage (or of an IPO from GROWTH) at q = 0, for a firm that survives the quarter',
    ),
    failurePerQuarter: probabilityPerQuarter(
      d.failure,
      'Quarterly probability of failure at q = 0, before the copula’s business-cycle effect',
    ),
    tradeSalePerQuarter: probabilityPerQuarter(
      d.tradeSale,
      'Quarterly probability of a trade sale at q = 0, for a firm that survives the quarter',
    ),
    graduationQualityEffect: perSd(
      0.4,
      'Log-hazard change of graduation per standard deviation of q',
    ),
    failureQualityEffect: perSd(-0.4, 'Log-hazard change of failure per standard deviation of q'),
    tradeSaleQualityEffect: perSd(
      0,
      'Log-hazard change of a trade sale per standard deviation of q',
    ),
    minQuartersInStage: quarters(
      d.minQuarters,
      'Quarters a firm spends in this stage before it can graduate or be sold',
    ),
  });

/** A stage left by a financing round into the next stage (POC, ANGEL, EARLY). */
const stageWithRound = (
  d: Parameters<typeof stageHazards>[0] & { stepUp: number; raisedShare: number },
) =>
  stageHazards(d)
    .extend({ round: roundSchema(d.stepUp, d.raisedShare) })
    .prefault({});

const industrySchema = z.strictObject({
  id: slug,
  name: bilingualText,
  weight: multiple(1, 'Relative weight of this industry among arrivals', 0, 1000),
  graduationMultiplier: multiple(
    1,
    'Multiplier on graduation and trade-sale hazards in this industry',
    0,
    10,
  ),
  failureMultiplier: multiple(1, 'Multiplier on failure hazards in this industry', 0, 10),
});

const arrivalSchema = (
  perQuarter: number,
  entryPostMoneyCNY: number,
  ageYears: number,
  raisedShare: number,
) =>
  z
    .strictObject({
      meanPerQuarter: meanCount(
        perQuarter,
        'Mean of the Poisson number of new firms entering at this stage each quarter (with the other stages and the horizon, within the work budget of simulation: at most 250,000 expected arrivals a trial)',
        10_000,
      ),
      entryPostMoney: lognormalCNY(
        entryPostMoneyCNY,
        0.6,
        'Post-money valuation of a firm when it enters',
      ),
      raisedShareOfPostMoney: share(
        raisedShare,
        'Money raised in the round at entry, as a share of post-money valuation (at most 0.9)',
        0.9,
      ),
      meanAgeYears: years(
        ageYears,
        'Mean age of a firm when it enters (ages are exponential around it)',
        0,
        30,
      ),
    })
    .prefault({});

/** Firms from lab to listing (MODEL.md, Firms). */
export const FirmsSchema = z
  .strictObject({
    arrivals: z
      .strictObject({
        POC: arrivalSchema(10, 2_000_000, 0.5, 0.25),
        ANGEL: arrivalSchema(20, 20_000_000, 2, 0.2),
        EARLY: arrivalSchema(15, 100_000_000, 4, 0.18),
      })
      .prefault({})
      .meta({
        description:
          'Poisson arrivals of concept-validation projects, angel-stage and early/mid-stage firms',
      }),
    inProvinceShare: share(
      0.7,
      'Share of arriving firms registered in the province (eligible for concession and 返投)',
    ),
    industries: z
      .array(industrySchema)
      .min(1)
      .max(40)
      .default([
        {
          id: 'general',
          name: { zh: '综合', en: 'General' },
          weight: 1,
          graduationMultiplier: 1,
          failureMultiplier: 1,
        },
      ])
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((industry, i) => {
          if (seen.has(industry.id)) breakRule(ctx, 'uniqueIds', [i, 'id'], industry.id);
          seen.add(industry.id);
        });
        if (!list.some((i) => i.weight > 0)) breakRule(ctx, 'somePositiveWeight', [], 0);
      })
      .meta({ description: 'Industries of arriving firms, drawn by weight' }),
    stages: z
      .strictObject({
        POC: stageWithRound({
          graduation: 0.06,
          failure: 0.05,
          tradeSale: 0,
          minQuarters: 4,
          stepUp: 2,
          raisedShare: 0.15,
        }),
        ANGEL: stageWithRound({
          graduation: 0.07,
          failure: 0.05,
          tradeSale: 0.002,
          minQuarters: 4,
          stepUp: 2.8,
          raisedShare: 0.2,
        }),
        EARLY: stageWithRound({
          graduation: 0.06,
          failure: 0.035,
          tradeSale: 0.008,
          minQuarters: 6,
          stepUp: 2,
          raisedShare: 0.18,
        }),
        GROWTH: stageHazards({
          graduation: 0.03,
          failure: 0.02,
          tradeSale: 0.01,
          minQuarters: 8,
        }).prefault({}),
      })
      .prefault({})
      .meta({ description: 'Quarterly hazards by stage; graduation from GROWTH is an IPO' }),
    exits: z
      .strictObject({
        ipoMultipleMedian: multiple(
          2,
          'Median ratio of IPO valuation to the last post-money valuation',
        ),
        ipoMultipleSigmaLog: logSd(0.6, 'Standard deviation of the log IPO multiple'),
        tradeSaleMultipleMedian: multiple(
          1.2,
          'Median ratio of trade-sale price to the last post-money valuation',
        ),
        tradeSaleMultipleSigmaLog: logSd(0.6, 'Standard deviation of the log trade-sale multiple'),
      })
      .prefault({})
      .meta({
        description:
          'Exit valuations; both move with the business cycle (economy.cycle.exitValuationBeta)',
      }),
    failureCorrelation: correlation(
      0.15,
      'Asset correlation rho of the one-factor Gaussian copula: a firm fails when sqrt(rho)·Z_t + sqrt(1−rho)·e_i < Φ⁻¹(p)',
    ),
    screening: z
      .strictObject({
        accuracy: correlation(
          0.5,
          'Accuracy r of the screening model: score s = r·q + sqrt(1−r²)·noise',
          0,
          1,
        ),
      })
      .prefault({})
      .meta({
        description: 'Innovation points (创新积分): what funds and banks see instead of quality q',
      }),
  })
  .meta({
    description:
      'Firms: arrivals, industries, stage hazards, rounds, exits, failures and screening',
  });
