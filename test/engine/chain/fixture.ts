import { createChainContext, type ChainContext } from '../../../src/engine/chain/chainContext.ts';
import { ensureFirmCapacity } from '../../../src/engine/chain/positions.ts';
import { appendFirm } from '../../../src/engine/firms/firmTable.ts';
import { enterStage } from '../../../src/engine/firms/stageEntry.ts';
import { DRAW } from '../../../src/engine/random/counterDraws.ts';
import {
  formatScenarioIssue,
  parseScenario,
  postingKinds,
  type Scenario,
} from '../../../src/engine/index.ts';

/**
 * A parsed scenario: the defaults, with the given sections replaced; the seed fund is off unless
 * a test turns it on, so a hand-built round has only the investors the test names.
 */
export function scenarioWith(overrides: Record<string, unknown>): Scenario {
  const funds = (overrides.funds ?? {}) as Record<string, unknown>;
  const result = parseScenario({
    schemaVersion: 1,
    id: 'hand-built',
    name: { zh: '手算', en: 'Hand-built' },
    description: { zh: '手算测试', en: 'A hand-built test case' },
    ...overrides,
    funds: { ...funds, seedFund: { enabled: false, ...(funds.seedFund as object) } },
  });
  if (!result.ok)
    throw new Error(result.issues.map((i) => formatScenarioIssue(i, 'en')).join('\n'));
  return result.scenario;
}

/** An angel sub-fund with no fees, no hurdle and no carry, so payouts are easy to work by hand. */
export function plainAngelFund(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a',
    name: { zh: '天使', en: 'Angel' },
    commitmentCNY: 100_000_000,
    guidanceFundShare: 0.3,
    gpShare: 0,
    fees: { investmentPeriodRatePerYear: 0, afterRatePerYear: 0 },
    waterfall: { hurdleRatePerYear: 0, catchUpShare: 0, carryShare: 0 },
    followOnReserveShare: 0,
    minPoints: 0,
    // A one-year investment period: pacing lets a whole ticket go out in the first quarter.
    investmentPeriodYears: 1,
    ...overrides,
  };
}

/**
 * A hand-built chain decides by script, not by chance: unless a test scripts a number
 * (scriptDraw), every loan application is approved and every incentive taken up (a number of 0),
 * and no firm is in idiosyncratic distress (½).
 */
export function chainFor(scenario: Scenario): ChainContext {
  const ctx = createChainContext(scenario);
  ctx.drawUniform = (_firm, _quarter, purpose) => (purpose === DRAW.fail ? 0.5 : 0);
  return ctx;
}

/** A firm placed by hand in a live stage (0 POC … 3 GROWTH) at a post-money valuation. */
export function addFirm(
  ctx: ChainContext,
  f: {
    stage: number;
    postMoneyCNY: number;
    inProvince?: boolean;
    points?: number;
    quarter?: number;
  },
): number {
  const firm = appendFirm(ctx.firms);
  const { firms } = ctx;
  firms.industry[firm] = 0;
  firms.inProvince[firm] = f.inProvince === false ? 0 : 1;
  firms.quality[firm] = 0;
  firms.points[firm] = f.points ?? 80;
  firms.postMoneyCNY[firm] = f.postMoneyCNY;
  firms.ipoHazardMultiplier[firm] = 1;
  firms.whiteListQuarter[firm] = -1;
  firms.backedQuarter[firm] = -1;
  firms.arrivalQuarter[firm] = f.quarter ?? 0;
  firms.arrivalStage[firm] = f.stage;
  enterStage(firms, firm, f.stage, f.quarter ?? 0, ctx.hazards);
  ensureFirmCapacity(ctx.positions, firms.count);
  return firm;
}

/**
 * Moves a firm to the next stage with a round priced by hand: pre-money = post × stepUp,
 * new money = raisedShare of the new post-money. Returns the new money.
 */
export function graduate(
  ctx: ChainContext,
  firm: number,
  quarter: number,
  stepUp: number,
  raisedShare: number,
): number {
  const pre = ctx.firms.postMoneyCNY[firm]! * stepUp;
  const post = pre / (1 - raisedShare);
  ctx.firms.postMoneyCNY[firm] = post;
  enterStage(ctx.firms, firm, ctx.firms.stage[firm]! + 1, quarter, ctx.hazards);
  return post - pre;
}

/**
 * Scripts a firm's number for one decision (a DRAW purpose) in every quarter: the bank's
 * approval, the fiscal take-up or the failure term. Other firms and purposes keep theirs.
 */
export function scriptDraw(ctx: ChainContext, firm: number, purpose: number, u: number): void {
  const drawn = ctx.drawUniform;
  ctx.drawUniform = (f, quarter, p) => (f === firm && p === purpose ? u : drawn(f, quarter, p));
}

/** Postings of one kind, as plain rows. */
export function postingsOfKind(ctx: ChainContext, kind: string) {
  const rows: Array<{
    quarter: number;
    from: string;
    to: string;
    amountCNY: number;
    firm: number;
  }> = [];
  const { ledger } = ctx;
  for (let i = 0; i < ledger.count; i++) {
    if (postingKindName(ledger.kind[i]!) !== kind) continue;
    rows.push({
      quarter: ledger.quarter[i]!,
      from: ledger.accounts[ledger.from[i]!]!.id,
      to: ledger.accounts[ledger.to[i]!]!.id,
      amountCNY: ledger.amountFen[i]! / 100,
      firm: ledger.firm[i]!,
    });
  }
  return rows;
}

function postingKindName(code: number): string {
  return postingKinds[code] ?? 'unknown';
}
