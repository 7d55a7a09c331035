import type { PathSegment } from '../../engine/index.ts';

/**
 * The sub-funds of a kind (angel, tech, bank-linked) in the editor: each fund's fields under its
 * own heading, and the fields every fund of the kind has, which can be set for all at once.
 */
export const FUND_GROUPS = ['angelFunds', 'techFunds', 'bankLinkedFunds'] as const;
export type FundGroup = (typeof FUND_GROUPS)[number];

export function isFundGroup(id: string): id is FundGroup {
  return (FUND_GROUPS as readonly string[]).includes(id);
}

/** The fund a field belongs to: `funds.angelFunds.2.fees…` → 2; null for other fields. */
export function fundIndexOf(path: readonly PathSegment[], group: FundGroup): number | null {
  return path[0] === 'funds' && path[1] === group && typeof path[2] === 'number' ? path[2] : null;
}

/**
 * Fields a fund's own identity or place holds, never set for all: its id and name, its vintage
 * (the funds of a kind are staggered on purpose), and the items of its lists.
 */
function ownField(suffix: readonly PathSegment[]): boolean {
  const head = suffix[0];
  return (
    head === 'id' ||
    head === 'name' ||
    head === 'vintageQuarter' ||
    suffix.some((s) => typeof s === 'number')
  );
}

/**
 * The fields (as paths within a fund) that every fund of the group has, in the first fund's
 * order: what "apply to all" offers. `leaves` are the group's fields, each with its path.
 */
export function sharedSuffixes(
  leaves: readonly { path: readonly PathSegment[] }[],
  group: FundGroup,
): PathSegment[][] {
  const byFund = new Map<number, Set<string>>();
  const order: PathSegment[][] = [];
  for (const leaf of leaves) {
    const i = fundIndexOf(leaf.path, group);
    if (i === null) continue;
    const suffix = leaf.path.slice(3);
    if (ownField(suffix)) continue;
    const key = suffix.join('.');
    let set = byFund.get(i);
    if (!set) byFund.set(i, (set = new Set()));
    set.add(key);
    if (i === 0) order.push([...suffix]);
  }
  if (byFund.size < 2) return [];
  const sets = [...byFund.values()];
  return order.filter((s) => sets.every((set) => set.has(s.join('.'))));
}

/** The path of field `suffix` of fund `i`. */
export function fundPath(
  group: FundGroup,
  i: number,
  suffix: readonly PathSegment[],
): PathSegment[] {
  return ['funds', group, i, ...suffix];
}
