import { createFirmEvents, type FirmEvents } from '../firms/firmFates.ts';
import { createFirmTable, resetFirmTable, type FirmTable } from '../firms/firmTable.ts';
import { createHazardTable, type HazardTable } from '../firms/hazardTable.ts';
import { counterKey, counterUniform } from '../random/counterDraws.ts';
import { accountIndex, createLedger, resetLedger, type Ledger } from '../ledger/ledger.ts';
import type { Scenario } from '../scenario/schema.ts';
import { chainAccounts, createFunds, GUIDANCE, type Fund } from './fundBook.ts';
import { createFundRaisingState, type FundRaisingState } from './fundRaising.ts';
import { createGuidanceBudget, type GuidanceBudget } from './guidanceBudget.ts';
import { createPositions, resetPositions, type Positions } from './positions.ts';

/** Everything one trial's fund chain reads and writes, passed to each step. */
export type ChainContext = {
  scenario: Scenario;
  /** The scenario's hazards by stage, industry and quality band (computed once per scenario). */
  hazards: HazardTable;
  /** The key of this trial's counter-based draws (counterDraws.ts). */
  randomKey: number;
  /**
   * A firm's number for one decision in a quarter: counterUniform with this trial's key. The
   * bank's and the treasury's steps draw through it (a hand-built test may script it); the
   * firm step, the hot loop, calls counterUniform itself.
   */
  drawUniform: (firm: number, quarter: number, purpose: number) => number;
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
  /** The guidance fund's capital: drawn, committed, reserved and refused. */
  guidanceBudget: GuidanceBudget;
  /** The fund-raising programme's running state; null without one. */
  fundRaising: FundRaisingState | null;
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

/**
 * A fresh chain for a scenario: its funds, an empty ledger with their accounts, no firms yet. The
 * trial gives the key of its draws; the hazard table may come ready from the caller (one per
 * scenario, for all its trials). `reuse`, an earlier trial's chain of the same scenario, lends its
 * ledger, firm table, positions and events, emptied: the trials of a block then allocate them once
 * (and that earlier trial's result must no longer be read).
 */
export function createChainContext(
  scenario: Scenario,
  trial = 0,
  hazards: HazardTable = createHazardTable(scenario),
  reuse?: ChainContext,
): ChainContext {
  const funds = createFunds(scenario);
  const reusable = reuse?.scenario === scenario ? reuse : undefined;
  if (reusable) {
    resetLedger(reusable.ledger);
    resetFirmTable(reusable.firms);
    resetPositions(reusable.positions);
    reusable.events.count = 0;
  }
  const ledger = reusable?.ledger ?? createLedger(chainAccounts(funds), { initialCapacity: 8192 });
  const randomKey = counterKey(scenario.simulation.seed, trial);
  return {
    scenario,
    hazards,
    randomKey,
    drawUniform: (firm, quarter, purpose) => counterUniform(randomKey, firm, quarter, purpose),
    firms: reusable?.firms ?? createFirmTable(1024),
    positions: reusable?.positions ?? createPositions(),
    funds,
    ledger,
    events: reusable?.events ?? createFirmEvents(),
    ...bindFundAccounts(funds, ledger),
    treasury: resolveAccount(ledger, 'treasury'),
    market: resolveAccount(ledger, 'market'),
    firmAccount: resolveAccount(ledger, 'firm'),
    guidanceManager: resolveAccount(ledger, 'gp:guidanceFund'),
    guidanceBudget: createGuidanceBudget(funds[GUIDANCE]!, scenario.simulation.years * 4),
    fundRaising: createFundRaisingState(scenario),
  };
}
