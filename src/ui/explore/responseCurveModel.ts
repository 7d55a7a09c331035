// The numbers of a sweep's response curve: one row per value of the first parameter (the second,
// if any, held at the base point's value), with the metric's median, its P25–P75 and P5–P95
// bands, the mean and the paired difference from the base. Pure: tested without a browser.
import type { SweepPoint, SweepResult } from '../../engine/index.ts';

/** What a sweep's views need, finished or filling in point by point. */
export type SweepView = Pick<SweepResult, 'parameters' | 'baseIndex' | 'points' | 'trials'> & {
  /** Points planned in all (the grid's size). */
  plannedPoints: number;
};

export type CurveRow = {
  x: number;
  base: boolean;
  p5: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p95: number | null;
  mean: number | null;
  stderr: number | null;
  diffMean: number | null;
  diffStderr: number | null;
};

/** The base point's value of each parameter: its point's values, else each list's first. */
export function baseValues(view: SweepView): unknown[] {
  const n = view.parameters[1]?.values.length ?? 1;
  // Points are in grid order, the first parameter slowest.
  const i = Math.floor(view.baseIndex / n);
  const j = view.baseIndex % n;
  return view.parameters.length === 2
    ? [view.parameters[0]!.values[i], view.parameters[1]!.values[j]]
    : [view.parameters[0]!.values[view.baseIndex]];
}

/** The points done so far along the first parameter, in its order, the second held at its base. */
export function curveRows(view: SweepView, key: string): CurveRow[] {
  const held = baseValues(view)[1];
  const rows: CurveRow[] = [];
  for (const x of view.parameters[0]!.values) {
    if (typeof x !== 'number') continue;
    const point: SweepPoint | undefined = view.points.find(
      (p) => p.values[0] === x && (view.parameters.length === 1 || p.values[1] === held),
    );
    const m = point?.metrics[key];
    if (!point || !m) continue;
    const s = m.stats;
    rows.push({
      x,
      base: point.base,
      p5: s.p5,
      p25: s.p25,
      p50: s.p50,
      p75: s.p75,
      p95: s.p95,
      mean: s.mean,
      stderr: s.stderr,
      diffMean: m.difference?.mean ?? null,
      diffStderr: m.difference?.stderr ?? null,
    });
  }
  return rows;
}

/** Rows where a band or line can be drawn: every one of its statistics defined. */
export function bandRows<K extends keyof CurveRow>(rows: readonly CurveRow[], keys: readonly K[]) {
  return rows.filter((r) => keys.every((k) => typeof r[k] === 'number' && Number.isFinite(r[k])));
}

/** Metric keys of the sweep, in the order of the first point's (catalog order). */
export function sweepMetricKeys(view: SweepView): string[] {
  return Object.keys(view.points[0]?.metrics ?? {});
}
