import { describe, expect, it } from 'vitest';
import { flattenScenario } from '../../../src/engine/index.ts';
import { fundIndexOf, sharedSuffixes } from '../../../src/ui/editor/fundFields.ts';
import { PRESETS } from '../../../src/ui/state/presets.ts';

const hebei = PRESETS.find((p) => p.id === 'hebei-2022')!.scenario;
const leaves = flattenScenario(hebei);

describe('the fields every sub-fund of a kind has', () => {
  it('are each angel fund’s own fields, without its id, name, vintage or list items', () => {
    const shared = sharedSuffixes(leaves, 'angelFunds').map((s) => s.join('.'));
    for (const field of [
      'guidanceFundShare',
      'gpShare',
      'fees.investmentPeriodRatePerYear',
      'fees.afterRatePerYear',
      'waterfall.hurdleRatePerYear',
      'waterfall.carryShare',
      'ticketCNY',
      'saleToGuidanceFund.pricing.rule',
    ])
      expect(shared).toContain(field);
    for (const own of ['id', 'name.zh', 'name.en', 'vintageQuarter', 'stageFocus.0'])
      expect(shared).not.toContain(own);
    // Every shared field exists in each of the four funds.
    const perFund = hebei.funds.angelFunds.map((_, i) =>
      leaves
        .filter((l) => fundIndexOf(l.path, 'angelFunds') === i)
        .map((l) => l.path.slice(3).join('.')),
    );
    expect(perFund).toHaveLength(4);
    for (const fields of perFund) for (const s of shared) expect(fields).toContain(s);
  });

  it('are none for a kind with a single fund', () => {
    expect(hebei.funds.bankLinkedFunds).toHaveLength(1);
    expect(sharedSuffixes(leaves, 'bankLinkedFunds')).toEqual([]);
  });

  it.each([
    [['funds', 'angelFunds', 2, 'fees', 'afterRatePerYear'], 'angelFunds', 2],
    [['funds', 'techFunds', 0, 'id'], 'techFunds', 0],
    [['funds', 'techFunds', 0, 'id'], 'angelFunds', null],
    [['concession', 'toGpShare'], 'angelFunds', null],
  ] as const)('%j is fund %s #%s', (path, group, index) => {
    expect(fundIndexOf(path, group)).toBe(index);
  });
});
