import { describe, expect, it } from 'vitest';
import { log1p } from '../../../src/engine/math/ieeeMath.ts';
import { ageAtArrival } from '../../../src/engine/firms/arrivals.ts';
import { STAGE_NAMES } from '../../../src/engine/firms/stageCode.ts';
import {
  ATTRIBUTE,
  ATTRIBUTES,
  counterKey,
  counterUniform,
} from '../../../src/engine/random/counterDraws.ts';
import { simulateTrial } from '../../../src/engine/trial/simulateTrial.ts';
import { defaultScenario } from '../defaultScenario.ts';

describe('a firm’s age at arrival', () => {
  const scenario = defaultScenario();
  const { firms } = simulateTrial(scenario, 0);
  const key = counterKey(scenario.simulation.seed, 0);

  it('is exponential with its arrival stage’s mean, from its own number, the same when asked again', () => {
    const sums = new Map<string, { n: number; sum: number }>();
    for (let firm = 0; firm < firms.count; firm++) {
      const stage = STAGE_NAMES[firms.arrivalStage[firm]!] as 'POC' | 'ANGEL' | 'EARLY';
      const mean = scenario.firms.arrivals[stage].meanAgeYears;
      const u = counterUniform(key, firm, ATTRIBUTES, ATTRIBUTE.age);
      const age = ageAtArrival(firms, scenario, key, firm);
      expect(age).toBe(-mean * log1p(-u));
      expect(ageAtArrival(firms, scenario, key, firm)).toBe(age);
      const s = sums.get(stage) ?? { n: 0, sum: 0 };
      sums.set(stage, { n: s.n + 1, sum: s.sum + age / mean });
    }
    // Each stage's ages over its mean average 1, within 4 standard errors (an exponential's sd = mean).
    for (const { n, sum } of sums.values())
      expect(Math.abs(sum / n - 1)).toBeLessThan(4 / Math.sqrt(n));
  });

  it('is kept as given for a firm placed by hand', () => {
    firms.ageAtArrivalYears[0] = 3.5;
    expect(ageAtArrival(firms, scenario, key, 0)).toBe(3.5);
  });
});
