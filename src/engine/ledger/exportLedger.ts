import type { AccountSpec } from './accounts.ts';
import { csvField } from './csv.ts';
import { fenToCNY, formatFen } from './fen.ts';
import type { Ledger } from './ledger.ts';
import { postingKindOf, type PostingKind } from './postingKind.ts';

/** One posting as exported: accounts by id, amount in CNY (whole fen). */
export interface ExportedPosting {
  quarter: number;
  from: string;
  to: string;
  amountCNY: number;
  kind: PostingKind;
  firm: number;
}

/** One trial's ledger as plain data: what `ledgerToJSON` writes and `readLedgerJSON` reads. */
export interface LedgerExport {
  accounts: AccountSpec[];
  postings: ExportedPosting[];
}

export const ledgerCSVHeader = 'quarter,from,to,amountCNY,kind,firm';

export function exportLedger(ledger: Ledger): LedgerExport {
  const ids = ledger.accounts.map((account) => account.id);
  const postings: ExportedPosting[] = [];
  for (let i = 0; i < ledger.count; i++) {
    postings.push({
      quarter: ledger.quarter[i] ?? 0,
      from: ids[ledger.from[i] ?? 0] ?? '',
      to: ids[ledger.to[i] ?? 0] ?? '',
      amountCNY: fenToCNY(ledger.amountFen[i] ?? 0),
      kind: postingKindOf(ledger.kind[i] ?? 0),
      firm: ledger.firm[i] ?? -1,
    });
  }
  return { accounts: ledger.accounts.map((account) => ({ ...account })), postings };
}

/** The ledger as JSON text: `{ accounts, postings }`. */
export function ledgerToJSON(ledger: Ledger): string {
  return JSON.stringify(exportLedger(ledger));
}

/**
 * The postings as CSV (RFC 4180, CRLF line ends), amounts with exactly two decimals. The accounts
 * are not in it: `readLedgerCSV` is given them.
 */
export function ledgerToCSV(ledger: Ledger): string {
  const ids = ledger.accounts.map((account) => csvField(account.id));
  const lines = [ledgerCSVHeader];
  for (let i = 0; i < ledger.count; i++) {
    lines.push(
      `${ledger.quarter[i]},${ids[ledger.from[i] ?? 0]},${ids[ledger.to[i] ?? 0]},` +
        `${formatFen(ledger.amountFen[i] ?? 0)},${postingKindOf(ledger.kind[i] ?? 0)},${ledger.firm[i]}`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}
