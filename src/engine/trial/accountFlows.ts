import type { Ledger } from '../ledger/ledger.ts';
import { postingKindCode, postingKinds, type PostingKind } from '../ledger/postingKind.ts';

/**
 * An investor's return from a fund: calls out; distributions and concessions in. The GP's carry
 * and fees pay for managing the fund, so they are reported apart from its return as an investor.
 *
 * A trial's cash flows per account and quarter, read in one pass over the ledger (the metrics and
 * series need dozens of them; one scan each would dominate a trial's cost). Sums are kept in fen,
 * exact, and returned in CNY, signed from the account's side (money in positive).
 */
export type AccountFlows = {
  /** Every flow of an account. */
  allFlows(account: number): Float64Array;
  /** Flows of an account with everyone but the treasury (a fiscal fund as an investor). */
  nonFiscalFlows(account: number): Float64Array;
  /** Net amount of one kind into an account over the trial (CNY; out negative). */
  kindTotal(account: number, kind: PostingKind): number;
  /** Adds an investor's calls, distributions and concessions with one fund to `into`. */
  addInvestorFlows(
    into: Float64Array,
    investor: number,
    fund: number,
    withConcession?: boolean,
  ): void;
};

const RETURN_KINDS = new Set([
  postingKindCode.capitalCall,
  postingKindCode.distribution,
  postingKindCode.concession,
]);

export function flowsByAccount(ledger: Ledger, length: number): AccountFlows {
  const accounts = ledger.accounts.length;
  const treasury = ledger.indexById.get('treasury') ?? -1;
  const all = new Float64Array(accounts * length);
  const fiscal = new Float64Array(accounts * length);
  const kinds = postingKinds.length;
  const byKind = new Float64Array(accounts * kinds);
  // Investor–fund pairs: [returns incl. concession, concession only], by pair key.
  const pairs = new Map<number, Float64Array>();
  const pair = (investor: number, fund: number) => {
    const key = investor * accounts + fund;
    let a = pairs.get(key);
    if (!a) pairs.set(key, (a = new Float64Array(2 * length)));
    return a;
  };
  const { quarter, from, to, amountFen, kind } = ledger;
  for (let i = 0; i < ledger.count; i++) {
    const t = quarter[i]!;
    const f = from[i]!;
    const g = to[i]!;
    const fen = amountFen[i]!;
    all[f * length + t] = all[f * length + t]! - fen;
    all[g * length + t] = all[g * length + t]! + fen;
    if (f === treasury) fiscal[g * length + t] = fiscal[g * length + t]! + fen;
    if (g === treasury) fiscal[f * length + t] = fiscal[f * length + t]! - fen;
    const k = kind[i]!;
    byKind[f * kinds + k] = byKind[f * kinds + k]! - fen;
    byKind[g * kinds + k] = byKind[g * kinds + k]! + fen;
    if (RETURN_KINDS.has(k)) {
      const concession = k === postingKindCode.concession;
      if (k === postingKindCode.capitalCall) {
        const p = pair(f, g);
        p[t] = p[t]! - fen;
      } else {
        const p = pair(g, f);
        p[t] = p[t]! + fen;
        if (concession) p[length + t] = p[length + t]! + fen;
      }
    }
  }
  const slice = (source: Float64Array, account: number) => {
    const out = new Float64Array(length);
    for (let t = 0; t < length; t++) out[t] = source[account * length + t]! / 100;
    return out;
  };
  return {
    allFlows: (account) => slice(all, account),
    kindTotal: (account, k) => byKind[account * kinds + postingKindCode[k]]! / 100,
    nonFiscalFlows: (account) => {
      const out = new Float64Array(length);
      for (let t = 0; t < length; t++)
        out[t] = (all[account * length + t]! - fiscal[account * length + t]!) / 100;
      return out;
    },
    addInvestorFlows: (into, investor, fund, withConcession = true) => {
      const p = pairs.get(investor * accounts + fund);
      if (!p) return;
      for (let t = 0; t < length; t++)
        into[t] = into[t]! + (p[t]! - (withConcession ? 0 : p[length + t]!)) / 100;
    },
  };
}
