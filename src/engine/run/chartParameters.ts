import * as z from 'zod';
import type { Scenario } from '../scenario/schema.ts';

/**
 * The scenario values a result's charts and labels show, carried by the result itself: the NPL
 * chart's τ line and the reporting minimum of its peak and median, the horizon of every time
 * axis, the discount rate of the present values and the haircut on NAV, and the scenario's name.
 * A chart then reads what produced the numbers, never the scenario being edited after the run.
 */
export const ChartParametersSchema = z
  .strictObject({
    scenarioName: z.strictObject({ zh: z.string(), en: z.string() }),
    years: z.int().meta({ description: 'simulation.years: the horizon of every time axis' }),
    nplToleranceShare: z
      .number()
      .meta({ description: 'bank.tolerance.nplToleranceShare: τ, the NPL chart’s reference line' }),
    dueDiligenceExemptionShare: z
      .number()
      .meta({ description: 'bank.tolerance.dueDiligenceExemptionShare: the margin above τ' }),
    reportingMinBookCNY: z.number().meta({
      description:
        'bank.reporting.minBookCNY: smallest book whose quarters the NPL peak and median read',
    }),
    discountRatePerYear: z
      .number()
      .meta({ description: 'fiscal.discountRatePerYear: the rate of every present value' }),
    navHaircutShare: z
      .number()
      .meta({ description: 'fiscal.navHaircutShare: the haircut of the net cost with NAV' }),
  })
  .meta({ description: 'The scenario values this result’s charts show' });

export type ChartParameters = z.infer<typeof ChartParametersSchema>;

export function chartParameters(scenario: Scenario): ChartParameters {
  return {
    scenarioName: { zh: scenario.name.zh, en: scenario.name.en },
    years: scenario.simulation.years,
    nplToleranceShare: scenario.bank.tolerance.nplToleranceShare,
    dueDiligenceExemptionShare: scenario.bank.tolerance.dueDiligenceExemptionShare,
    reportingMinBookCNY: scenario.bank.reporting.minBookCNY,
    discountRatePerYear: scenario.fiscal.discountRatePerYear,
    navHaircutShare: scenario.fiscal.navHaircutShare,
  };
}
