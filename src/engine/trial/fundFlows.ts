import { dpi, rvpi, tvpi } from '../metrics/multiples.ts';
import { irr } from '../metrics/irr.ts';
import { netFlowsCNY, type GrossFlows } from './accountFlows.ts';

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
 * ILPA figures of an investor's gross flows over quarters 0..Q: paid-in is every contribution,
 * distributions every payout before the horizon, NAV what the horizon's valuation gives it
 * (quarter Q: stakes still held, at their latest round price). Neither sum is netted against the
 * other, within a quarter or across the funds of a group: DPI = distributions ÷ paid-in, RVPI =
 * NAV ÷ paid-in, TVPI = DPI + RVPI. Only the IRR (annualised from quarters) uses each quarter's net
 * flow. NaN where a figure is undefined (nothing paid in; an IRR with no sign change).
 */
export function flowFigures(flows: GrossFlows): FlowFigures {
  const horizon = flows.paidInCNY.length - 1;
  let paidIn = 0;
  let distributed = 0;
  for (let t = 0; t < horizon; t++) {
    paidIn += flows.paidInCNY[t]!;
    distributed += flows.distributedCNY[t]!;
  }
  paidIn += flows.paidInCNY[horizon]!;
  const nav = flows.distributedCNY[horizon]!;
  const account = { paidInCNY: paidIn, distributedCNY: distributed, navCNY: nav };
  const rate = irr(netFlowsCNY(flows), { periodsPerYear: 4 });
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
