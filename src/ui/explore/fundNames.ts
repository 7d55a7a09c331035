import type { Scenario } from '../../engine/index.ts';
import type { FundNames } from '../compare/compareMetrics.ts';

/** The sub-funds' names by id, so a fund's metric reads by its name (天使一号 IRR), not its id. */
export function fundNamesOf(scenario: Scenario | null): FundNames {
  if (!scenario) return {};
  const { angelFunds, techFunds, bankLinkedFunds } = scenario.funds;
  return Object.fromEntries(
    [...angelFunds, ...techFunds, ...bankLinkedFunds].map((f) => [f.id, f.name]),
  );
}
