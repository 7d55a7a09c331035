import { fenToCNY } from './fen.ts';
import type { Ledger } from './ledger.ts';
import { postingKindOf, type PostingKind } from './postingKind.ts';

/** One posting read back from the ledger, accounts by index, amount in CNY. */
export interface PostingRecord {
  quarter: number;
  from: number;
  to: number;
  amountCNY: number;
  kind: PostingKind;
  firm: number;
}

export function emptyPostingRecord(): PostingRecord {
  return { quarter: 0, from: 0, to: 0, amountCNY: 0, kind: 'capitalCall', firm: -1 };
}

/** Posting `index`, written into `out` (pass one in to read many without allocating). */
export function readPosting(
  ledger: Ledger,
  index: number,
  out: PostingRecord = emptyPostingRecord(),
): PostingRecord {
  if (!(index >= 0 && index < ledger.count && (index | 0) === index)) {
    throw new RangeError(`readPosting: no posting has index ${index}; there are ${ledger.count}`);
  }
  out.quarter = ledger.quarter[index] ?? 0;
  out.from = ledger.from[index] ?? 0;
  out.to = ledger.to[index] ?? 0;
  out.amountCNY = fenToCNY(ledger.amountFen[index] ?? 0);
  out.kind = postingKindOf(ledger.kind[index] ?? 0);
  out.firm = ledger.firm[index] ?? -1;
  return out;
}

/**
 * Calls `visit` with each posting in order. The record is one object refilled for every posting:
 * copy what you need to keep.
 */
export function forEachPosting(
  ledger: Ledger,
  visit: (posting: Readonly<PostingRecord>, index: number) => void,
): void {
  const record = emptyPostingRecord();
  const count = ledger.count;
  for (let i = 0; i < count; i++) visit(readPosting(ledger, i, record), i);
}
