import { toFen } from '../ledger/fen.ts';
import { balanceCNY, post } from '../ledger/ledger.ts';
import type { ChainContext } from './chainContext.ts';
import { GUIDANCE, type Fund } from './fundBook.ts';

/**
 * The guidance fund's capital and what binds it (MODEL.md, Funds 5). Its capital is fiscal money
 * drawn from the treasury as it pays, never more than `capitalCNY` in all. Set aside from the
 * start: its manager's fee over the whole horizon and the stake-purchase budget. Each sub-fund's
 * guidance commitment is made at its first close from what is left; a sub-fund the capital cannot
 * anchor is refused and never forms. What is refused is counted.
 */
export type GuidanceBudget = {
  capitalCNY: number;
  /** Fiscal money drawn so far (≤ capital); the fund spends its own receipts first. */
  drawnCNY: number;
  /** Commitments made to sub-funds at their first close. */
  committedCNY: number;
  /** Set aside at the start: the manager's fee over the horizon, the stake-purchase budget. */
  feeReserveCNY: number;
  purchaseBudgetCNY: number;
  commitmentsRefused: number;
  commitmentsRefusedCNY: number;
  purchasesRefused: number;
  purchasesRefusedCNY: number;
};

export function createGuidanceBudget(guidance: Fund, quarters: number): GuidanceBudget {
  // The fee is posted in whole fen each quarter: reserve exactly what will be posted.
  const quarterlyFee =
    toFen((guidance.commitmentCNY * guidance.feeInvestmentPeriodRatePerYear) / 4) / 100;
  return {
    capitalCNY: guidance.commitmentCNY,
    drawnCNY: 0,
    committedCNY: 0,
    feeReserveCNY: quarterlyFee * quarters,
    purchaseBudgetCNY: guidance.firstBudgetCNY,
    commitmentsRefused: 0,
    commitmentsRefusedCNY: 0,
    purchasesRefused: 0,
    purchasesRefusedCNY: 0,
  };
}

/** Capital not yet committed, reserved or drawn for anything else: room for a new commitment. */
export function uncommittedCapitalCNY(budget: GuidanceBudget): number {
  return budget.capitalCNY - budget.feeReserveCNY - budget.purchaseBudgetCNY - budget.committedCNY;
}

/** Whether the guidance fund can pay `amountCNY` now: its own cash plus undrawn capital. */
export function guidanceCanPay(ctx: ChainContext, amountCNY: number): boolean {
  const cash = balanceCNY(ctx.ledger, ctx.fundAccount[GUIDANCE]!);
  return amountCNY <= cash + (ctx.guidanceBudget.capitalCNY - ctx.guidanceBudget.drawnCNY) + 1e-6;
}

/**
 * Draws from the treasury what the guidance fund lacks to pay `amountCNY` (it spends its own
 * receipts first). Returns false, drawing nothing, when its capital cannot cover it.
 */
export function ensureGuidanceCash(ctx: ChainContext, quarter: number, amountCNY: number): boolean {
  if (!guidanceCanPay(ctx, amountCNY)) return false;
  const account = ctx.fundAccount[GUIDANCE]!;
  const shortfallFen = toFen(amountCNY) - ctx.ledger.balanceFen[account]!;
  if (shortfallFen > 0) {
    post(ctx.ledger, quarter, ctx.treasury, account, shortfallFen / 100, 'fiscalFunding');
    ctx.guidanceBudget.drawnCNY += shortfallFen / 100;
  }
  return true;
}

/**
 * First closes of this quarter: each sub-fund whose vintage it is gets the guidance fund's
 * commitment if the uncommitted capital covers it; otherwise it is refused and never forms (no
 * commitment, no investing, no fees), and the refusal is counted.
 */
export function closeSubFunds(ctx: ChainContext, quarter: number): void {
  const budget = ctx.guidanceBudget;
  for (const fund of ctx.funds) {
    if (!fund.classAccounts || fund.vintageQuarter !== quarter) continue;
    // A programme's offer closes when its LPs answer (fundRaising.ts), not here.
    if (fund.programmeYear >= 0) continue;
    const guidancePart = fund.commitmentCNY * fund.classShares[0];
    if (guidancePart <= uncommittedCapitalCNY(budget) + 1e-6) {
      budget.committedCNY += guidancePart;
      continue;
    }
    budget.commitmentsRefused++;
    budget.commitmentsRefusedCNY += guidancePart;
    neverForms(fund, quarter);
  }
}

/** A sub-fund that does not close: no commitment, no investing, no fees. */
export function neverForms(fund: Fund, quarter: number): void {
  fund.commitmentCNY = 0;
  fund.firstBudgetCNY = 0;
  fund.followOnBudgetCNY = 0;
  fund.localRequirementCNY = 0;
  fund.investmentEndQuarter = quarter;
  fund.lifeEndQuarter = quarter;
}

/** The guidance fund's budget figures of a trial (counts and CNY). */
export function guidanceBudgetMetrics(budget: GuidanceBudget): Record<string, number> {
  return {
    'guidanceFund.capitalDrawnCNY': budget.drawnCNY,
    'guidanceFund.committedCNY': budget.committedCNY,
    'guidanceFund.commitmentsRefused': budget.commitmentsRefused,
    'guidanceFund.commitmentsRefusedCNY': budget.commitmentsRefusedCNY,
    'guidanceFund.purchasesRefused': budget.purchasesRefused,
    'guidanceFund.purchasesRefusedCNY': budget.purchasesRefusedCNY,
  };
}
