import type { AccountSpec } from '../ledger/accounts.ts';

/**
 * Ledger accounts of the bank side. The pool may only pay out what the treasury put in.
 * `writeOffs` records written-off principal: each `loss` posting moves a loan's loss from the
 * firm account to it, so a ledger reader finds every loss; no cash moves, and the bank's own
 * account shows the loss as the repayment that never came.
 */
export const BANK_ACCOUNTS: readonly AccountSpec[] = [
  { id: 'bank', mayBorrow: true, group: 'bank' },
  // A record, not a fund: its balance (losses so far) may grow past 2^53 fen like the outside world's.
  { id: 'writeOffs', mayBorrow: true, group: 'bank' },
  { id: 'riskPool', mayBorrow: false, group: 'riskPool' },
  { id: 'guarantor', mayBorrow: true, group: 'guarantor' },
  { id: 'reGuarantor', mayBorrow: true, group: 'guarantor' },
];
