import { describe, expect, it } from 'vitest';
import { metricCardModel, signed } from '../../../src/ui/charts/metricCardModel.ts';

const fmt = (v: number) => v.toFixed(1);
const STATS = {
  mean: 10.2,
  stderr: 0.31,
  p5: 6,
  p50: 10,
  p95: 14.5,
  count: 100,
  undefinedCount: 0,
};

describe('metricCardModel', () => {
  it('formats median, range and mean ± standard error', () => {
    expect(metricCardModel({ stats: STATS, format: fmt })).toEqual({
      median: '10.0',
      range: { low: '6.0', high: '14.5' },
      mean: '10.2',
      stderr: '0.3',
      undefinedShare: null,
      delta: null,
    });
  });

  it.each([
    ['null stats', null],
    ['undefined stats', undefined],
    ['all null', { mean: null, stderr: null, p5: null, p50: null, p95: null }],
    ['NaN', { mean: NaN, stderr: NaN, p5: NaN, p50: NaN, p95: NaN }],
  ])('%s: a dash and nothing else', (_name, stats) => {
    expect(metricCardModel({ stats, format: fmt })).toMatchObject({
      median: '—',
      range: null,
      mean: null,
      stderr: null,
      delta: null,
    });
  });

  it('gives the share of trials where the metric is undefined', () => {
    expect(
      metricCardModel({ stats: { ...STATS, count: 67, undefinedCount: 33 }, format: fmt })
        .undefinedShare,
    ).toBe(0.33);
  });

  it.each([
    // mean, stderr, better, value, direction, significant, tone
    [4, 1, 'higher', '+4.0', 'up', true, 'good'],
    [4, 1, 'lower', '+4.0', 'up', true, 'bad'],
    [-4, 1, 'lower', '−4.0', 'down', true, 'good'],
    [-4, 1, 'higher', '−4.0', 'down', true, 'bad'],
    [1, 1, 'higher', '+1.0', 'up', false, 'neutral'],
    [4, 1, null, '+4.0', 'up', true, 'neutral'],
    [0, 0, 'higher', '0.0', 'none', false, 'neutral'],
  ] as const)(
    'a delta of %s ± %s where %s is better: %s, %s, significant %s, %s',
    (mean, stderr, better, value, direction, significant, tone) => {
      expect(
        metricCardModel({ stats: STATS, delta: { mean, stderr }, format: fmt, better }).delta,
      ).toEqual({
        value,
        stderr: fmt(stderr),
        direction,
        significant,
        tone,
      });
    },
  );

  it('formats the delta with deltaFormat and treats a delta without error as not significant', () => {
    const card = metricCardModel({
      stats: STATS,
      delta: { mean: 0.007, stderr: null },
      format: fmt,
      deltaFormat: (v) => `${(v * 100).toFixed(2)} pp`,
      better: 'higher',
    });
    expect(card.delta).toEqual({
      value: '+0.70 pp',
      stderr: null,
      direction: 'up',
      significant: false,
      tone: 'neutral',
    });
  });

  it('has no delta when its mean is missing', () => {
    expect(
      metricCardModel({ stats: STATS, delta: { mean: null, stderr: 1 }, format: fmt }).delta,
    ).toBeNull();
  });

  it('signed puts a plus or a true minus in front', () => {
    expect([signed(2, fmt), signed(-2, fmt), signed(0, fmt)]).toEqual(['+2.0', '−2.0', '0.0']);
  });
});
