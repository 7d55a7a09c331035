import { dpi, rvpi, tvpi } from '../metrics/multiples.ts';
import { irr } from '../metrics/irr.ts';

/** ILPA figures of one investor's quarterly flows; the last quarter is the horizon's valuation. */
export type FlowFigures = {
  irr: number;
  tvpi: number;
  dpi: number;
  rvpi: number;
  paidInCNY: number;
  distributedCNY: number;
  navCNY: number;
};

/**
 * IRR (annualised from quarters), TVPI, DPI and RVPI of an investor's flows: paid-in is what it
 * put in, distributions are what it got back before the horizon, NAV what it got at the horizon
 * (stakes valued at their latest round price). NaN where a figure is undefined (nothing paid in).
 */
export function flowFigures(flowsCNY: Float64Array): FlowFigures {
  const horizon = flowsCNY.length - 1;
  let paidIn = 0;
  let distributed = 0;
  let nav = 0;
  for (let t = 0; t < flowsCNY.length; t++) {
    const f = flowsCNY[t]!;
    if (f < 0) paidIn -= f;
    else if (t === horizon) nav += f;
    else distributed += f;
  }
  const account = { paidInCNY: paidIn, distributedCNY: distributed, navCNY: nav };
  const rate = irr(flowsCNY, { periodsPerYear: 4 });
  return {
    irr: rate.kind === 'rate' ? rate.annualRate : Number.NaN,
    tvpi: tvpi(account) ?? Number.NaN,
    dpi: dpi(account) ?? Number.NaN,
    rvpi: rvpi(account) ?? Number.NaN,
    paidInCNY: paidIn,
    distributedCNY: distributed,
    navCNY: nav,
  };
}
