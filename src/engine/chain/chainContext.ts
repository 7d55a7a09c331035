import type { FirmEvents } from '../firms/firmFates.ts';
import type { FirmTable } from '../firms/firmTable.ts';
import { accountIndex, type Ledger } from '../ledger/ledger.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Fund } from './fundBook.ts';
import type { Positions } from './positions.ts';

/** Counts and sums the trial reports that are not money balances. */
export type ChainStats = {
  seedToAngelCount: number;
  seedToAngelCNY: number;
  angelToGuidanceCount: number;
  angelToGuidanceCNY: number;
  /** Firms that received money from at least one fund of the chain. */
  supportedFirms: number;
};

/** Everything one trial's fund chain reads and writes, passed to each step. */
export type ChainContext = {
  scenario: Scenario;
  firms: FirmTable;
  positions: Positions;
  funds: Fund[];
  ledger: Ledger;
  events: FirmEvents;
  /** Ledger index of each fund's account, and of each investor class (−1 where none). */
  fundAccount: Int32Array;
  classAccount: Int32Array;
  treasury: number;
  market: number;
  firmAccount: number;
  guidanceManager: number;
  /** 1 for a firm some fund has backed (for the count of firms supported). */
  backed: Uint8Array;
  stats: ChainStats;
};

export function resolveAccount(ledger: Ledger, id: string): number {
  const index = accountIndex(ledger, id);
  if (index < 0) throw new RangeError(`no ledger account ${id}`);
  return index;
}

/** Ledger indices of every fund's account and investor classes, laid out [fund * 3 + class]. */
export function bindFundAccounts(
  funds: readonly Fund[],
  ledger: Ledger,
): { fundAccount: Int32Array; classAccount: Int32Array } {
  const fundAccount = new Int32Array(funds.length);
  const classAccount = new Int32Array(funds.length * 3).fill(-1);
  funds.forEach((fund, f) => {
    fundAccount[f] = resolveAccount(ledger, fund.account);
    fund.classAccounts?.forEach((id, c) => {
      classAccount[f * 3 + c] = resolveAccount(ledger, id);
    });
  });
  return { fundAccount, classAccount };
}
