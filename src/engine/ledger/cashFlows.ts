import { fenToCNY } from './fen.ts';
import type { Ledger } from './ledger.ts';
import { postingKinds, type PostingKind } from './postingKind.ts';

/** Which postings count. Every field narrows; an absent field does not. */
export interface CashFlowFilter {
  /** Only postings of these kinds. */
  kinds?: readonly PostingKind[];
  /** Only postings whose other side is this account index. */
  counterparty?: number;
  /** Only postings about this firm (−1: only those about no one firm). */
  firm?: number;
}

/**
 * An account's net cash flow in each quarter `0 … quarters − 1`, in CNY: inflows positive,
 * outflows negative. Sums whole fen before converting, so a quarter's total is exact. Writes into
 * `out` when given (its first `quarters` entries). A RangeError for a posting dated past the horizon,
 * so no flow is silently dropped.
 */
export function accountCashFlowsCNY(
  ledger: Ledger,
  accountIndex: number,
  quarters: number,
  filter?: CashFlowFilter,
  out: Float64Array = new Float64Array(quarters),
): Float64Array {
  if (!(accountIndex >= 0 && accountIndex < ledger.accounts.length)) {
    throw new RangeError(`accountCashFlowsCNY: no account has index ${accountIndex}`);
  }
  if (!(Number.isInteger(quarters) && quarters >= 0 && out.length >= quarters)) {
    throw new RangeError(
      `accountCashFlowsCNY: quarters must be a non-negative integer no longer than out; got ${quarters}`,
    );
  }
  const kinds = filter?.kinds;
  const counterparty = filter?.counterparty;
  const firm = filter?.firm;
  out.fill(0, 0, quarters);
  for (let i = 0; i < ledger.count; i++) {
    const from = ledger.from[i];
    const to = ledger.to[i];
    let sign: number;
    if (from === accountIndex) sign = -1;
    else if (to === accountIndex) sign = 1;
    else continue;
    if (counterparty !== undefined && (sign < 0 ? to : from) !== counterparty) continue;
    if (firm !== undefined && ledger.firm[i] !== firm) continue;
    if (kinds !== undefined && !kinds.includes(postingKinds[ledger.kind[i] ?? 0] as PostingKind)) {
      continue;
    }
    const quarter = ledger.quarter[i] ?? 0;
    if (quarter >= quarters) {
      throw new RangeError(
        `accountCashFlowsCNY: posting ${i} is dated quarter ${quarter}, past the ${quarters} quarters asked for`,
      );
    }
    out[quarter] = (out[quarter] ?? 0) + sign * (ledger.amountFen[i] ?? 0);
  }
  for (let q = 0; q < quarters; q++) out[q] = fenToCNY(out[q] ?? 0);
  return out;
}
