// Builders for the bank and fiscal tests: a chain with its bank, firms placed by hand, loans put
// straight into the book, and the loss a loan's bearers bore. Scenarios and firms come from the
// chain fixture, so a bank test reads like the chain tests.
import { readFileSync } from 'node:fs';
import { createBankState, type BankState } from '../../../src/engine/bank/bankContext.ts';
import {
  appendLoan,
  LOSS_BEARERS,
  NON_PERFORMING,
  type LossBearer,
} from '../../../src/engine/bank/loanBook.ts';
import { serviceLoans } from '../../../src/engine/bank/servicing.ts';
import type { ChainContext } from '../../../src/engine/chain/chainContext.ts';
import { FAILED } from '../../../src/engine/firms/stageCode.ts';
import type { LoanProduct } from '../../../src/engine/scenario/loanProducts.ts';
import { chainFor, scenarioWith } from '../chain/fixture.ts';

/** Quarters in the hand-built trials: ten years is room enough for every test here. */
export const QUARTERS = 40;

/** A chain for the defaults with `overrides` on top, and its (empty) bank. */
export function bankChain(overrides: Record<string, unknown> = {}): {
  ctx: ChainContext;
  bank: BankState;
} {
  const ctx = chainFor(scenarioWith(overrides));
  return { ctx, bank: createBankState(ctx, QUARTERS) };
}

/**
 * `serviceLoans` for one quarter of a hand-built trial, in a neutral cycle (Z = 0) unless told:
 * the cycle only moves the independent default hazard.
 */
export function service(ctx: ChainContext, bank: BankState, quarter: number, cycleZ = 0): void {
  serviceLoans(ctx, bank, quarter, cycleZ);
}

/** The firm fails in `quarter`, as `stepFirms` leaves it: stage FAILED, exit quarter set. */
export function failFirm(ctx: ChainContext, firm: number, quarter: number): void {
  ctx.firms.stage[firm] = FAILED;
  ctx.firms.exitQuarter[firm] = quarter;
}

/**
 * A loan that defaulted in `defaultQuarter` with its whole principal as exposure, put straight
 * into the book (as `serviceLoans` leaves it), optionally with a guaranteed balance.
 */
export function defaultedLoan(
  bank: BankState,
  f: {
    product: LoanProduct;
    firm: number;
    principalCNY: number;
    startQuarter?: number;
    defaultQuarter: number;
    guaranteedCNY?: number;
  },
): number {
  const loan = appendLoan(bank.book, f.product, f.firm, f.principalCNY, f.startQuarter ?? 0, 12);
  bank.book.status[loan] = NON_PERFORMING;
  bank.book.defaultQuarter[loan] = f.defaultQuarter;
  bank.book.exposureCNY[loan] = f.principalCNY;
  bank.book.guaranteedCNY[loan] = f.guaranteedCNY ?? 0;
  return loan;
}

/** What each bearer bore of a loan's written-off loss, by name. */
export function borne(bank: BankState, loan: number): Record<LossBearer, number> {
  const row = {} as Record<LossBearer, number>;
  LOSS_BEARERS.forEach((bearer, b) => {
    row[bearer] = bank.book.borneCNY[loan * LOSS_BEARERS.length + b]!;
  });
  return row;
}

/** The default scenario file as plain JSON, to be changed before parsing. */
export function defaultScenarioJson(): Record<string, unknown> & {
  bank: { tolerance: Record<string, unknown> } & Record<string, unknown>;
  fiscal: Record<string, Record<string, unknown>>;
  simulation: { years: number };
} {
  const url = new URL('../../../scenarios/hebei-2022.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}
