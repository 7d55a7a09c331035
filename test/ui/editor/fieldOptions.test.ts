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
