/** Why a ledger operation was refused. */
export type LedgerErrorReason =
  | 'badAmount'
  | 'badQuarter'
  | 'quarterBackwards'
  | 'unknownAccount'
  | 'sameAccount'
  | 'unknownKind'
  | 'badFirm'
  | 'overdraft'
  | 'balanceTooLarge'
  | 'badAccount'
  | 'duplicateAccount'
  | 'badCapacity';

/** The posting that was refused, as given (account ids resolved where they exist, '#7' where not). */
export interface RefusedPosting {
  readonly quarter: number;
  readonly from: string;
  readonly to: string;
  readonly amountCNY: number;
  readonly kind: string;
  readonly firm: number;
}

/**
 * Thrown by the ledger when a caller breaks its rules: a bug in the model, not an event of the
 * simulation, so it is thrown rather than returned. The fields are plain data for the worker.
 */
export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  readonly reason: LedgerErrorReason;
  readonly posting: RefusedPosting | null;

  constructor(reason: LedgerErrorReason, message: string, posting: RefusedPosting | null = null) {
    super(message);
    this.reason = reason;
    this.posting = posting;
  }
}
