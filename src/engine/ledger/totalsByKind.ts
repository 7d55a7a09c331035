import { fenToCNY } from './fen.ts';
import type { Ledger } from './ledger.ts';
import { postingKinds, type PostingKind } from './postingKind.ts';

export interface TotalsByKindOptions {
  /**
   * Only postings touching this account, signed from its side (inflow positive, outflow
   * negative). Without it, the gross amount moved by each kind.
   */
  account?: number;
  /** Only postings about this firm (−1: only those about no one firm). */
  firm?: number;
}

/** Total CNY per posting kind, every kind present (0 when none), summed exactly in fen. */
export function totalsByKindCNY(
  ledger: Ledger,
  options?: TotalsByKindOptions,
): Record<PostingKind, number> {
  const account = options?.account;
  const firm = options?.firm;
  if (account !== undefined && !(account >= 0 && account < ledger.accounts.length)) {
    throw new RangeError(`totalsByKindCNY: no account has index ${account}`);
  }
  const totals = Object.fromEntries(postingKinds.map((kind) => [kind, 0])) as Record<
    PostingKind,
    number
  >;
  for (let i = 0; i < ledger.count; i++) {
    let sign = 1;
    if (account !== undefined) {
      if (ledger.from[i] === account) sign = -1;
      else if (ledger.to[i] !== account) continue;
    }
    if (firm !== undefined && ledger.firm[i] !== firm) continue;
    const kind = postingKinds[ledger.kind[i] ?? 0] as PostingKind;
    totals[kind] += sign * (ledger.amountFen[i] ?? 0);
  }
  for (const kind of postingKinds) totals[kind] = fenToCNY(totals[kind]);
  return totals;
}
