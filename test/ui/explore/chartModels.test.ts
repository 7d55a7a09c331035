import { describe, expect, it } from 'vitest';
import { heatMapCells } from '../../../src/ui/explore/heatMapModel.ts';
import {
  bandRows,
  baseValues,
  curveRows,
  sweepMetricKeys,
} from '../../../src/ui/explore/responseCurveModel.ts';
import { tornadoExtent, tornadoRows } from '../../../src/ui/explore/tornadoModel.ts';
import { bar, oneWay, point, twoWay } from './fixtures.ts';

describe('the response curve of a sweep', () => {
  it('has one row per value in the parameter’s order, with the bands around the median', () => {
    const rows = curveRows(oneWay(), 'bank.loansCNY');
    expect(rows.map((r) => r.x)).toEqual([0.01, 0.02, 0.03]);
    expect(rows.map((r) => r.p50)).toEqual([10, 12, 15]);
    // P5 ≤ P25 ≤ median ≤ P75 ≤ P95 at every point: the bands nest.
    for (const r of rows)
      expect([r.p5, r.p25, r.p50, r.p75, r.p95]).toEqual([
        r.p50! - 2,
        r.p50! - 1,
        r.p50,
        r.p50! + 1,
        r.p50! + 2,
      ]);
    expect(rows.map((r) => r.base)).toEqual([false, true, false]);
    // The paired difference from the base: 10 − 10, 0 at the base, 15 − 10.
    expect(rows.map((r) => r.diffMean)).toEqual([0, 0, 5]);
  });

  it('fills in as points arrive, whatever their order', () => {
    const partial = oneWay([point(2, [0.03], 15, false), point(1, [0.02], 12, true)]);
    expect(curveRows(partial, 'bank.loansCNY').map((r) => r.x)).toEqual([0.02, 0.03]);
    expect(curveRows(oneWay([]), 'bank.loansCNY')).toEqual([]);
    expect(curveRows(oneWay(), 'no.such.metric')).toEqual([]);
  });

  it('leaves a point out of a band where a statistic is undefined', () => {
    const rows = curveRows(oneWay(), 'bank.loansCNY');
    rows[0] = { ...rows[0]!, p5: null };
    expect(bandRows(rows, ['p5', 'p95']).map((r) => r.x)).toEqual([0.02, 0.03]);
    expect(bandRows(rows, ['p50']).map((r) => r.x)).toEqual([0.01, 0.02, 0.03]);
  });

  it('holds the second parameter at the base point’s value along a grid', () => {
    const view = twoWay();
    expect(baseValues(view)).toEqual([0.01, 0.4]);
    // Along τ with the concession at 0.4 (column 1): values 0 + 1 and 10 + 1.
    expect(curveRows(view, 'bank.loansCNY').map((r) => [r.x, r.p50])).toEqual([
      [0.01, 1],
      [0.02, 11],
    ]);
    expect(sweepMetricKeys(view)).toEqual(['bank.loansCNY']);
  });
});

describe('the heat map of a two-parameter sweep', () => {
  it('has a cell per grid point, rows the first parameter, coloured between the smallest and largest', () => {
    const map = heatMapCells(twoWay(), 'bank.loansCNY', 'p50');
    expect(map.rows).toEqual([0.01, 0.02]);
    expect(map.cols).toEqual([0.2, 0.4, 0.6]);
    expect(map.cells.map((c) => [c.row, c.col, c.value])).toEqual([
      [0, 0, 0],
      [0, 1, 1],
      [0, 2, 2],
      [1, 0, 10],
      [1, 1, 11],
      [1, 2, 12],
    ]);
    expect(map.domain).toEqual([0, 12]);
    // t = (value − 0) / 12.
    expect(map.cells.map((c) => c.t)).toEqual([0, 1 / 12, 2 / 12, 10 / 12, 11 / 12, 1]);
    expect(map.cells.filter((c) => c.base).map((c) => [c.row, c.col])).toEqual([[0, 1]]);
  });

  it('reads the statistic asked for, and leaves cells not yet run empty', () => {
    const view = twoWay();
    const mean = heatMapCells(view, 'bank.loansCNY', 'p95');
    expect(mean.cells[0]!.value).toBe(2);
    const partial = heatMapCells({ ...view, points: view.points.slice(0, 2) }, 'bank.loansCNY');
    expect(partial.cells.map((c) => c.value)).toEqual([0, 1, null, null, null, null]);
    expect(partial.cells.map((c) => c.t)).toEqual([0, 1, null, null, null, null]);
    // One value everywhere: the middle of the scale.
    const one = heatMapCells({ ...view, points: view.points.slice(0, 1) }, 'bank.loansCNY');
    expect(one.cells[0]!.t).toBe(0.5);
  });
});

describe('the tornado', () => {
  it('sorts bars by the size of the effect, largest first, whatever its sign', () => {
    const rows = tornadoRows(
      [bar('a', 10, 11, 0.1), bar('b', 10, 4, 0.2), bar('c', 10, 13, null), bar('d', 10, 10, 0)],
      'p50',
    );
    // Effects +1, −6, +3, 0.
    expect(rows.map((r) => r.pathText)).toEqual(['b', 'c', 'a', 'd']);
    expect(rows.map((r) => r.effect)).toEqual([-6, 3, 1, 0]);
    expect(rows.map((r) => r.stderr)).toEqual([0.2, null, 0.1, 0]);
    expect(rows[0]).toMatchObject({ atLow: 10, atHigh: 4 });
  });

  it('keeps bars of equal effect in the order given, and puts bars without one last', () => {
    const none = { ...bar('z', 1, 2, 0.1), effect: null };
    const rows = tornadoRows([none, bar('x', 0, 2, 0.1), bar('y', 5, 3, 0.1)], 'mean');
    expect(rows.map((r) => r.pathText)).toEqual(['x', 'y', 'z']);
  });

  it('spans the bars, their whiskers and the base value', () => {
    const rows = tornadoRows([bar('a', 10, 11, 0.5), bar('b', 9, 12, 1)], 'p50');
    // Whiskers at the high end: 11 ± 0.5, 12 ± 1; the base at 8.
    expect(tornadoExtent(rows, 8)).toEqual([8, 13]);
    expect(tornadoExtent([], null)).toBeNull();
  });
});
