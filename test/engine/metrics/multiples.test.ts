import { describe, expect, it } from 'vitest';
import { dpi, rvpi, tvpi, type FundCapitalAccount } from '../../../src/engine/metrics/multiples.ts';

const account: FundCapitalAccount = { paidInCNY: 80e6, distributedCNY: 60e6, navCNY: 40e6 };

describe('dpi, rvpi, tvpi (ILPA multiples)', () => {
  it('divides distributions, NAV and their sum by paid-in capital', () => {
    expect(dpi(account)).toBe(0.75);
    expect(rvpi(account)).toBe(0.5);
    expect(tvpi(account)).toBe(1.25);
  });

  it('keeps TVPI = DPI + RVPI', () => {
    const accounts: FundCapitalAccount[] = [
      account,
      { paidInCNY: 3e6, distributedCNY: 0, navCNY: 2.7e6 },
      { paidInCNY: 123_456_789, distributedCNY: 987_654_321, navCNY: 1 },
      { paidInCNY: 1, distributedCNY: 0, navCNY: 0 },
    ];
    for (const each of accounts) {
      expect(tvpi(each)).toBeCloseTo((dpi(each) ?? NaN) + (rvpi(each) ?? NaN), 12);
    }
  });

  it('gives 0 for a fund that has called capital but returned and holds nothing', () => {
    const wipedOut = { paidInCNY: 5e6, distributedCNY: 0, navCNY: 0 };
    expect([dpi(wipedOut), rvpi(wipedOut), tvpi(wipedOut)]).toEqual([0, 0, 0]);
  });

  it('returns null, not Infinity or NaN, before any capital is paid in', () => {
    const notCalled = { paidInCNY: 0, distributedCNY: 0, navCNY: 0 };
    expect([dpi(notCalled), rvpi(notCalled), tvpi(notCalled)]).toEqual([null, null, null]);
    const oddButLegal = { paidInCNY: 0, distributedCNY: 1e6, navCNY: 2e6 };
    expect([dpi(oddButLegal), rvpi(oddButLegal), tvpi(oddButLegal)]).toEqual([null, null, null]);
  });

  const badValues = [-1, Number.NaN, Infinity, -Infinity];
  const fields = ['paidInCNY', 'distributedCNY', 'navCNY'] as const;

  it.each(badValues)('throws RangeError naming the field when any field is %s', (bad) => {
    for (const field of fields) {
      const broken = { ...account, [field]: bad };
      const message = new RegExp(`${field} must be a finite number >= 0; got ${String(bad)}`);
      expect(() => tvpi(broken)).toThrow(RangeError);
      expect(() => tvpi(broken)).toThrow(message);
      if (field !== 'navCNY') expect(() => dpi(broken)).toThrow(message);
      if (field !== 'distributedCNY') expect(() => rvpi(broken)).toThrow(message);
    }
  });

  it('does not check fields a multiple does not use', () => {
    expect(dpi({ paidInCNY: 4, distributedCNY: 2 })).toBe(0.5);
    expect(rvpi({ paidInCNY: 4, navCNY: 1 })).toBe(0.25);
  });
});
