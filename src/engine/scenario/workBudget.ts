/**
 * What one trial may ask of the engine. A trial's work grows with the firms that arrive (each is
 * stepped every quarter it lives, borrows, is posted for), so the scenario bounds their expected
 * number: at most 250,000 a trial, 33 times the default scenario's 7,500 (a few seconds a trial on
 * one core), whatever the mix of arrival rates and horizon.
 */
export const MAX_EXPECTED_ARRIVALS = 250_000;

type ArrivalTerms = {
  simulation: { years: number };
  firms: { arrivals: Record<'POC' | 'ANGEL' | 'EARLY', { meanPerQuarter: number }> };
};

/** Expected firm arrivals in one trial: the mean arrivals a quarter at each stage × quarters. */
export function expectedArrivals(scenario: ArrivalTerms): number {
  const { POC, ANGEL, EARLY } = scenario.firms.arrivals;
  return (
    (POC.meanPerQuarter + ANGEL.meanPerQuarter + EARLY.meanPerQuarter) *
    4 *
    scenario.simulation.years
  );
}
