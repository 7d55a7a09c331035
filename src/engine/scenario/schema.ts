import * as z from 'zod';
import { bilingualText, slug } from './fields.ts';
import { breakRule } from './rules.ts';
import { expectedArrivals, MAX_EXPECTED_ARRIVALS } from './workBudget.ts';
import { BankSchema } from './sections/bank.ts';
import { EconomySchema } from './sections/economy.ts';
import { FirmsSchema } from './sections/firms.ts';
import { ConcessionSchema, FundsSchema } from './sections/funds.ts';
import { FiscalSchema } from './sections/fiscal.ts';
import { FundRaisingSchema, type FundRaising } from './sections/fundRaising.ts';
import { SimulationSchema } from './sections/simulation.ts';

/** Bumped whenever a change to the schema could make an old scenario file mean something else. */
export const SCHEMA_VERSION = 1;

/** Where a parameter's value comes from: a policy clause or a cited public figure. */
export const CitationSchema = z
  .strictObject({
    fields: z.array(z.string().min(1).max(200)).min(1).max(500).meta({
      description: 'Dotted paths of the fields this source sets, e.g. "concession.angelStageShare"',
    }),
    document: z.string().min(1).max(1000).meta({
      description: 'A file of shared/policy/, or a publication (as listed in CALIBRATION.md)',
    }),
    clause: z
      .string()
      .min(1)
      .max(4000)
      .meta({ description: 'Clause, table or page within the document' }),
    quote: z
      .string()
      .max(4000)
      .optional()
      .meta({ description: 'The words of the source, in its language' }),
  })
  .meta({ description: 'Source of one or more parameter values' });

export const ScenarioSchema = z
  .strictObject({
    $schema: z
      .string()
      .max(1000)
      .optional()
      .meta({ description: 'Address of this JSON Schema, for editors; ignored by the engine' }),
    schemaVersion: z.literal(SCHEMA_VERSION).meta({
      description: 'Version of this scenario format; the engine reads only its own version',
    }),
    id: slug,
    name: bilingualText,
    description: bilingualText,
    sources: z
      .array(CitationSchema)
      .max(2000)
      .default([])
      .meta({ description: 'Sources of the parameter values' }),
    simulation: SimulationSchema.prefault({}),
    economy: EconomySchema.prefault({}),
    firms: FirmsSchema.prefault({}),
    funds: FundsSchema.prefault({}),
    concession: ConcessionSchema,
    bank: BankSchema,
    fiscal: FiscalSchema,
    fundRaising: FundRaisingSchema.optional(),
  })
  .superRefine((scenario, ctx) => {
    // The work one trial asks for is bounded (workBudget.ts).
    const arrivals = expectedArrivals(scenario);
    if (arrivals > MAX_EXPECTED_ARRIVALS)
      breakRule(ctx, 'workWithinBudget', ['firms', 'arrivals'], Math.round(arrivals));
    // Sub-fund ids name ledger accounts and result keys: one id, one fund, across every kind.
    const fundIds = new Set<string>();
    for (const group of ['angelFunds', 'techFunds', 'bankLinkedFunds'] as const)
      scenario.funds[group].forEach((fund, i) => {
        if (fundIds.has(fund.id)) breakRule(ctx, 'uniqueIds', ['funds', group, i, 'id'], fund.id);
        fundIds.add(fund.id);
      });
    checkFundRaising(scenario, fundIds, ctx);
    // An industry named by a fund or an incentive must be one of the scenario's industries.
    const industries = new Set(scenario.firms.industries.map((industry) => industry.id));
    const checkIndustries = (ids: readonly string[], path: (string | number)[]) =>
      ids.forEach((id, j) => {
        if (!industries.has(id)) breakRule(ctx, 'knownIndustry', [...path, j], id);
      });
    scenario.funds.techFunds.forEach((fund, i) =>
      checkIndustries(fund.industryFocus, ['funds', 'techFunds', i, 'industryFocus']),
    );
    const offeredTech = scenario.fundRaising?.tech?.terms;
    if (offeredTech)
      checkIndustries(offeredTech.industryFocus, ['fundRaising', 'tech', 'terms', 'industryFocus']);
    for (const incentive of [
      'unicornInterestSubsidy',
      'firstSetInsurance',
      'listingSubsidy',
    ] as const)
      checkIndustries(scenario.fiscal[incentive].eligibleIndustries, [
        'fiscal',
        incentive,
        'eligibleIndustries',
      ]);
    // A citation that names a field that does not exist is a typo that would mislead a reader.
    scenario.sources.forEach((citation, i) => {
      citation.fields.forEach((field, j) => {
        if (!hasPath(scenario, field)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sources', i, 'fields', j],
            message: `no such field: ${field}`,
            input: field,
            params: { key: 'scenario.unknownField' },
          });
        }
      });
    });
  })
  .meta({ title: 'Fund-chain scenario', description: 'A scenario of the fund-chain simulator' });

/** A parsed, complete scenario: every default filled in. The engine only ever receives this. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** What a scenario file may contain: fields with defaults may be left out. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** The programme's offers: within the horizon, with ids that stay ids and clash with no fund's. */
function checkFundRaising(
  scenario: { simulation: { years: number }; fundRaising?: FundRaising | undefined },
  fundIds: Set<string>,
  ctx: z.core.$RefinementCtx,
): void {
  const programme = scenario.fundRaising;
  if (!programme) return;
  programme.offerYears.forEach((year, i) => {
    if (year >= scenario.simulation.years)
      breakRule(ctx, 'offerWithinHorizon', ['fundRaising', 'offerYears', i], year);
  });
  if (new Set(programme.offerYears).size !== programme.offerYears.length)
    breakRule(ctx, 'uniqueIds', ['fundRaising', 'offerYears'], programme.offerYears);
  for (const type of ['angel', 'tech', 'bankLinked'] as const) {
    const offer = programme[type];
    if (!offer) continue;
    const path = ['fundRaising', type, 'terms'];
    if (offer.terms.id.length > 34) breakRule(ctx, 'offerIdFits', [...path, 'id'], offer.terms.id);
    if (offer.terms.vintageQuarter > 3)
      breakRule(ctx, 'quarterWithinYear', [...path, 'vintageQuarter'], offer.terms.vintageQuarter);
    if ([...fundIds].some((id) => id === offer.terms.id || id.startsWith(`${offer.terms.id}-y`)))
      breakRule(ctx, 'uniqueIds', [...path, 'id'], offer.terms.id);
    fundIds.add(offer.terms.id);
  }
}

function hasPath(root: unknown, dotted: string): boolean {
  let node: unknown = root;
  for (const part of dotted.split('.')) {
    if (node === null || typeof node !== 'object') return false;
    const key = Array.isArray(node) && /^\d+$/.test(part) ? Number(part) : part;
    // Own members only: a citation of "constructor" names no field.
    if (!Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}
