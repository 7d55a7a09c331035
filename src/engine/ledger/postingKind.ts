/**
 * What a posting is for. Stored as a Uint8 code (the position in this list) in the ledger and as
 * the name in exports, so new kinds can be appended freely (up to 255 of them).
 */
export const postingKinds = [
  'capitalCall',
  'investment',
  'stakeTransfer',
  'distribution',
  'fee',
  'carry',
  'concession',
  'loanDraw',
  'repayment',
  'interest',
  'loss',
  'compensation',
  'guaranteeFee',
  'subsidy',
  'reward',
  /** The treasury funding a fund or pool. */
  'fiscalFunding',
  'exitProceeds',
  /** Outside investors' money in a firm's financing round. */
  'roundCoInvestment',
  /**
   * Unrealised holdings valued at the horizon (latest round price) as if bought by the market, and
   * the waterfall's payout of that value: so RVPI is read from the ledger like DPI.
   */
  'residualValue',
  /** A guarantor, re-guarantor or the government paying its share of a guaranteed loan's loss. */
  'guaranteeClaim',
  /** Holdings sold to secondary buyers when a fund's life ends (latest round price less a discount). */
  'secondarySale',
  /** Fiscal money returned unused (the risk pool's unspent funding at the horizon): not spent. */
  'fiscalRefund',
] as const;

export type PostingKind = (typeof postingKinds)[number];

/** Code 255 is kept free so a reader can mark a kind it does not know. */
export const unknownKindCode = 255;
if (postingKinds.length >= unknownKindCode)
  throw new RangeError('too many posting kinds for Uint8');

/** The Uint8 code of each kind: `postingKindCode.fee`. */
export const postingKindCode: Readonly<Record<PostingKind, number>> = Object.freeze(
  Object.fromEntries(postingKinds.map((kind, code) => [kind, code])) as Record<PostingKind, number>,
);

export function isPostingKind(value: unknown): value is PostingKind {
  return typeof value === 'string' && (postingKinds as readonly string[]).includes(value);
}

/** The kind stored under `code`; a RangeError for a code no kind has. */
export function postingKindOf(code: number): PostingKind {
  const kind = postingKinds[code];
  if (kind === undefined) throw new RangeError(`no posting kind has code ${code}`);
  return kind;
}
