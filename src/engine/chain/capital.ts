import { allocateFen } from '../funds/allocation.ts';
import { contribute } from '../funds/waterfall.ts';
import { toFen } from '../ledger/fen.ts';
import { post } from '../ledger/ledger.ts';
import type { PostingKind } from '../ledger/postingKind.ts';
import type { ChainContext } from './chainContext.ts';
import { GUIDANCE, SEED, type Fund } from './fundBook.ts';
import { ensureGuidanceCash } from './guidanceBudget.ts';

/** Uncalled commitment of a fund in whole fen (for the seed fund: fiscal money not yet drawn). */
function uncalledFen(fund: Fund): number {
  return Math.max(0, toFen(fund.commitmentCNY) - fund.calledFen);
}

/** Uncalled commitment of a fund in CNY, whole fen. */
export function uncalledCNY(fund: Fund): number {
  return uncalledFen(fund) / 100;
}

/**
 * Calls up to `amountCNY` (in whole fen) from a fund's investors, pro rata to their commitments,
 * never past the commitment — counted in fen, so many calls never add up to a fen more; returns
 * what was called. The guidance fund's part is fiscal money drawn just in time. A call is a
 * contribution to the fund's waterfall.
 */
export function callCapital(
  ctx: ChainContext,
  fund: Fund,
  quarter: number,
  amountCNY: number,
): number {
  const calledFen = Math.min(toFen(amountCNY), uncalledFen(fund));
  if (calledFen <= 0) return 0;
  const called = calledFen / 100;
  const fundAccount = ctx.fundAccount[fund.index]!;
  if (fund.index === SEED) {
    post(ctx.ledger, quarter, ctx.treasury, fundAccount, called, 'fiscalFunding');
  } else {
    const parts = allocateFen(called, fund.classShares);
    // The guidance fund's part is drawn from its capital; a call it cannot meet is not made.
    if (!ensureGuidanceCash(ctx, quarter, parts[0]!)) return 0;
    parts.forEach((part, c) => {
      if (part > 0)
        post(
          ctx.ledger,
          quarter,
          ctx.classAccount[fund.index * 3 + c]!,
          fundAccount,
          part,
          'capitalCall',
        );
    });
    contribute(fund.waterfall, called, quarter, fund.waterfallTerms);
  }
  fund.calledFen += calledFen;
  return called;
}

/**
 * Pays `amountCNY` out of a fund, first from its idle cash (an evergreen seed fund's proceeds),
 * then by a capital call (for the seed fund, fiscal money drawn just in time). Returns false (and pays nothing) when the fund cannot raise it: a fund
 * never spends more than it has called.
 */
export function payFromFund(
  ctx: ChainContext,
  fund: Fund,
  quarter: number,
  toAccount: number,
  amountCNY: number,
  kind: PostingKind,
  firm = -1,
): boolean {
  const account = ctx.fundAccount[fund.index]!;
  if (fund.index === GUIDANCE) {
    // Its stake-purchase budget is checked by the caller; its capital binds here.
    if (!ensureGuidanceCash(ctx, quarter, amountCNY)) return false;
  } else {
    // Sub-funds distribute their proceeds, and a seed fund that is not evergreen returns its
    // proceeds to the treasury: only an evergreen seed fund spends the cash it holds.
    const evergreen = fund.index === SEED && ctx.scenario.funds.seedFund.evergreen;
    const idleFen = evergreen ? ctx.ledger.balanceFen[account]! : 0;
    const neededFen = toFen(amountCNY) - idleFen;
    if (neededFen > 0) {
      if (neededFen > uncalledFen(fund)) return false;
      if (callCapital(ctx, fund, quarter, neededFen / 100) === 0) return false;
    }
  }
  post(ctx.ledger, quarter, account, toAccount, amountCNY, kind, firm);
  return true;
}
