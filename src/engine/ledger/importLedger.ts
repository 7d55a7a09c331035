import { checkLedger, type LedgerViolation } from './checks.ts';
import type { LedgerExport } from './exportLedger.ts';
import { createLedger, post, type Ledger, type LedgerOptions } from './ledger.ts';

export type LedgerImport =
  { ok: true; ledger: Ledger } | { ok: false; violations: LedgerViolation[] };

/**
 * Rebuilds a live ledger from an export (read back with `readLedgerCSV`/`readLedgerJSON`), so
 * queries and metrics run on it as on the original. Refuses, with the violations, an export that
 * breaks a ledger rule, rather than throwing partway.
 */
export function ledgerFromExport(data: LedgerExport, options: LedgerOptions = {}): LedgerImport {
  const violations = checkLedger(data);
  if (violations.length > 0) return { ok: false, violations };
  const ledger = createLedger(data.accounts, {
    initialCapacity: Math.max(1, data.postings.length),
    ...options,
  });
  for (const { quarter, from, to, amountCNY, kind, firm } of data.postings) {
    const fromIndex = ledger.indexById.get(from) ?? -1;
    const toIndex = ledger.indexById.get(to) ?? -1;
    post(ledger, quarter, fromIndex, toIndex, amountCNY, kind, firm);
  }
  return { ok: true, ledger };
}
