import type { ChainContext } from '../chain/chainContext.ts';
import { isLive, LIVE_STAGE_CODES } from '../firms/stageCode.ts';
import { toFen } from '../ledger/fen.ts';
import { DRAW } from '../random/counterDraws.ts';
import { post } from '../ledger/ledger.ts';
import { LOAN_PRODUCTS, type LoanProduct } from '../scenario/loanProducts.ts';
import { ensureFirmRoom, type BankState } from './bankContext.ts';
import { lowestPointsBand } from './lendingCandidates.ts';
import { appendLoan, productBit } from './loanBook.ts';
import { isUnicorn } from '../fiscal/unicornSubsidy.ts';

/**
 * New loans this quarter. Each firm of `live` (in the trial, the lending candidates: the firms
 * that may qualify, lendingCandidates.ts) applies for every product it is eligible for and does
 * not already hold; one approval draw u of its own decides them all. New lending is approved when
 * u < approval share × the tolerance response (so a bank over its NPL tolerance lends less); a
 * renewal — the same product again in the quarter its previous loan matured and was repaid — when
 * u < the approval share alone, unless the scenario lets the response cut renewals too.
 *  - linkage loans (投贷联动): white-listed firms; a credit line of a multiple of equity raised;
 *  - innovation-points loans (创新积分贷): size by points band;
 *  - IP-pledge loans: firms at eligible stages above a points threshold;
 *  - convertible loans (可转贷): fund-backed firms at eligible stages.
 */
export function originateLoans(
  ctx: ChainContext,
  bank: BankState,
  live: Int32Array,
  liveCount: number,
  quarter: number,
): void {
  const { scenario, firms } = ctx;
  const terms = scenario.bank;
  if (!terms.enabled) return;
  const newThreshold = terms.approvalShare * bank.approvalFactor;
  const renewalThreshold = terms.tolerance.responseCutsRenewals
    ? newThreshold
    : terms.approvalShare;
  if (renewalThreshold <= 0) return;
  // Per product, one bit per stage at which it is offered; bit p of `offered[stage]` = product p.
  const offered = new Uint8Array(4);
  LOAN_PRODUCTS.forEach((product) => {
    if (!terms[product].enabled) return;
    for (const s of terms[product].eligibleStages)
      offered[LIVE_STAGE_CODES[s]] = offered[LIVE_STAGE_CODES[s]]! | productBit(product);
  });
  const LINKAGE = productBit('linkageLoan');
  const POINTS = productBit('innovationPointsLoan');
  const IP = productBit('ipPledgeLoan');
  const CONVERTIBLE = productBit('convertibleLoan');
  const { linkageLoan, innovationPointsLoan, ipPledgeLoan, convertibleLoan } = terms;
  const lowestBand = lowestPointsBand(terms);
  for (let k = 0; k < liveCount; k++) {
    const firm = live[k]!;
    const stage = firms.stage[firm]!;
    if (!isLive(stage)) continue;
    let open = offered[stage]! & ~bank.heldMask[firm]!;
    if (open === 0) continue;
    // Only the products the firm qualifies for; the approval number is drawn only for them.
    const white =
      firms.whiteListQuarter[firm]! >= 0 ||
      (terms.whiteListAllGovernmentBacked && firms.backedQuarter[firm]! >= 0);
    const points = firms.points[firm]!;
    if (!white) open &= ~LINKAGE;
    if (points < lowestBand) open &= ~POINTS;
    if (points < ipPledgeLoan.minPoints) open &= ~IP;
    if (firms.backedQuarter[firm]! < 0) open &= ~CONVERTIBLE;
    if (open === 0) continue;
    const u = ctx.drawUniform(firm, quarter, DRAW.bank);
    if (u >= renewalThreshold) continue;
    const renewable = bank.maturedQuarter[firm] === quarter ? bank.maturedMask[firm]! : 0;
    if (u >= newThreshold) open &= renewable;
    if (open === 0) continue;
    if (open & LINKAGE) {
      const size = Math.min(
        linkageLoan.creditLineMultipleOfEquity * firms.equityRaisedCNY[firm]!,
        linkageLoan.maxPerFirmCNY,
      );
      lend(ctx, bank, firm, 'linkageLoan', size, quarter, renewable);
    }
    if (open & POINTS) {
      let size = 0;
      for (const band of innovationPointsLoan.bands)
        if (firms.points[firm]! >= band.minPoints) size = Math.max(size, band.amountCNY);
      size = Math.min(size, innovationPointsLoan.maxPerFirmCNY);
      lend(ctx, bank, firm, 'innovationPointsLoan', size, quarter, renewable);
    }
    if (open & IP)
      lend(ctx, bank, firm, 'ipPledgeLoan', ipPledgeLoan.maxPerFirmCNY, quarter, renewable);
    if (open & CONVERTIBLE)
      lend(ctx, bank, firm, 'convertibleLoan', convertibleLoan.maxPerFirmCNY, quarter, renewable);
  }
}

function lend(
  ctx: ChainContext,
  bank: BankState,
  firm: number,
  product: LoanProduct,
  requestedCNY: number,
  quarter: number,
  renewableMask: number,
): void {
  if (requestedCNY < 1) return;
  // Whole fen, as the ledger books it, so the book and the ledger agree to the fen.
  const amountCNY = toFen(requestedCNY) / 100;
  const terms = ctx.scenario.bank[product];
  const loan = appendLoan(bank.book, product, firm, amountCNY, quarter, terms.termYears * 4);
  const guarantee = ctx.scenario.fiscal.guarantee;
  if (guarantee.enabled && guarantee.products.includes(product))
    bank.book.guaranteedCNY[loan] = Math.min(amountCNY, guarantee.maxPerFirmCNY);
  // The unicorn subsidy covers new medium/long-term loans (term over a year) of qualifying firms.
  if (terms.termYears > 1 && isUnicorn(ctx, firm, quarter)) bank.book.unicornSubsidy[loan] = 1;
  const book = bank.book;
  book.renewal[loan] = (renewableMask & productBit(product)) !== 0 ? 1 : 0;
  book.chainBacked[loan] = ctx.firms.backedQuarter[firm]! >= 0 ? 1 : 0;
  post(ctx.ledger, quarter, bank.bank, ctx.firmAccount, amountCNY, 'loanDraw', firm);
  ensureFirmRoom(bank, firm);
  bank.heldMask[firm] = bank.heldMask[firm]! | productBit(product);
  if (bank.borrowed[firm] === 0) {
    bank.borrowed[firm] = 1;
    bank.firstTimeBorrowers++;
    book.firstLoan[loan] = 1;
  }
}
