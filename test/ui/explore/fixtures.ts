import type { PointStats, SweepPoint, TornadoBar } from '../../../src/engine/index.ts';
import type { SweepView } from '../../../src/ui/explore/responseCurveModel.ts';

/** Statistics centred on `m` with quantiles at fixed offsets: p5 = m − 2, … p95 = m + 2. */
export function stats(m: number, stderr = 0.1): PointStats {
  return {
    mean: m,
    stderr,
    p5: m - 2,
    p25: m - 1,
    p50: m,
    p75: m + 1,
    p95: m + 2,
    min: m - 3,
    max: m + 3,
    count: 10,
    undefinedCount: 0,
  };
}

export function point(index: number, values: number[], m: number, base: boolean): SweepPoint {
  return {
    index,
    values,
    base,
    scenarioHash: `h${index}`,
    chartParameters: {} as SweepPoint['chartParameters'],
    perFiscalYuan: null,
    metrics: {
      'bank.loansCNY': {
        stats: stats(m),
        difference: base
          ? { mean: 0, stderr: 0, p5: 0, p95: 0 }
          : { mean: m - 10, stderr: 0.5, p5: 0, p95: 0 },
      },
    },
  };
}

const tau = {
  pathText: 'bank.tolerance.nplToleranceShare',
  label: { zh: 'τ', en: 'τ' },
  unit: 'share' as const,
};
const share = {
  pathText: 'concession.angelStageShare',
  label: { zh: '让利', en: 'concession' },
  unit: 'share' as const,
};

/** A sweep of τ over 0.01, 0.02, 0.03 with the base at 0.02; loans 10, 12, 15 (medians). */
export function oneWay(
  points = [point(0, [0.01], 10, false), point(1, [0.02], 12, true), point(2, [0.03], 15, false)],
): SweepView {
  return {
    parameters: [{ ...tau, values: [0.01, 0.02, 0.03] }],
    baseIndex: 1,
    points,
    trials: 10,
    plannedPoints: 3,
  };
}

/** A 2 × 3 grid (τ × concession), the base at (0.01, 0.4): index 1; value 10·i + j. */
export function twoWay(): SweepView {
  const a = [0.01, 0.02];
  const b = [0.2, 0.4, 0.6];
  const points = a.flatMap((x, i) =>
    b.map((y, j) => point(3 * i + j, [x, y], 10 * i + j, 3 * i + j === 1)),
  );
  return {
    parameters: [
      { ...tau, values: a },
      { ...share, values: b },
    ],
    baseIndex: 1,
    points,
    trials: 10,
    plannedPoints: 6,
  };
}

export function bar(
  pathText: string,
  atLow: number,
  atHigh: number,
  stderr: number | null,
): TornadoBar {
  return {
    parameter: { pathText, label: { zh: pathText, en: pathText }, unit: 'share' },
    low: 0,
    high: 1,
    current: [0.5],
    source: { document: 'model assumption', clause: 'test' },
    atLow: stats(atLow),
    atHigh: stats(atHigh),
    effect: { value: atHigh - atLow, stderr, paired: true },
  };
}
