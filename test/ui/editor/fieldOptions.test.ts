import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/index.ts';
import { enumOptions, numericRange } from '../../../src/ui/editor/fieldOptions.ts';

const parsed = parseScenario({
  schemaVersion: 1,
  id: 't',
  name: { zh: '测', en: 't' },
  description: { zh: '测', en: 't' },
});
const scenario = parsed.ok ? parsed.scenario : null;

describe('editor field options', () => {
  it('gives the schema’s range of a numeric field', () => {
    expect(numericRange(['concession', 'angelStageShare'], scenario)).toEqual({ min: 0, max: 1 });
    expect(numericRange(['simulation', 'years'], scenario)).toEqual({ min: 1, max: 40 });
    expect(numericRange(['concession', 'enabled'], scenario)).toBeNull();
  });

  it('gives a programme offer’s quarter the range of a quarter within the year', () => {
    const programme = parseScenario(
      JSON.parse(
        readFileSync(
          new URL('../../../scenarios/hebei-2022-programme.json', import.meta.url),
          'utf8',
        ),
      ),
    );
    if (!programme.ok) throw new Error('the programme preset does not parse');
    const quarter = ['fundRaising', 'tech', 'terms', 'vintageQuarter'];
    expect(numericRange(quarter, programme.scenario)).toEqual({ min: 0, max: 3 });
    // A listed sub-fund's vintage is any quarter of the horizon.
    expect(numericRange(['funds', 'angelFunds', 0, 'vintageQuarter'], scenario)).toEqual({
      min: 0,
      max: 200,
    });
    expect(numericRange(['fundRaising', 'offerYears', 0], programme.scenario)).toEqual({
      min: 0,
      max: 50,
    });
  });

  it('gives the options of an enumerated field', () => {
    // The tag of a tagged union offers its variants.
    expect(enumOptions(['funds', 'seedFund', 'transferPricing', 'rule'], scenario)).toEqual([
      'atCost',
      'costPlusInterest',
      'roundPriceDiscount',
    ]);
    expect(
      enumOptions(['funds', 'seedFund', 'transferPricing', 'interestRatePerYear'], scenario),
    ).toBeNull();
    expect(enumOptions(['bank', 'linkageLoan', 'eligibleStages', 0], scenario)).toEqual([
      'POC',
      'ANGEL',
      'EARLY',
      'GROWTH',
    ]);
  });
});
