import { grown, growColumns } from '../typedArrays.ts';

/**
 * Every stake a fund holds in a firm, as a struct of typed arrays. A firm's positions form a
 * linked list (`firmHead`, `nextOfFirm`) so a round or an exit touches only that firm's holders.
 */
export type Positions = {
  count: number;
  fund: Int32Array;
  firm: Int32Array;
  /** Fraction of the firm owned now (diluted by every round). */
  share: Float64Array;
  /** Cost of the part still held. */
  costCNY: Float64Array;
  /** Stage at which this fund first backed the firm (concession eligibility). */
  firstStage: Uint8Array;
  entryQuarter: Int32Array;
  open: Uint8Array;
  /** Concession rate of the guidance fund's gains on this deal (让利), fixed at entry. */
  concessionRate: Float64Array;
  nextOfFirm: Int32Array;
  /** First position of each firm, or −1; indexed by firm. */
  firmHead: Int32Array;
};

const POSITION_COLUMNS = [
  'fund',
  'firm',
  'share',
  'costCNY',
  'firstStage',
  'entryQuarter',
  'open',
  'concessionRate',
  'nextOfFirm',
] as const;

export function createPositions(capacity = 512, firmCapacity = 1024): Positions {
  return {
    count: 0,
    fund: new Int32Array(capacity),
    firm: new Int32Array(capacity),
    share: new Float64Array(capacity),
    costCNY: new Float64Array(capacity),
    firstStage: new Uint8Array(capacity),
    entryQuarter: new Int32Array(capacity),
    open: new Uint8Array(capacity),
    concessionRate: new Float64Array(capacity),
    nextOfFirm: new Int32Array(capacity),
    firmHead: new Int32Array(firmCapacity).fill(-1),
  };
}

/** Empties the positions for the next trial, keeping their room. */
export function resetPositions(positions: Positions): void {
  positions.count = 0;
  positions.firmHead.fill(-1);
}

/** Makes room for firms up to index `firmCount − 1` in `firmHead`. */
export function ensureFirmCapacity(positions: Positions, firmCount: number): void {
  if (firmCount <= positions.firmHead.length) return;
  positions.firmHead = grown(positions.firmHead, firmCount, -1);
}

export function openPosition(
  positions: Positions,
  fund: number,
  firm: number,
  share: number,
  costCNY: number,
  firstStage: number,
  quarter: number,
  concessionRate: number,
): number {
  const p = positions;
  if (p.count === p.fund.length) growColumns(p, POSITION_COLUMNS, p.count + 1);
  ensureFirmCapacity(p, firm + 1);
  const i = p.count++;
  p.fund[i] = fund;
  p.firm[i] = firm;
  p.share[i] = share;
  p.costCNY[i] = costCNY;
  p.firstStage[i] = firstStage;
  p.entryQuarter[i] = quarter;
  p.open[i] = 1;
  p.concessionRate[i] = concessionRate;
  p.nextOfFirm[i] = p.firmHead[firm]!;
  p.firmHead[firm] = i;
  return i;
}

/** The open position of `fund` in `firm`, or −1. */
export function findPosition(positions: Positions, fund: number, firm: number): number {
  if (firm >= positions.firmHead.length) return -1;
  for (let i = positions.firmHead[firm]!; i >= 0; i = positions.nextOfFirm[i]!) {
    if (positions.open[i] === 1 && positions.fund[i] === fund) return i;
  }
  return -1;
}

/** Sum of the shares of `firm` held by funds: never above 1. */
export function fundOwnershipOf(positions: Positions, firm: number): number {
  let total = 0;
  if (firm >= positions.firmHead.length) return 0;
  for (let i = positions.firmHead[firm]!; i >= 0; i = positions.nextOfFirm[i]!) {
    if (positions.open[i] === 1) total += positions.share[i]!;
  }
  return total;
}
