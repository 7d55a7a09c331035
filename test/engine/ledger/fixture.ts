// Shared test material: a chart of accounts like the model's and a deterministic stream of
// postings that never overdraws, built without the engine's random module.
import {
  balanceCNY,
  createLedger,
  post,
  postingKinds,
  type AccountSpec,
  type Ledger,
} from '../../../src/engine/ledger/index.ts';

export const chainAccounts: AccountSpec[] = [
  { id: 'treasury', mayBorrow: true, group: 'treasury' },
  { id: 'guidanceFund', mayBorrow: false, group: 'guidanceFund' },
  { id: 'seedFund', mayBorrow: false, group: 'seedFund' },
  { id: 'angelFund:0', mayBorrow: false, group: 'angelFund' },
  { id: 'privateLP:angelFund:0', mayBorrow: true, group: 'privateLP' },
  { id: 'gp:angelFund:0', mayBorrow: true, group: 'gp' },
  { id: 'techFund:0', mayBorrow: false, group: 'techFund' },
  { id: 'bankLinkedFund:0', mayBorrow: false, group: 'bankLinkedFund' },
  { id: 'bank', mayBorrow: true, group: 'bank' },
  { id: 'riskPool', mayBorrow: false, group: 'riskPool' },
  { id: 'guarantor', mayBorrow: false, group: 'guarantor' },
  { id: 'firm', mayBorrow: false, group: 'firm' },
  { id: 'market', mayBorrow: true, group: 'market' },
];

/** mulberry32: a tiny seeded generator, so the fixture depends on nothing else. */
export function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` postings between random accounts with amounts of up to 6 decimals (so rounding to fen
 * matters), quarters that only move forward, and outflows of non-borrowing accounts capped at
 * what they hold.
 */
export function randomLedger(count: number, seed = 1, initialCapacity = 16): Ledger {
  const ledger = createLedger(chainAccounts, { initialCapacity });
  const next = sequence(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  let quarter = 0;
  for (let i = 0; i < count; i++) {
    if (next() < 0.02) quarter += 1;
    const from = pick(chainAccounts.length);
    const to = (from + 1 + pick(chainAccounts.length - 1)) % chainAccounts.length;
    let amountCNY = Math.round(next() * 1e6 * 10 ** 6 * next()) / 10 ** 6;
    if (!chainAccounts[from]?.mayBorrow) amountCNY = Math.min(amountCNY, balanceCNY(ledger, from));
    const kind = postingKinds[pick(postingKinds.length)] ?? 'investment';
    post(ledger, quarter, from, to, amountCNY, kind, pick(11) - 1);
  }
  return ledger;
}
