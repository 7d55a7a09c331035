import { describe, expect, it } from 'vitest';
import { ksPme, type KsPmeInput } from '../../../src/engine/metrics/ksPme.ts';

describe('ksPme (Kaplan–Schoar PME)', () => {
  it('equals 1 when the fund buys the index, sells part of it, and holds the rest', () => {
    // 100 in at level 100 (1 unit); half sold at 120 (60 out); the other half worth 45 at 90.
    const pme = ksPme({
      contributionsCNY: [100, 0, 0],
      distributionsCNY: [0, 60, 0],
      navCNY: 45,
      indexLevel: [100, 120, 90],
    });
    expect(pme).toBeCloseTo(1, 12);
  });

  it('equals 1 for any replicating fund, whatever the index path', () => {
    const indexLevel = [100, 80, 130, 150, 110, 170];
    // Buy 1 unit at t = 0 and 2 units at t = 2; sell 1.5 units at t = 3 and 1 unit at t = 4.
    const units = { bought: [1, 0, 2, 0, 0, 0], sold: [0, 0, 0, 1.5, 1, 0] };
    const pme = ksPme({
      contributionsCNY: units.bought.map((u, t) => u * (indexLevel[t] as number)),
      distributionsCNY: units.sold.map((u, t) => u * (indexLevel[t] as number)),
      navCNY: 0.5 * 170,
      indexLevel,
    });
    expect(pme).toBeCloseTo(1, 12);
  });

  it('is above 1 when the fund beats the index and below 1 when it lags', () => {
    const base = { contributionsCNY: [100, 0], distributionsCNY: [0, 0], indexLevel: [100, 110] };
    expect(ksPme({ ...base, navCNY: 121 })).toBeCloseTo(1.1, 12);
    expect(ksPme({ ...base, navCNY: 99 })).toBeCloseTo(0.9, 12);
  });

  it('ignores the index when it is flat: then it is TVPI', () => {
    const pme = ksPme({
      contributionsCNY: [50, 50, 0, 0],
      distributionsCNY: [0, 0, 30, 40],
      navCNY: 70,
      indexLevel: [3000, 3000, 3000, 3000],
    });
    expect(pme).toBeCloseTo(1.4, 12);
  });

  it('accepts typed arrays', () => {
    const pme = ksPme({
      contributionsCNY: Float64Array.of(100, 0),
      distributionsCNY: Float64Array.of(0, 0),
      navCNY: 200,
      indexLevel: Float64Array.of(1, 2),
    });
    expect(pme).toBeCloseTo(1, 12);
  });

  it('returns null when nothing was contributed', () => {
    const none = {
      contributionsCNY: [0, 0],
      distributionsCNY: [0, 5],
      navCNY: 3,
      indexLevel: [1, 1],
    };
    expect(ksPme(none)).toBeNull();
    expect(
      ksPme({ contributionsCNY: [], distributionsCNY: [], navCNY: 0, indexLevel: [] }),
    ).toBeNull();
  });

  const valid: KsPmeInput = {
    contributionsCNY: [100, 0, 0],
    distributionsCNY: [0, 60, 0],
    navCNY: 45,
    indexLevel: [100, 120, 90],
  };

  it('throws RangeError when the arrays differ in length', () => {
    expect(() => ksPme({ ...valid, indexLevel: [100, 120] })).toThrow(RangeError);
    expect(() => ksPme({ ...valid, distributionsCNY: [0, 60, 0, 0] })).toThrow(
      /equal lengths; got 3, 4 and 3/,
    );
  });

  it.each([-1, Number.NaN, Infinity])(
    'throws RangeError naming the entry for an amount of %s',
    (bad) => {
      expect(() => ksPme({ ...valid, contributionsCNY: [100, bad, 0] })).toThrow(
        new RegExp(`contributionsCNY\\[1\\] must be a finite number >= 0; got ${String(bad)}`),
      );
      expect(() => ksPme({ ...valid, distributionsCNY: [0, 60, bad] })).toThrow(
        new RegExp(`distributionsCNY\\[2\\] must be a finite number >= 0; got ${String(bad)}`),
      );
      expect(() => ksPme({ ...valid, navCNY: bad })).toThrow(RangeError);
      expect(() => ksPme({ ...valid, navCNY: bad })).toThrow(/navCNY/);
    },
  );

  it.each([0, -100, Number.NaN, Infinity])('throws RangeError for an index level of %s', (bad) => {
    expect(() => ksPme({ ...valid, indexLevel: [100, bad, 90] })).toThrow(RangeError);
    expect(() => ksPme({ ...valid, indexLevel: [100, bad, 90] })).toThrow(
      new RegExp(`indexLevel\\[1\\] must be a finite number > 0; got ${String(bad)}`),
    );
  });
});
