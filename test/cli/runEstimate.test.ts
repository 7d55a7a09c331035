import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/cli/runEstimate.ts';
import { defaultScenario } from '../engine/defaultScenario.ts';

describe('runEstimate', () => {
  it('says a run’s size and about how long it takes before it starts', () => {
    const scenario = defaultScenario();
    // (15 + 60 + 50) a quarter × 60 quarters = 7,500 arrivals; 40 ms a trial; 1,000 trials on 2.
    expect(runEstimate([scenario], 1000, 2)).toBe(
      'about 7,500 firm arrivals a trial (the work budget allows 250,000); about 20 s on 2 worker threads',
    );
    // A comparison runs both: twice the time; 100,000 trials take minutes.
    expect(runEstimate([scenario, scenario], 100_000, 2)).toMatch(
      /about 67 min on 2 worker threads$/,
    );
  });
});
