// A tornado's bars as drawn: for each parameter the statistic at its low and its high end, the
// effect (high − low) with its standard error, sorted by the size of the effect, largest first
// (bars without an effect last). Pure: tested without a browser.
import { statisticOf, type Statistic, type TornadoBar } from '../../engine/index.ts';

export type TornadoRowModel = {
  pathText: string;
  label: { zh: string; en: string };
  unit: string | null;
  low: number;
  high: number;
  atLow: number | null;
  atHigh: number | null;
  effect: number | null;
  stderr: number | null;
  source: { document: string; clause: string } | null;
};

export function tornadoRows(bars: readonly TornadoBar[], statistic: Statistic): TornadoRowModel[] {
  const rows = bars.map((b) => ({
    pathText: b.parameter.pathText,
    label: b.parameter.label,
    unit: b.parameter.unit,
    low: b.low,
    high: b.high,
    atLow: statisticOf(b.atLow, statistic),
    atHigh: statisticOf(b.atHigh, statistic),
    effect: b.effect?.value ?? null,
    stderr: b.effect?.stderr ?? null,
    source: b.source,
  }));
  const size = (r: TornadoRowModel) => (r.effect === null ? -1 : Math.abs(r.effect));
  // Stable: equal effects keep the order they came in.
  return rows.sort((a, b) => size(b) - size(a));
}

/** The extent the bars (and their whiskers) span, with the base value inside it. */
export function tornadoExtent(
  rows: readonly TornadoRowModel[],
  base: number | null,
): [number, number] | null {
  const xs: number[] = base === null ? [] : [base];
  for (const r of rows) {
    if (r.atLow !== null) xs.push(r.atLow);
    if (r.atHigh !== null) {
      xs.push(r.atHigh);
      if (r.stderr !== null) xs.push(r.atHigh - r.stderr, r.atHigh + r.stderr);
    }
  }
  return xs.length === 0 ? null : [Math.min(...xs), Math.max(...xs)];
}
