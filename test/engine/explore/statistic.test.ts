import { describe, expect, it } from 'vitest';
import {
  distinguishable,
  statisticDifference,
  statisticStderr,
  type PointStats,
} from '../../../src/engine/index.ts';

const stats = (over: Partial<PointStats> = {}): PointStats => ({
  mean: 0,
  stderr: 0.1,
  p5: -1.645,
  p25: -0.674,
  p50: 0,
  p75: 0.674,
  p95: 1.645,
  min: -3,
  max: 3,
  count: 100,
  undefinedCount: 0,
  ...over,
});

describe('statisticStderr', () => {
  it('is the run’s own standard error for the mean', () => {
    expect(statisticStderr(stats(), 'mean')).toBe(0.1);
  });

  it.each([
    // √(q(1 − q)/n) × (spread of the neighbouring quantiles ÷ their probability gap)
    ['p50', Math.sqrt(0.25 / 100) * ((0.674 + 0.674) / 0.5)],
    ['p25', Math.sqrt(0.1875 / 100) * ((0 + 1.645) / 0.45)],
    ['p75', Math.sqrt(0.1875 / 100) * ((1.645 - 0) / 0.45)],
    ['p5', Math.sqrt(0.0475 / 100) * ((1.645 - 0.674) / 0.2)],
    ['p95', Math.sqrt(0.0475 / 100) * ((1.645 - 0.674) / 0.2)],
  ] as const)('for %s is the asymptotic one with the density from its neighbours', (stat, se) => {
    expect(statisticStderr(stats(), stat)).toBeCloseTo(se, 12);
  });

  it('is 0 on an atom, and unknown with fewer than two values or a missing neighbour', () => {
    expect(statisticStderr(stats({ p25: 1, p50: 1, p75: 1 }), 'p50')).toBe(0);
    expect(statisticStderr(stats({ count: 1 }), 'p50')).toBeNull();
    expect(statisticStderr(stats({ p75: null }), 'p50')).toBeNull();
  });
});

describe('statisticDifference', () => {
  const paired = { mean: 0.3, stderr: 0.05, p5: 0.1, p95: 0.5 };

  it('takes the paired estimate for the mean', () => {
    expect(statisticDifference(stats({ mean: 1 }), stats(), paired, 'mean')).toEqual({
      value: 0.3,
      stderr: 0.05,
      paired: true,
    });
  });

  it('takes the difference of two quantiles with their standard errors added as if independent', () => {
    const d = statisticDifference(stats({ p50: 0.2 }), stats(), paired, 'p50')!;
    const se = statisticStderr(stats(), 'p50')!;
    expect(d.value).toBeCloseTo(0.2, 12);
    expect(d.stderr!).toBeCloseTo(Math.SQRT2 * se, 12);
    expect(d.paired).toBe(false);
  });

  it('calls a difference distinguishable from zero only beyond two standard errors', () => {
    expect(distinguishable({ value: 0.21, stderr: 0.1, paired: true })).toBe(true);
    expect(distinguishable({ value: -0.2, stderr: 0.1, paired: true })).toBe(false);
    expect(distinguishable({ value: 0.2, stderr: null, paired: true })).toBe(false);
  });
});
