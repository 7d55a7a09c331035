import { describe, expect, it } from 'vitest';
import { NOT_SCHEDULED, TAKEN_UP } from '../../../src/engine/fiscal/fiscalState.ts';
import { EARLY, GROWTH } from '../../../src/engine/firms/stageCode.ts';
import { simulateTrial, type Scenario } from '../../../src/engine/index.ts';
import type { TrialArena } from '../../../src/engine/trial/simulateTrial.ts';
import { defaultScenario, defaultScenarioJson, parsed } from '../defaultScenario.ts';

/** The default scenario with take-up frequent and every firm eligible, so many are due. */
function heavyIncentives(): Scenario {
  const json = defaultScenarioJson() as { fiscal: Record<string, Record<string, unknown>> };
  Object.assign(json.fiscal.firstSetInsurance!, {
    uptakePerQuarter: 0.2,
    eligibleIndustries: [],
    inProvinceOnly: false,
  });
  json.fiscal.listingSubsidy!.regionalExchangePerQuarter = 0.3;
  return parsed(json);
}

describe('incentive visits: the treasury sees each firm when an incentive is offered or due', () => {
  it.each([
    ['the default scenario', defaultScenario()],
    ['frequent take-up', heavyIncentives()],
  ])(
    '%s: every EARLY/GROWTH survivor is scheduled, and nothing due is left over',
    (_, scenario) => {
      let offered = 0;
      for (let trial = 0; trial < 3; trial++) {
        const arena: TrialArena = {};
        simulateTrial(scenario, trial, {
          arena,
          onQuarterEnd: ({ firms }, quarter) => {
            const { insuranceQuarter, regionalListingQuarter } = arena.fiscal!;
            for (let firm = 0; firm < firms.count; firm++) {
              const stage = firms.stage[firm]!;
              // Survivors at an incentive's stage; this quarter's arrivals are offered next quarter.
              if ((stage !== EARLY && stage !== GROWTH) || firms.arrivalQuarter[firm] === quarter)
                continue;
              // Scheduled once offered; a take-up due by now has been taken (or never comes).
              const settled = (due: number) =>
                due !== NOT_SCHEDULED && (due > quarter || due === TAKEN_UP);
              if (!settled(regionalListingQuarter[firm]!))
                expect.fail(`trial ${trial}, quarter ${quarter}: firm ${firm}'s listing`);
              offered++;
              if (stage === GROWTH && !settled(insuranceQuarter[firm]!))
                expect.fail(`trial ${trial}, quarter ${quarter}: firm ${firm}'s insurance`);
            }
          },
        });
      }
      expect(offered).toBeGreaterThan(1000);
    },
  );
});
