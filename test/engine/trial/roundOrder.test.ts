import { describe, expect, it } from 'vitest';
import { sortByPointsDescending } from '../../../src/engine/trial/roundOrder.ts';

describe('a quarter’s rounds', () => {
  // 200,000 round events over 50,000 firms with points in steps of 0.5: many ties. Runs of 16 are
  // sorted by insertion and then merged, so counts around the run and its doubles are checked.
  it.each([0, 1, 2, 7, 16, 17, 31, 32, 33, 100, 200_000])(
    'are ordered by points, highest first, ties in event order: %i rounds',
    (n) => {
      const points = Float64Array.from({ length: 50_000 }, (_, f) => ((f * 7919) % 201) / 2);
      const eventFirm = Int32Array.from({ length: n }, (_, e) => (e * 104_729) % 50_000);
      // Fewer firms than events up to 100, so some rounds share a firm (equal points).
      if (n <= 100) for (let e = 0; e < n; e++) eventFirm[e] = (e * 5) % Math.ceil(n / 2);
      // In reverse event order: the result must not depend on the order rounds come in.
      const order = Int32Array.from({ length: n }, (_, e) => n - 1 - e);
      sortByPointsDescending(order, n, eventFirm, points, new Int32Array(n));
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, e) => e));
      for (let k = 1; k < n; k++) {
        const before = points[eventFirm[order[k - 1]!]!]!;
        const after = points[eventFirm[order[k]!]!]!;
        expect(before > after || (before === after && order[k - 1]! < order[k]!)).toBe(true);
      }
    },
  );
});
