import { accountSpecProblem, type AccountSpec } from './accounts.ts';
import type { LedgerExport } from './exportLedger.ts';
import { fenToCNY, maxAmountCNY, toFen } from './fen.ts';
import type { Ledger, PostingColumnsView } from './ledger.ts';
import { isPostingKind, postingKindCode, postingKinds, unknownKindCode } from './postingKind.ts';

/**
 * A broken rule of the ledger, as plain data. `postingIndex` is the posting at fault, or −1 for a
 * problem of the accounts or of the ledger as a whole. Amounts are CNY.
 */
export type LedgerViolation =
  | { kind: 'badAccount'; postingIndex: -1; accountIndex: number; expected: string }
  | { kind: 'duplicateAccount'; postingIndex: -1; accountIndex: number; account: string }
  | { kind: 'nonFinite'; postingIndex: number; amountCNY: number }
  | { kind: 'negativeAmount'; postingIndex: number; amountCNY: number }
  | { kind: 'tooLarge'; postingIndex: number; amountCNY: number }
  | { kind: 'notWholeFen'; postingIndex: number; amountCNY: number }
  | { kind: 'unknownAccount'; postingIndex: number; side: 'from' | 'to'; account: string }
  | { kind: 'sameAccount'; postingIndex: number; account: string }
  | { kind: 'unknownKind'; postingIndex: number; postingKind: string }
  | { kind: 'badQuarter'; postingIndex: number; quarter: number }
  | { kind: 'quarterBackwards'; postingIndex: number; quarter: number; previousQuarter: number }
  | { kind: 'badFirm'; postingIndex: number; firm: number }
  /** A non-borrowing account below zero after this posting. */
  | {
      kind: 'overdraft';
      postingIndex: number;
      account: string;
      quarter: number;
      balanceCNY: number;
    }
  /** A non-borrowing account's balance past 2^53 fen (`maxAmountCNY`): no longer exact. */
  | { kind: 'balanceTooLarge'; postingIndex: number; account: string; balanceCNY: number }
  /** The running balance kept by `post` differs from the replayed one. */
  | {
      kind: 'balanceMismatch';
      postingIndex: -1;
      account: string;
      runningCNY: number;
      replayedCNY: number;
    }
  /** The balances do not sum to zero. */
  | { kind: 'unbalanced'; postingIndex: -1; sumCNY: number };

export type LedgerViolationKind = LedgerViolation['kind'];

/**
 * Every broken rule of a ledger or of an exported one, in posting order; empty when clean. Checks
 * each posting, replays the balances from zero (a non-borrowing account never below zero at any
 * posting), that they sum to zero, and, for a live ledger, that they equal its running balances.
 */
export function checkLedger(source: Ledger | LedgerExport): LedgerViolation[] {
  const violations: LedgerViolation[] = [];
  checkAccounts(source.accounts, violations);
  if ('postings' in source) {
    const usable = usableAccounts(source.accounts);
    const columns = exportColumns(source, usable);
    checkPostings(columns, exportLabels(source, usable, violations), violations);
    return violations;
  }
  const replayed = checkPostings(source, ledgerLabels(source), violations);
  source.accounts.forEach((account, i) => {
    const running = source.balanceFen[i] ?? 0;
    const replay = replayed[i] ?? 0;
    if (running !== replay) {
      violations.push({
        kind: 'balanceMismatch',
        postingIndex: -1,
        account: account.id,
        runningCNY: fenToCNY(running),
        replayedCNY: fenToCNY(replay),
      });
    }
  });
  return violations;
}

/** How the posting checks name what they find, and checks only an export needs. */
interface PostingLabels {
  readonly accounts: readonly AccountSpec[];
  /** Which accounts take part in the replay (a bad or repeated spec does not). */
  readonly usable: readonly boolean[];
  account(postingIndex: number, side: 'from' | 'to'): string;
  kind(postingIndex: number): string;
  amountCNY(postingIndex: number): number;
  extraChecks?(postingIndex: number): void;
}

function checkAccounts(accounts: readonly AccountSpec[], violations: LedgerViolation[]): void {
  const seen = new Set<string>();
  accounts.forEach((account, accountIndex) => {
    const problem = accountSpecProblem(account);
    if (problem !== null) {
      violations.push({ kind: 'badAccount', postingIndex: -1, accountIndex, expected: problem });
    } else if (seen.has(account.id)) {
      violations.push({
        kind: 'duplicateAccount',
        postingIndex: -1,
        accountIndex,
        account: account.id,
      });
    } else {
      seen.add(account.id);
    }
  });
}

/**
 * Checks each posting while replaying the balances from zero, apart from the running balances
 * `post` keeps; returns the replayed balances in fen. Postings whose amount or accounts are bad
 * are left out of the replay.
 */
function checkPostings(
  columns: PostingColumnsView,
  labels: PostingLabels,
  violations: LedgerViolation[],
): Float64Array {
  const { accounts, usable } = labels;
  const accountCount = accounts.length;
  const balances = new Float64Array(accountCount);
  let previousQuarter = -1;
  // The outside world (accounts that may borrow) may pass 2^53 fen; a fund or pool may not.
  const flagTooLarge = (postingIndex: number, account: number, balanceFen: number): void => {
    if (Math.abs(balanceFen) <= Number.MAX_SAFE_INTEGER) return;
    if (accounts[account]?.mayBorrow !== false) return;
    violations.push({
      kind: 'balanceTooLarge',
      postingIndex,
      account: accounts[account]?.id ?? '',
      balanceCNY: fenToCNY(balanceFen),
    });
  };
  for (let i = 0; i < columns.count; i++) {
    const fen = columns.amountFen[i] ?? NaN;
    let amountOk = false;
    if (!Number.isFinite(fen)) {
      violations.push({ kind: 'nonFinite', postingIndex: i, amountCNY: labels.amountCNY(i) });
    } else if (fen < 0) {
      violations.push({ kind: 'negativeAmount', postingIndex: i, amountCNY: labels.amountCNY(i) });
    } else if (fen > Number.MAX_SAFE_INTEGER) {
      violations.push({ kind: 'tooLarge', postingIndex: i, amountCNY: labels.amountCNY(i) });
    } else if (!Number.isInteger(fen)) {
      violations.push({ kind: 'notWholeFen', postingIndex: i, amountCNY: labels.amountCNY(i) });
    } else {
      amountOk = true;
    }
    labels.extraChecks?.(i);

    const quarter = columns.quarter[i] ?? NaN;
    if (!(Number.isInteger(quarter) && quarter >= 0 && quarter <= 2 ** 31 - 1)) {
      violations.push({ kind: 'badQuarter', postingIndex: i, quarter });
    } else if (quarter < previousQuarter) {
      violations.push({ kind: 'quarterBackwards', postingIndex: i, quarter, previousQuarter });
    } else {
      previousQuarter = quarter;
    }

    const from = columns.from[i] ?? -1;
    const to = columns.to[i] ?? -1;
    const fromOk = from >= 0 && from < accountCount && Number.isInteger(from) && usable[from];
    const toOk = to >= 0 && to < accountCount && Number.isInteger(to) && usable[to];
    if (!fromOk) {
      violations.push({
        kind: 'unknownAccount',
        postingIndex: i,
        side: 'from',
        account: labels.account(i, 'from'),
      });
    }
    if (!toOk) {
      violations.push({
        kind: 'unknownAccount',
        postingIndex: i,
        side: 'to',
        account: labels.account(i, 'to'),
      });
    }
    if (fromOk && from === to) {
      violations.push({ kind: 'sameAccount', postingIndex: i, account: labels.account(i, 'from') });
    }

    if ((columns.kind[i] ?? unknownKindCode) >= postingKinds.length) {
      violations.push({ kind: 'unknownKind', postingIndex: i, postingKind: labels.kind(i) });
    }
    const firm = columns.firm[i] ?? NaN;
    if (!(Number.isInteger(firm) && firm >= -1 && firm <= 2 ** 31 - 1)) {
      violations.push({ kind: 'badFirm', postingIndex: i, firm });
    }

    // The money moved as recorded, whatever else is wrong, as long as we know what and where.
    if (!(amountOk && fromOk && toOk) || from === to) continue;
    const fromBalance = (balances[from] ?? 0) - fen;
    const toBalance = (balances[to] ?? 0) + fen;
    balances[from] = fromBalance;
    balances[to] = toBalance;
    flagTooLarge(i, from, fromBalance);
    flagTooLarge(i, to, toBalance);
    if (fromBalance < 0 && accounts[from]?.mayBorrow === false) {
      violations.push({
        kind: 'overdraft',
        postingIndex: i,
        account: accounts[from].id,
        quarter,
        balanceCNY: fenToCNY(fromBalance),
      });
    }
  }

  // Every posting moves one amount from one account to another, so the balances sum to zero
  // exactly while each is within 2^53 fen. Past it (only the outside world, which may borrow, can
  // get there) running balances are approximate by design and their sum is not checked.
  if (balances.every((b) => Math.abs(b) <= Number.MAX_SAFE_INTEGER)) {
    let sumFen = 0n;
    for (let a = 0; a < accountCount; a++) sumFen += BigInt(balances[a] ?? 0);
    if (sumFen !== 0n)
      violations.push({ kind: 'unbalanced', postingIndex: -1, sumCNY: Number(sumFen) / 100 });
  }
  return balances;
}

function usableAccounts(accounts: readonly AccountSpec[]): boolean[] {
  const seen = new Set<string>();
  return accounts.map((account) => {
    if (accountSpecProblem(account) !== null || seen.has(account.id)) return false;
    seen.add(account.id);
    return true;
  });
}

function ledgerLabels(ledger: Ledger): PostingLabels {
  return {
    accounts: ledger.accounts,
    usable: usableAccounts(ledger.accounts),
    account: (i, side) => {
      const index = ledger[side][i] ?? -1;
      return ledger.accounts[index]?.id ?? `#${index}`;
    },
    kind: (i) => `#${ledger.kind[i]}`,
    amountCNY: (i) => fenToCNY(ledger.amountFen[i] ?? NaN),
  };
}

/** An export's postings laid out as columns; unknown accounts as −1, unknown kinds as 255. */
function exportColumns(data: LedgerExport, usable: readonly boolean[]): PostingColumnsView {
  const indexById = new Map<string, number>();
  data.accounts.forEach((account, index) => {
    if (usable[index]) indexById.set(account.id, index);
  });
  const n = data.postings.length;
  const columns = {
    count: n,
    quarter: new Float64Array(n),
    from: new Float64Array(n),
    to: new Float64Array(n),
    amountFen: new Float64Array(n),
    kind: new Float64Array(n),
    firm: new Float64Array(n),
  };
  data.postings.forEach((posting, i) => {
    columns.quarter[i] = asNumber(posting.quarter);
    columns.from[i] = indexById.get(posting.from) ?? -1;
    columns.to[i] = indexById.get(posting.to) ?? -1;
    const amount = asNumber(posting.amountCNY);
    columns.amountFen[i] = amount >= 0 && amount <= maxAmountCNY ? toFen(amount) : amount * 100;
    columns.kind[i] = isPostingKind(posting.kind) ? postingKindCode[posting.kind] : unknownKindCode;
    columns.firm[i] = asNumber(posting.firm);
  });
  return columns;
}

function exportLabels(
  data: LedgerExport,
  usable: readonly boolean[],
  violations: LedgerViolation[],
): PostingLabels {
  return {
    accounts: data.accounts,
    usable,
    account: (i, side) => String(data.postings[i]?.[side]),
    kind: (i) => String(data.postings[i]?.kind),
    amountCNY: (i) => asNumber(data.postings[i]?.amountCNY),
    // An export's amount is a CNY number that must stand for whole fen.
    extraChecks: (i) => {
      const amount = asNumber(data.postings[i]?.amountCNY);
      if (amount >= 0 && amount <= maxAmountCNY && fenToCNY(toFen(amount)) !== amount) {
        violations.push({ kind: 'notWholeFen', postingIndex: i, amountCNY: amount });
      }
    },
  };
}

function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : NaN;
}
