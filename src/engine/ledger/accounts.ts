/**
 * What kind of institution an account belongs to. Several accounts can share a group
 * ('angelFund:0', 'angelFund:1'); metrics aggregate over a group.
 */
export const accountGroups = [
  'treasury',
  'guidanceFund',
  'seedFund',
  'angelFund',
  'techFund',
  'bankLinkedFund',
  'privateLP',
  'gp',
  'bank',
  'riskPool',
  'guarantor',
  'firm',
  'market',
] as const;

export type AccountGroup = (typeof accountGroups)[number];

/**
 * One account of the ledger, registered before it is first posted to and then referred to by its
 * index. All firms share one 'firm' account: a posting names its firm in its own `firm` column.
 */
export interface AccountSpec {
  /** Readable, unique name: 'treasury', 'angelFund:0', 'privateLP:angelFund:0', 'gp:angelFund:0'. */
  readonly id: string;
  /**
   * Whether the balance may go below zero. True for accounts whose money comes from outside the
   * model (treasury, market, bank, private LPs); false for funds and pools, which can only pay
   * out what they have received.
   */
  readonly mayBorrow: boolean;
  readonly group: AccountGroup;
}

export function isAccountGroup(value: unknown): value is AccountGroup {
  return typeof value === 'string' && (accountGroups as readonly string[]).includes(value);
}

/** What is wrong with a would-be account spec, or null when it is a valid one. */
export function accountSpecProblem(spec: unknown): string | null {
  if (typeof spec !== 'object' || spec === null) return 'an object { id, mayBorrow, group }';
  const { id, mayBorrow, group } = spec as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return 'id to be a non-empty string';
  if (typeof mayBorrow !== 'boolean') return 'mayBorrow to be true or false';
  if (!isAccountGroup(group)) return `group to be one of ${accountGroups.join(', ')}`;
  return null;
}
