import { accountSpecProblem, type AccountSpec } from './accounts.ts';
import { parseCSV } from './csv.ts';
import { ledgerCSVHeader, type ExportedPosting, type LedgerExport } from './exportLedger.ts';
import { fenToCNY, maxAmountCNY, toFen } from './fen.ts';
import { isPostingKind } from './postingKind.ts';

/**
 * Why an exported ledger could not be read, as plain data. `postingIndex` counts postings from 0
 * (the CSV row after the header is posting 0); `line` is the CSV line the row starts on.
 */
export type LedgerReadError =
  | { kind: 'badJSON'; message: string }
  | { kind: 'badCSV'; line: number; expected: string }
  | { kind: 'badHeader'; expected: string; found: string }
  | { kind: 'badShape'; path: string; expected: string }
  | { kind: 'badAccount'; accountIndex: number; expected: string }
  | { kind: 'badRecord'; postingIndex: number; line: number; expected: string; found: string }
  | {
      kind: 'badNumber';
      postingIndex: number;
      line?: number;
      field: 'quarter' | 'amountCNY' | 'firm';
      value: string;
      expected: string;
    }
  | { kind: 'unknownKind'; postingIndex: number; line?: number; value: string }
  | {
      kind: 'unknownAccount';
      postingIndex: number;
      line?: number;
      field: 'from' | 'to';
      value: string;
    };

export type LedgerReadResult =
  { ok: true; value: LedgerExport } | { ok: false; errors: LedgerReadError[] };

const maxInt32 = 2 ** 31 - 1;
const expectedQuarter = 'an integer quarter from 0';
const expectedAmount = `a CNY amount from 0 to ${maxAmountCNY} with at most 2 decimals`;
const expectedFirm = 'an integer firm index, or −1 for no firm';

/**
 * Reads postings written by `ledgerToCSV`. The CSV names accounts by id only, so the accounts are
 * given. Reports every bad row, not just the first. Accounting rules (balances, overdrafts, the
 * order of quarters) are checked by `checkLedger`, not here.
 */
export function readLedgerCSV(text: string, accounts: readonly AccountSpec[]): LedgerReadResult {
  const errors: LedgerReadError[] = [];
  const ids = accountIds(accounts, errors);
  const parsed = parseCSV(text);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: [{ kind: 'badCSV', line: parsed.line, expected: parsed.expected }],
    };
  }
  const [header, ...rows] = parsed.records;
  const found = header?.fields.join(',') ?? '';
  if (found !== ledgerCSVHeader) {
    return { ok: false, errors: [{ kind: 'badHeader', expected: ledgerCSVHeader, found }] };
  }
  // A blank last line is a line end, not a posting.
  while (rows.length > 0 && rows.at(-1)?.fields.length === 1 && rows.at(-1)?.fields[0] === '') {
    rows.pop();
  }

  const postings: ExportedPosting[] = [];
  rows.forEach(({ fields, line }, postingIndex) => {
    if (fields.length !== 6) {
      errors.push({
        kind: 'badRecord',
        postingIndex,
        line,
        expected: '6 fields: ' + ledgerCSVHeader,
        found: `${fields.length} fields`,
      });
      return;
    }
    const [quarterText = '', from = '', to = '', amountText = '', kind = '', firmText = ''] =
      fields;
    const before = errors.length;
    const at = { postingIndex, line };
    const quarter = /^\d{1,10}$/.test(quarterText) ? Number(quarterText) : NaN;
    if (!(quarter <= maxInt32)) {
      errors.push({
        kind: 'badNumber',
        ...at,
        field: 'quarter',
        value: quarterText,
        expected: expectedQuarter,
      });
    }
    if (!ids.has(from)) errors.push({ kind: 'unknownAccount', ...at, field: 'from', value: from });
    if (!ids.has(to)) errors.push({ kind: 'unknownAccount', ...at, field: 'to', value: to });
    const amountCNY = /^\d+(\.\d{1,2})?$/.test(amountText) ? Number(amountText) : NaN;
    if (!(amountCNY <= maxAmountCNY)) {
      errors.push({
        kind: 'badNumber',
        ...at,
        field: 'amountCNY',
        value: amountText,
        expected: expectedAmount,
      });
    }
    if (!isPostingKind(kind)) errors.push({ kind: 'unknownKind', ...at, value: kind });
    const firm = /^-?\d{1,10}$/.test(firmText) ? Number(firmText) : NaN;
    if (!(firm >= -1 && firm <= maxInt32)) {
      errors.push({
        kind: 'badNumber',
        ...at,
        field: 'firm',
        value: firmText,
        expected: expectedFirm,
      });
    }
    if (errors.length === before && isPostingKind(kind)) {
      postings.push({ quarter, from, to, amountCNY: fenToCNY(toFen(amountCNY)), kind, firm });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { accounts: accounts.map((account) => ({ ...account })), postings } };
}

/** Reads the text written by `ledgerToJSON`. */
export function readLedgerJSON(text: string): LedgerReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ kind: 'badJSON', message: String(error) }] };
  }
  return readLedgerExport(value);
}

/** Validates already-parsed data (say, from a worker message) as a `LedgerExport`, copying it. */
export function readLedgerExport(value: unknown): LedgerReadResult {
  if (typeof value !== 'object' || value === null) {
    return {
      ok: false,
      errors: [{ kind: 'badShape', path: '', expected: 'an object { accounts, postings }' }],
    };
  }
  const { accounts, postings } = value as Record<string, unknown>;
  if (!Array.isArray(accounts) || !Array.isArray(postings)) {
    const path = Array.isArray(accounts) ? 'postings' : 'accounts';
    return { ok: false, errors: [{ kind: 'badShape', path, expected: 'an array' }] };
  }
  const errors: LedgerReadError[] = [];
  const ids = accountIds(accounts, errors);
  const read: ExportedPosting[] = [];
  postings.forEach((posting: unknown, postingIndex) => {
    if (typeof posting !== 'object' || posting === null) {
      errors.push({
        kind: 'badShape',
        path: `postings[${postingIndex}]`,
        expected: 'an object { quarter, from, to, amountCNY, kind, firm }',
      });
      return;
    }
    const { quarter, from, to, amountCNY, kind, firm } = posting as Record<string, unknown>;
    const before = errors.length;
    if (!(
      Number.isInteger(quarter) &&
      (quarter as number) >= 0 &&
      (quarter as number) <= maxInt32
    )) {
      errors.push({
        kind: 'badNumber',
        postingIndex,
        field: 'quarter',
        value: show(quarter),
        expected: expectedQuarter,
      });
    }
    if (typeof from !== 'string' || !ids.has(from)) {
      errors.push({ kind: 'unknownAccount', postingIndex, field: 'from', value: show(from) });
    }
    if (typeof to !== 'string' || !ids.has(to)) {
      errors.push({ kind: 'unknownAccount', postingIndex, field: 'to', value: show(to) });
    }
    const wholeFen =
      typeof amountCNY === 'number' &&
      amountCNY >= 0 &&
      amountCNY <= maxAmountCNY &&
      fenToCNY(toFen(amountCNY)) === amountCNY;
    if (!wholeFen) {
      errors.push({
        kind: 'badNumber',
        postingIndex,
        field: 'amountCNY',
        value: show(amountCNY),
        expected: expectedAmount,
      });
    }
    if (!isPostingKind(kind)) errors.push({ kind: 'unknownKind', postingIndex, value: show(kind) });
    if (!(Number.isInteger(firm) && (firm as number) >= -1 && (firm as number) <= maxInt32)) {
      errors.push({
        kind: 'badNumber',
        postingIndex,
        field: 'firm',
        value: show(firm),
        expected: expectedFirm,
      });
    }
    if (errors.length === before)
      read.push({ quarter, from, to, amountCNY, kind, firm } as ExportedPosting);
  });
  if (errors.length > 0) return { ok: false, errors };
  const specs = (accounts as AccountSpec[]).map(({ id, mayBorrow, group }) => ({
    id,
    mayBorrow,
    group,
  }));
  return { ok: true, value: { accounts: specs, postings: read } };
}

/** The ids of valid, distinct account specs; an error for each other one. */
function accountIds(accounts: readonly unknown[], errors: LedgerReadError[]): Set<string> {
  const ids = new Set<string>();
  accounts.forEach((account, accountIndex) => {
    const problem = accountSpecProblem(account);
    if (problem !== null) {
      errors.push({ kind: 'badAccount', accountIndex, expected: problem });
    } else if (ids.has((account as AccountSpec).id)) {
      errors.push({ kind: 'badAccount', accountIndex, expected: `an id not already used` });
    } else {
      ids.add((account as AccountSpec).id);
    }
  });
  return ids;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
