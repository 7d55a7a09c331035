// A two-parameter sweep as a heat map: one cell per point of the grid (rows the first parameter,
// columns the second), coloured by the metric's statistic on a scale over the cells done. Pure.
import { isStatistic, statisticOf, type Statistic } from '../../engine/index.ts';
import type { SweepView } from './responseCurveModel.ts';

export type HeatCell = {
  row: number;
  col: number;
  value: number | null;
  /** Position of the value between the smallest and largest cell, 0..1 (null: no value). */
  t: number | null;
  base: boolean;
};

export type HeatMap = {
  rows: unknown[];
  cols: unknown[];
  cells: HeatCell[];
  domain: [number, number] | null;
};

export function heatMapCells(
  view: SweepView,
  key: string,
  statistic: Statistic | string = 'p50',
): HeatMap {
  const stat: Statistic = isStatistic(statistic) ? statistic : 'p50';
  const rows = view.parameters[0]?.values ?? [];
  const cols = view.parameters[1]?.values ?? [];
  const raw: Omit<HeatCell, 't'>[] = [];
  rows.forEach((a, row) =>
    cols.forEach((b, col) => {
      const point = view.points.find((p) => p.values[0] === a && p.values[1] === b);
      const m = point?.metrics[key];
      const value = m ? statisticOf(m.stats, stat) : null;
      raw.push({
        row,
        col,
        value,
        base: point?.base ?? row * cols.length + col === view.baseIndex,
      });
    }),
  );
  const values = raw.map((c) => c.value).filter((v): v is number => v !== null);
  const domain: [number, number] | null =
    values.length > 0 ? [Math.min(...values), Math.max(...values)] : null;
  const cells = raw.map((c) => ({
    ...c,
    t:
      c.value === null || domain === null
        ? null
        : domain[1] === domain[0]
          ? 0.5
          : (c.value - domain[0]) / (domain[1] - domain[0]),
  }));
  return { rows, cols, cells, domain };
}
