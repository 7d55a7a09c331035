import { describe, expect, it } from 'vitest';
import { isLive, LIVE_STAGE_CODES } from '../../../src/engine/firms/stageCode.ts';
import { simulateTrial, type Scenario } from '../../../src/engine/index.ts';
import type { TrialArena } from '../../../src/engine/trial/simulateTrial.ts';
import { defaultScenario, defaultScenarioJson, parsed } from '../defaultScenario.ts';

/** The default scenario with lending open wide: more stages, lower points, the whole chain white. */
function openLending(): Scenario {
  const json = defaultScenarioJson() as { bank: Record<string, Record<string, unknown>> };
  Object.assign(json.bank, { whiteListAllGovernmentBacked: true, approvalShare: 0.95 });
  json.bank.ipPledgeLoan!.minPoints = 40;
  json.bank.innovationPointsLoan!.eligibleStages = ['ANGEL', 'EARLY', 'GROWTH'];
  json.bank.linkageLoan!.eligibleStages = ['POC', 'ANGEL', 'EARLY', 'GROWTH'];
  return parsed(json);
}

/** Whether a live firm qualifies for some product, by origination's rules, held loans aside. */
function qualifies(scenario: Scenario, arena: TrialArena, firm: number): boolean {
  const { firms } = arena.ctx!;
  const terms = scenario.bank;
  const stage = firms.stage[firm]!;
  const offered = (product: { enabled: boolean; eligibleStages: readonly string[] }) =>
    product.enabled && product.eligibleStages.some((s) => LIVE_STAGE_CODES[s as 'POC'] === stage);
  const backed = firms.backedQuarter[firm]! >= 0;
  const white =
    firms.whiteListQuarter[firm]! >= 0 || (terms.whiteListAllGovernmentBacked && backed);
  const points = firms.points[firm]!;
  const lowestBand = Math.min(...terms.innovationPointsLoan.bands.map((b) => b.minPoints));
  return (
    (offered(terms.linkageLoan) && white) ||
    (offered(terms.innovationPointsLoan) && points >= lowestBand) ||
    (offered(terms.ipPledgeLoan) && points >= terms.ipPledgeLoan.minPoints) ||
    (offered(terms.convertibleLoan) && backed)
  );
}

describe('lending candidates: the bank visits every firm that may qualify, in firm order', () => {
  it.each([
    ['the default scenario', defaultScenario()],
    ['lending open wide', openLending()],
  ])('%s: at every quarter end each qualifying live firm is a candidate', (_, scenario) => {
    let checked = 0;
    for (let trial = 0; trial < 3; trial++) {
      const arena: TrialArena = {};
      simulateTrial(scenario, trial, {
        arena,
        onQuarterEnd: (ctx, quarter) => {
          const { firms: list, count } = arena.bank!.candidates;
          const candidates = Array.from(list.subarray(0, count));
          // Strictly ascending (firm order, each once) and only live firms.
          for (let k = 1; k < count; k++)
            expect(candidates[k]!).toBeGreaterThan(candidates[k - 1]!);
          for (const firm of candidates) expect(isLive(ctx.firms.stage[firm]!)).toBe(true);
          const inList = new Set(candidates);
          for (let firm = 0; firm < ctx.firms.count; firm++) {
            if (!isLive(ctx.firms.stage[firm]!) || ctx.firms.arrivalQuarter[firm] === quarter)
              continue;
            if (!qualifies(scenario, arena, firm)) continue;
            checked++;
            if (!inList.has(firm)) expect.fail(`trial ${trial}, quarter ${quarter}: firm ${firm}`);
          }
        },
      });
    }
    // The check saw many qualifying firms, not an empty set.
    expect(checked).toBeGreaterThan(1000);
  });
});
