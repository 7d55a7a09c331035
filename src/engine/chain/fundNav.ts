import type { ChainContext } from './chainContext.ts';

/**
 * Adds each fund's NAV at the end of `quarter` to `navCNY` (row f of `stride` quarters is fund
 * f's): its open stakes at the latest round price, share × post-money, as the horizon values them.
 * The ledger holds no valuation before the horizon, so the quarterly NAV is read from the
 * positions here.
 */
export function recordFundNav(
  ctx: ChainContext,
  quarter: number,
  navCNY: Float64Array,
  stride: number,
): void {
  const p = ctx.positions;
  const postMoney = ctx.firms.postMoneyCNY;
  for (let i = 0; i < p.count; i++) {
    if (p.open[i] !== 1) continue;
    const row = p.fund[i]! * stride + quarter;
    navCNY[row] = navCNY[row]! + p.share[i]! * postMoney[p.firm[i]!]!;
  }
}
