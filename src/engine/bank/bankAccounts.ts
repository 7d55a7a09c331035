import type { AccountSpec } from '../ledger/accounts.ts';

/** Ledger accounts of the bank side. The pool may only pay out what the treasury put in. */
export const BANK_ACCOUNTS: readonly AccountSpec[] = [
  { id: 'bank', mayBorrow: true, group: 'bank' },
  { id: 'riskPool', mayBorrow: false, group: 'riskPool' },
  { id: 'guarantor', mayBorrow: true, group: 'guarantor' },
  { id: 'reGuarantor', mayBorrow: true, group: 'guarantor' },
];
