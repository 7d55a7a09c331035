/**
 * What a random stream is used for. Each purpose of each trial has its own independent stream, so
 * two scenarios that differ only in policy (say, the bank's loan terms) draw the same economy,
 * the same firms and the same firm fates: comparisons between them are by common random numbers.
 *
 * Streams are keyed by the purpose's name, not its position here, so adding or reordering
 * purposes leaves every existing stream unchanged.
 */
export const STREAM_PURPOSES = [
  /** The business cycle: the common factor Z_t of each quarter. */
  'economy',
  /** How many firms arrive at each stage each quarter. */
  'arrivals',
  /** A new firm's sector, quality and size. */
  'firmAttributes',
  /** Whether and when a firm fails (its idiosyncratic term in the copula). */
  'firmFates',
  /** Financing rounds: whether a firm raises, and how much at what valuation. */
  'rounds',
  /** Exits: trade sale or IPO, timing and multiple. */
  'exits',
  /** Funds' screening of applicants: which firms pass due diligence. */
  'screening',
  /** Funds' discretionary choices: follow-on, allocation among eligible firms. */
  'fundDecisions',
  /** The bank's credit decisions under invest-then-lend. */
  'bank',
  /** Fiscal events: timing of subsidies and risk-compensation payouts. */
  'fiscal',
] as const;

export type StreamPurpose = (typeof STREAM_PURPOSES)[number];

const purposeSet: ReadonlySet<string> = new Set(STREAM_PURPOSES);

/** True if `value` names a stream purpose (for input that did not come through the type checker). */
export function isStreamPurpose(value: unknown): value is StreamPurpose {
  return typeof value === 'string' && purposeSet.has(value);
}
