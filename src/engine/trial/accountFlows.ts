import type { Ledger } from '../ledger/ledger.ts';
import { postingKindCode, postingKinds, type PostingKind } from '../ledger/postingKind.ts';

/**
 * An investor's gross cash flows per quarter, in CNY, both columns ≥ 0: what it paid in and what
 * it got back. ILPA multiples sum each column on its own (paid-in is cumulative contributions,
 * distributions cumulative payouts); only the IRR nets them, quarter by quarter.
 */
export type GrossFlows = {
  paidInCNY: Float64Array;
  distributedCNY: Float64Array;
};

export function emptyGrossFlows(length: number): GrossFlows {
  return { paidInCNY: new Float64Array(length), distributedCNY: new Float64Array(length) };
}

/** Adds `from` to `into`, quarter by quarter (a fund group's flows are its funds' flows added). */
export function addGrossFlows(into: GrossFlows, from: GrossFlows): void {
  for (let t = 0; t < into.paidInCNY.length; t++) {
    into.paidInCNY[t] = into.paidInCNY[t]! + from.paidInCNY[t]!;
    into.distributedCNY[t] = into.distributedCNY[t]! + from.distributedCNY[t]!;
  }
}

/** Each quarter's net flow (in − out): what an IRR or a J-curve reads. */
export function netFlowsCNY(flows: GrossFlows): Float64Array {
  const out = new Float64Array(flows.paidInCNY.length);
  for (let t = 0; t < out.length; t++) out[t] = flows.distributedCNY[t]! - flows.paidInCNY[t]!;
  return out;
}

/** The cumulative net flow to each quarter: a J-curve. */
export function cumulativeNetCNY(flows: GrossFlows): Float64Array {
  const out = netFlowsCNY(flows);
  for (let t = 1; t < out.length; t++) out[t] = out[t]! + out[t - 1]!;
  return out;
}

/**
 * A trial's cash flows per account and quarter, read in one pass over the ledger (the metrics and
 * series need dozens of them; one scan each would dominate a trial's cost). Sums are kept in whole
 * fen, gross (every posting adds to one side, nothing is netted), and returned in CNY.
 *
 * An investor's return from a fund: calls out; distributions, concessions and rewards passed
 * through in. The GP's carry and fees pay for managing the fund, so they are reported apart.
 */
export type AccountFlows = {
  /** Every posting of an account: out as paid-in, in as distributed. */
  allFlows(account: number): GrossFlows;
  /** Postings of an account with everyone but the treasury (a fiscal fund as an investor). */
  nonFiscalFlows(account: number): GrossFlows;
  /** Net amount of one kind into an account over the trial (CNY; out negative). */
  kindTotal(account: number, kind: PostingKind): number;
  /** Adds an investor's calls and distributions with one fund to `into`. */
  addInvestorFlows(
    into: GrossFlows,
    investor: number,
    fund: number,
    withConcession?: boolean,
  ): void;
};

/**
 * Kinds a fund pays its investors as their return (carry and fees are the GP's pay, apart): 1 at
 * their kind codes, a table so the pass over every posting tests a kind with one load.
 */
const IS_RETURN_KIND = new Uint8Array(postingKinds.length);
for (const kind of ['distribution', 'concession', 'reward'] as const)
  IS_RETURN_KIND[postingKindCode[kind]] = 1;

export function flowsByAccount(ledger: Ledger, length: number): AccountFlows {
  const accounts = ledger.accounts.length;
  const treasury = ledger.indexById.get('treasury') ?? -1;
  const out = new Float64Array(accounts * length);
  const into = new Float64Array(accounts * length);
  const fiscalOut = new Float64Array(accounts * length);
  const fiscalIn = new Float64Array(accounts * length);
  const kinds = postingKinds.length;
  const byKind = new Float64Array(accounts * kinds);
  // Investor–fund pairs, by pair key: [calls | returns incl. concession | concession only].
  const pairs = new Map<number, Float64Array>();
  const pair = (investor: number, fund: number) => {
    const key = investor * accounts + fund;
    let a = pairs.get(key);
    if (!a) pairs.set(key, (a = new Float64Array(3 * length)));
    return a;
  };
  const { quarter, from, to, amountFen, kind } = ledger;
  for (let i = 0; i < ledger.count; i++) {
    const t = quarter[i]!;
    const f = from[i]!;
    const g = to[i]!;
    const fen = amountFen[i]!;
    out[f * length + t] = out[f * length + t]! + fen;
    into[g * length + t] = into[g * length + t]! + fen;
    if (g === treasury) fiscalOut[f * length + t] = fiscalOut[f * length + t]! + fen;
    if (f === treasury) fiscalIn[g * length + t] = fiscalIn[g * length + t]! + fen;
    const k = kind[i]!;
    byKind[f * kinds + k] = byKind[f * kinds + k]! - fen;
    byKind[g * kinds + k] = byKind[g * kinds + k]! + fen;
    if (k === postingKindCode.capitalCall) {
      const p = pair(f, g);
      p[t] = p[t]! + fen;
    } else if (IS_RETURN_KIND[k] === 1) {
      const p = pair(g, f);
      p[length + t] = p[length + t]! + fen;
      if (k === postingKindCode.concession) p[2 * length + t] = p[2 * length + t]! + fen;
    }
  }
  const gross = (account: number, excludeFiscal: boolean): GrossFlows => {
    const flows = emptyGrossFlows(length);
    for (let t = 0; t < length; t++) {
      const j = account * length + t;
      flows.paidInCNY[t] = (out[j]! - (excludeFiscal ? fiscalOut[j]! : 0)) / 100;
      flows.distributedCNY[t] = (into[j]! - (excludeFiscal ? fiscalIn[j]! : 0)) / 100;
    }
    return flows;
  };
  return {
    allFlows: (account) => gross(account, false),
    nonFiscalFlows: (account) => gross(account, true),
    kindTotal: (account, k) => byKind[account * kinds + postingKindCode[k]]! / 100,
    addInvestorFlows: (target, investor, fund, withConcession = true) => {
      const p = pairs.get(investor * accounts + fund);
      if (!p) return;
      for (let t = 0; t < length; t++) {
        target.paidInCNY[t] = target.paidInCNY[t]! + p[t]! / 100;
        const back = p[length + t]! - (withConcession ? 0 : p[2 * length + t]!);
        target.distributedCNY[t] = target.distributedCNY[t]! + back / 100;
      }
    },
  };
}
