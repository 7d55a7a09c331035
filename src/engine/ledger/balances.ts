import { fenToCNY } from './fen.ts';
import type { Ledger, PostingColumns } from './ledger.ts';

/**
 * Each account's balance in fen, found by replaying the postings from zero. Independent of the
 * running balances kept by `post`, so the two can be checked against each other. Postings naming
 * an account outside `0 … accountCount − 1` are skipped.
 */
export function replayBalancesFen(columns: PostingColumns, accountCount: number): Float64Array {
  const balances = new Float64Array(accountCount);
  for (let i = 0; i < columns.count; i++) {
    const from = columns.from[i] ?? -1;
    const to = columns.to[i] ?? -1;
    if (from < 0 || from >= accountCount || to < 0 || to >= accountCount) continue;
    const fen = columns.amountFen[i] ?? 0;
    balances[from] = (balances[from] ?? 0) - fen;
    balances[to] = (balances[to] ?? 0) + fen;
  }
  return balances;
}

/** Each account's balance in CNY, by replaying the postings (indexed like `ledger.accounts`). */
export function replayBalancesCNY(ledger: Ledger): Float64Array {
  return toCNY(replayBalancesFen(ledger, ledger.accounts.length));
}

/** Each account's running balance in CNY, as kept by `post`. */
export function runningBalancesCNY(ledger: Ledger): Float64Array {
  return toCNY(ledger.balanceFen.slice(0, ledger.accounts.length));
}

function toCNY(fen: Float64Array): Float64Array {
  for (let i = 0; i < fen.length; i++) fen[i] = fenToCNY(fen[i] ?? 0);
  return fen;
}
