import type { FirmTable } from '../firms/firmTable.ts';
import { isLive, LIVE_STAGE_CODES, STAGE_COUNT } from '../firms/stageCode.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LiveStage } from '../scenario/stages.ts';
import { insertIntoSorted } from '../intSort.ts';
import { grown } from '../typedArrays.ts';

/**
 * The firms that may apply for a loan, so origination visits them and not every live firm (most
 * qualify for nothing: a twentieth of the live firms applies in a quarter of the default scenario).
 * A live firm can only qualify for a product when
 *  - a fund of the chain backs it (linkage loans need the white list, which only a fund's first
 *    investment grants, or backing itself; convertible loans need backing), or
 *  - it is at a stage where a points product (innovation-points, IP-pledge loan) is offered, with
 *    the points that product asks for: points never change, so the stage it entered decides.
 * Both are known when they happen (the trial's pass over its firm events notes rounds, the firm
 * table lists backed firms in order), so a firm joins then and leaves the list when it exits.
 */
export type LendingCandidates = {
  /** Candidates, `count` of them: the first `sortedCount` in firm order, joins appended after. */
  firms: Int32Array;
  count: number;
  sortedCount: number;
  /** Per firm, 1 once it has joined the list (a firm joins once). */
  joined: Uint8Array;
  /** Firms of `FirmTable.backedInOrder` already looked at. */
  backedSeen: number;
  /** Per live stage, the fewest points any points product offered at it asks; Infinity if none. */
  pointsFloorByStage: Float64Array;
  /** This quarter's applicants: live candidates that did not arrive this quarter, in firm order. */
  applicants: Int32Array;
};

export function createLendingCandidates(
  terms: Scenario['bank'],
  reuse?: LendingCandidates,
): LendingCandidates {
  const pointsFloorByStage = new Float64Array(STAGE_COUNT).fill(Infinity);
  const offer = (
    product: { enabled: boolean; eligibleStages: readonly LiveStage[] },
    min: number,
  ) => {
    if (!product.enabled) return;
    for (const stage of product.eligibleStages) {
      const code = LIVE_STAGE_CODES[stage];
      pointsFloorByStage[code] = Math.min(pointsFloorByStage[code]!, min);
    }
  };
  const { innovationPointsLoan, ipPledgeLoan } = terms;
  offer(innovationPointsLoan, lowestPointsBand(terms));
  offer(ipPledgeLoan, ipPledgeLoan.minPoints);
  reuse?.joined.fill(0);
  return {
    firms: reuse?.firms ?? new Int32Array(256),
    count: 0,
    sortedCount: 0,
    joined: reuse?.joined ?? new Uint8Array(1024),
    backedSeen: 0,
    pointsFloorByStage,
    applicants: reuse?.applicants ?? new Int32Array(256),
  };
}

/** The fewest points any band of the innovation-points loan asks: below it a firm gets none. */
export function lowestPointsBand(terms: Scenario['bank']): number {
  return Math.min(...terms.innovationPointsLoan.bands.map((band) => band.minPoints));
}

/** A firm's round (or arrival) brought it to its stage: it joins if its points qualify there. */
export function noteLendingStage(
  candidates: LendingCandidates,
  firms: FirmTable,
  firm: number,
): void {
  if (firms.points[firm]! >= candidates.pointsFloorByStage[firms.stage[firm]!]!)
    join(candidates, firm);
}

/**
 * Takes this quarter's newly backed firms, drops firms that have exited, and fills `applicants`:
 * the live candidates in firm order, without this quarter's arrivals (firms apply from the
 * quarter after they arrive). Returns how many applicants there are.
 */
export function lendingApplicants(
  candidates: LendingCandidates,
  firms: FirmTable,
  quarter: number,
): number {
  for (; candidates.backedSeen < firms.backedCount; candidates.backedSeen++)
    join(candidates, firms.backedInOrder[candidates.backedSeen]!);
  insertIntoSorted(candidates.firms, candidates.sortedCount, candidates.count);
  if (candidates.applicants.length < candidates.count)
    candidates.applicants = grown(candidates.applicants, candidates.count);
  let kept = 0;
  let applicants = 0;
  for (let k = 0; k < candidates.count; k++) {
    const firm = candidates.firms[k]!;
    if (!isLive(firms.stage[firm]!)) continue;
    candidates.firms[kept++] = firm;
    if (firms.arrivalQuarter[firm] !== quarter) candidates.applicants[applicants++] = firm;
  }
  candidates.count = candidates.sortedCount = kept;
  return applicants;
}

function join(candidates: LendingCandidates, firm: number): void {
  if (candidates.joined.length <= firm) candidates.joined = grown(candidates.joined, firm + 1);
  if (candidates.joined[firm] === 1) return;
  candidates.joined[firm] = 1;
  if (candidates.count === candidates.firms.length)
    candidates.firms = grown(candidates.firms, candidates.count + 1);
  candidates.firms[candidates.count++] = firm;
}
