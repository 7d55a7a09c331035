import { describe, expect, it } from 'vitest';
import { matchesQuery, searchText } from '../../../src/ui/editor/fieldSearch.ts';

const concession = searchText(['concession', 'angelStageShare'], 'concession.angelStageShare');
const fee = searchText(
  ['funds', 'angelFunds', 0, 'fees', 'investmentPeriodRatePerYear'],
  'funds.angelFunds[0].fees.investmentPeriodRatePerYear',
);

describe('finding a field', () => {
  it.each([
    // query, field text, found
    ['天使期让利', concession, true],
    ['让利 天使', concession, true],
    ['concession angel', concession, true],
    ['CONCESSION SHARE', concession, true],
    ['concession.angelStageShare', concession, true],
    ['angelstageshare', concession, true],
    // Full-width letters from a Chinese input method
    ['ｃｏｎｃｅｓｓｉｏｎ', concession, true],
    ['管理费率', fee, true],
    ['management fee', fee, true],
    ['angelFunds[0].fees', fee, true],
    ['让利', fee, false],
    ['concession bank', concession, false],
    ['', concession, false],
    ['   ', concession, false],
  ] as const)('%j in %#: %s', (query, text, found) => {
    expect(matchesQuery(text, query)).toBe(found);
  });
});
