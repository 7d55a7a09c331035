import { accountSpecProblem, type AccountSpec } from './accounts.ts';
import { fenToCNY, maxAmountCNY, maxMovementCNY, toFen } from './fen.ts';
import { LedgerError, type LedgerErrorReason } from './ledgerError.ts';
import { postingKindCode, type PostingKind } from './postingKind.ts';

/**
 * The postings of one trial as columns: posting `i` moves `amountFen[i]` from account `from[i]` to
 * account `to[i]` in quarter `quarter[i]`. Only the first `count` rows are postings; the arrays
 * are replaced (doubled) when they fill up, so read them from the ledger, not from a saved copy.
 */
export interface PostingColumns {
  count: number;
  quarter: Int32Array;
  from: Int32Array;
  to: Int32Array;
  /** Whole fen (CNY × 100) in a Float64Array: exact integers up to 2^53. */
  amountFen: Float64Array;
  /** Index into `postingKinds`. */
  kind: Uint8Array;
  /** The firm a posting is about, or −1. */
  firm: Int32Array;
}

/** The posting columns as read by replays and checks: a ledger's, or an export's laid out alike. */
export interface PostingColumnsView {
  readonly count: number;
  readonly quarter: ArrayLike<number>;
  readonly from: ArrayLike<number>;
  readonly to: ArrayLike<number>;
  readonly amountFen: ArrayLike<number>;
  readonly kind: ArrayLike<number>;
  readonly firm: ArrayLike<number>;
}

/**
 * A double-entry ledger. Every posting is balanced by construction (one amount leaves one account
 * and enters another), and amounts are integer fen, so the sum of all balances is exactly zero.
 */
export interface Ledger extends PostingColumns {
  /** Account `i` is `accounts[i]`; add accounts with `addAccount`, which keeps the rest in step. */
  readonly accounts: readonly AccountSpec[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Running balance of each account in fen (the first `accounts.length` entries). */
  balanceFen: Float64Array;
  /** 1 where the account may go below zero, per account. */
  mayBorrow: Uint8Array;
  /** Quarter of the latest posting (−1 before the first): postings may not go back in time. */
  lastQuarter: number;
}

export interface LedgerOptions {
  /** Postings room allocated up front; doubled whenever it fills. Default 1024. */
  initialCapacity?: number;
}

const maxInt32 = 2 ** 31 - 1;

export function createLedger(
  accounts: readonly AccountSpec[] = [],
  options: LedgerOptions = {},
): Ledger {
  const capacity = options.initialCapacity ?? 1024;
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > maxInt32) {
    throw new LedgerError(
      'badCapacity',
      `createLedger: initialCapacity must be a positive integer; got ${capacity}`,
    );
  }
  const accountRoom = Math.max(16, accounts.length);
  const ledger: Ledger = {
    count: 0,
    quarter: new Int32Array(capacity),
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    amountFen: new Float64Array(capacity),
    kind: new Uint8Array(capacity),
    firm: new Int32Array(capacity),
    accounts: [] as AccountSpec[],
    indexById: new Map<string, number>(),
    balanceFen: new Float64Array(accountRoom),
    mayBorrow: new Uint8Array(accountRoom),
    lastQuarter: -1,
  };
  for (const spec of accounts) addAccount(ledger, spec);
  return ledger;
}

/** Registers an account and returns its index; throws LedgerError for a bad or repeated id. */
export function addAccount(ledger: Ledger, spec: AccountSpec): number {
  const problem = accountSpecProblem(spec);
  if (problem !== null) {
    throw new LedgerError('badAccount', `addAccount: expected ${problem}; got ${show(spec)}`);
  }
  if (ledger.indexById.has(spec.id)) {
    throw new LedgerError('duplicateAccount', `addAccount: account '${spec.id}' already exists`);
  }
  const index = ledger.accounts.length;
  if (index === ledger.balanceFen.length) {
    ledger.balanceFen = grown(ledger.balanceFen, new Float64Array(index * 2));
    ledger.mayBorrow = grown(ledger.mayBorrow, new Uint8Array(index * 2));
  }
  (ledger.accounts as AccountSpec[]).push({ ...spec });
  (ledger.indexById as Map<string, number>).set(spec.id, index);
  ledger.mayBorrow[index] = spec.mayBorrow ? 1 : 0;
  return index;
}

/** Index of the account named `id`, or −1 when there is none. */
export function accountIndex(ledger: Ledger, id: string): number {
  return ledger.indexById.get(id) ?? -1;
}

/**
 * Moves `amountCNY` (rounded to whole fen) from one account to another. Returns the posting's
 * index, or −1 when the amount rounds to zero and nothing is recorded. A movement larger than one
 * posting holds exactly (`maxAmountCNY`, 2^53 fen) is booked as several postings of the same kind,
 * and the index of the last is returned. Throws LedgerError for an amount that is not finite and
 * non-negative (or past `maxMovementCNY`), a quarter earlier than the last posting's, an unknown
 * account or kind, a non-borrowing account that would go below zero or past `maxAmountCNY`; the
 * ledger is unchanged when it throws. An account that may borrow (the outside world: treasury,
 * market, firms, investors) may pass 2^53 fen: its running balance is then approximate, while
 * every posting stays exact and the postings still sum to zero (checkLedger sums them exactly).
 */
export function post(
  ledger: Ledger,
  quarter: number,
  fromIndex: number,
  toIndex: number,
  amountCNY: number,
  kind: PostingKind,
  firm = -1,
): number {
  const kindCode: unknown = postingKindCode[kind];
  const problem = postingProblem(ledger, quarter, fromIndex, toIndex, amountCNY, kindCode, firm);
  if (problem !== null) {
    throw refusal(ledger, problem, quarter, fromIndex, toIndex, amountCNY, kind, firm);
  }
  let fen = toFen(amountCNY);
  if (fen === 0) return -1;
  const fromBalance = ledger.balanceFen[fromIndex] ?? 0;
  if (ledger.mayBorrow[fromIndex] === 0 && fromBalance < fen) {
    throw refusal(ledger, 'overdraft', quarter, fromIndex, toIndex, amountCNY, kind, firm);
  }
  // A fund's or pool's balance past 2^53 fen would no longer be exact; refuse rather than drift.
  if (ledger.mayBorrow[toIndex] === 0 && (ledger.balanceFen[toIndex] ?? 0) + fen > MAX_FEN) {
    throw refusal(ledger, 'balanceTooLarge', quarter, fromIndex, toIndex, amountCNY, kind, firm);
  }
  let last = -1;
  for (; fen > MAX_FEN; fen -= PIECE_FEN)
    last = append(ledger, quarter, fromIndex, toIndex, PIECE_FEN, kindCode as number, firm);
  if (fen > 0) last = append(ledger, quarter, fromIndex, toIndex, fen, kindCode as number, firm);
  return last;
}

/** A fund's or pool's balance stays an exact integer of fen up to 2^53. */
const MAX_FEN = Number.MAX_SAFE_INTEGER;
/**
 * Fen of one piece of a larger movement: a power of two, so that taking it off the movement's fen
 * count is exact in floating point and the pieces add up to the movement exactly.
 */
const PIECE_FEN = 2 ** 52;

function append(
  ledger: Ledger,
  quarter: number,
  fromIndex: number,
  toIndex: number,
  fen: number,
  kindCode: number,
  firm: number,
): number {
  if (ledger.count === ledger.quarter.length) growPostings(ledger);
  const i = ledger.count;
  ledger.quarter[i] = quarter;
  ledger.from[i] = fromIndex;
  ledger.to[i] = toIndex;
  ledger.amountFen[i] = fen;
  ledger.kind[i] = kindCode;
  ledger.firm[i] = firm;
  ledger.count = i + 1;
  ledger.balanceFen[fromIndex] = (ledger.balanceFen[fromIndex] ?? 0) - fen;
  ledger.balanceFen[toIndex] = (ledger.balanceFen[toIndex] ?? 0) + fen;
  ledger.lastQuarter = quarter;
  return i;
}

/** The running balance of an account in CNY (inflows minus outflows so far). */
export function balanceCNY(ledger: Ledger, accountIndex: number): number {
  if (!(accountIndex >= 0 && accountIndex < ledger.accounts.length)) {
    throw new RangeError(`balanceCNY: no account has index ${accountIndex}`);
  }
  return fenToCNY(ledger.balanceFen[accountIndex] ?? 0);
}

/** Empties the ledger for the next trial, keeping its accounts and its allocated room. */
export function resetLedger(ledger: Ledger): void {
  ledger.count = 0;
  ledger.balanceFen.fill(0);
  ledger.lastQuarter = -1;
}

function growPostings(ledger: Ledger): void {
  const capacity = ledger.quarter.length * 2;
  ledger.quarter = grown(ledger.quarter, new Int32Array(capacity));
  ledger.from = grown(ledger.from, new Int32Array(capacity));
  ledger.to = grown(ledger.to, new Int32Array(capacity));
  ledger.amountFen = grown(ledger.amountFen, new Float64Array(capacity));
  ledger.kind = grown(ledger.kind, new Uint8Array(capacity));
  ledger.firm = grown(ledger.firm, new Int32Array(capacity));
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(old: T, room: T): T {
  room.set(old);
  return room;
}

/** The first rule a posting breaks (other than overdraft), or null. Allocates nothing. */
function postingProblem(
  ledger: Ledger,
  quarter: number,
  fromIndex: number,
  toIndex: number,
  amountCNY: number,
  kindCode: unknown,
  firm: number,
): LedgerErrorReason | null {
  const accountCount = ledger.accounts.length;
  if (!(fromIndex >= 0 && fromIndex < accountCount && (fromIndex | 0) === fromIndex)) {
    return 'unknownAccount';
  }
  if (!(toIndex >= 0 && toIndex < accountCount && (toIndex | 0) === toIndex)) {
    return 'unknownAccount';
  }
  if (fromIndex === toIndex) return 'sameAccount';
  // Written so that NaN fails too.
  if (!(amountCNY >= 0 && amountCNY <= maxMovementCNY)) return 'badAmount';
  if (!(quarter >= 0 && (quarter | 0) === quarter)) return 'badQuarter';
  if (quarter < ledger.lastQuarter) return 'quarterBackwards';
  if (typeof kindCode !== 'number') return 'unknownKind';
  if (!(firm >= -1 && (firm | 0) === firm)) return 'badFirm';
  return null;
}

/** The error for a refused posting, naming what was given and the rule it breaks. */
function refusal(
  ledger: Ledger,
  reason: LedgerErrorReason,
  quarter: number,
  fromIndex: number,
  toIndex: number,
  amountCNY: number,
  kind: string,
  firm: number,
): LedgerError {
  const posting = {
    quarter,
    from: accountLabel(ledger, fromIndex),
    to: accountLabel(ledger, toIndex),
    amountCNY,
    kind: String(kind),
    firm,
  };
  const what =
    `${posting.kind} of ${amountCNY} CNY from '${posting.from}' to '${posting.to}' ` +
    `in quarter ${quarter}` +
    (firm === -1 ? '' : ` for firm ${firm}`);
  return new LedgerError(
    reason,
    `post: refused ${what}: ${rule(ledger, reason, fromIndex)}`,
    posting,
  );
}

function rule(ledger: Ledger, reason: LedgerErrorReason, fromIndex: number): string {
  switch (reason) {
    case 'unknownAccount':
      return `account indices must be integers from 0 to ${ledger.accounts.length - 1}; register accounts with addAccount first`;
    case 'sameAccount':
      return 'a posting must move money between two different accounts';
    case 'badAmount':
      return `the amount must be a finite number from 0 to ${maxMovementCNY} CNY`;
    case 'badQuarter':
      return 'the quarter must be a non-negative integer';
    case 'quarterBackwards':
      return `postings may not go back in time; the last one is in quarter ${ledger.lastQuarter}`;
    case 'unknownKind':
      return 'the kind must be one of the postingKinds';
    case 'badFirm':
      return 'the firm must be an integer index, or −1 when the posting is about no one firm';
    case 'overdraft':
      return `'${accountLabel(ledger, fromIndex)}' holds ${fenToCNY(ledger.balanceFen[fromIndex] ?? 0)} CNY and may not borrow`;
    case 'balanceTooLarge':
      return `the balance of an account that may not borrow may not pass ${maxAmountCNY} CNY, beyond which fen are no longer exact`;
    case 'badAccount':
    case 'duplicateAccount':
    case 'badCapacity':
      return reason;
    default:
      return reason satisfies never;
  }
}

function accountLabel(ledger: Ledger, index: number): string {
  return ledger.accounts[index]?.id ?? `#${index}`;
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
