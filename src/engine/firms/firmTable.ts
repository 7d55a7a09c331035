import { growColumns } from '../typedArrays.ts';

/**
 * No firm is valued above CNY 1 trillion, the order of the largest listed Chinese firms: a
 * valuation (at entry, a round or an exit) that would pass it is held at it and counted, so that
 * extreme but valid values of the scenario cannot give an infinite valuation or overflow a posting.
 */
export const MAX_VALUATION_CNY = 1e12;

/** A valuation held at the cap (and counted when it is). */
export function cappedValuation(firms: FirmTable, valueCNY: number): number {
  if (valueCNY > MAX_VALUATION_CNY) {
    firms.valuationsCapped++;
    return MAX_VALUATION_CNY;
  }
  return valueCNY;
}

/** Listing venues: a stock exchange (SSE, SZSE, BSE) or NEEQ (新三板, basic or innovation tier). */
export const STOCK_EXCHANGE = 0;
export const NEEQ = 1;

/**
 * Every firm of one trial as a struct of typed arrays, indexed by arrival order (the firm's
 * serial, which also keys its random stream). Grown by doubling; never shrunk within a trial.
 */
export type FirmTable = {
  count: number;
  /** Valuations held at MAX_VALUATION_CNY this trial (entry, rounds and exits). */
  valuationsCapped: number;
  /** How many firms the chain has backed: the used length of `backedInOrder`. */
  backedCount: number;
  stage: Uint8Array;
  arrivalQuarter: Int32Array;
  stageEntryQuarter: Int32Array;
  /** Stage at which the firm entered the simulation. */
  arrivalStage: Uint8Array;
  industry: Uint16Array;
  inProvince: Uint8Array;
  /** Age at arrival, years; NaN for an arrival until first asked (ageAtArrival in arrivals.ts). */
  ageAtArrivalYears: Float64Array;
  /** Latent quality q ~ N(0, 1): what hazards and step-ups depend on. */
  quality: Float64Array;
  /** Innovation points 0–100: what funds and banks see (100·Φ(s), s a noisy signal of q). */
  points: Float64Array;
  /** Post-money valuation of the latest round. */
  postMoneyCNY: Float64Array;
  /** Equity raised over the firm's life (all rounds), for credit lines. */
  equityRaisedCNY: Float64Array;
  /** Valuation at which the firm listed or was sold; 0 otherwise. */
  exitValueCNY: Float64Array;
  exitQuarter: Int32Array;
  /** Where a listed firm listed: STOCK_EXCHANGE or NEEQ (新三板); meaningless before listing. */
  listingVenue: Uint8Array;
  /** Multiplier on the IPO hazard from listing preparation (上市培育) by a tech sub-fund; 1 = none. */
  ipoHazardMultiplier: Float64Array;
  /** Quarter a fund of the chain first backed the firm (an investment or a bought stake); −1. */
  backedQuarter: Int32Array;
  /** Firms in the order the chain first backed them (`backedCount` of them; see markBacked). */
  backedInOrder: Int32Array;
  /** Quarter a bank-linked sub-fund first invested (the firm joins the bank's white list); −1. */
  whiteListQuarter: Int32Array;
  /** Quarterly probabilities of the current stage, set on entry to it. */
  graduationProbability: Float64Array;
  tradeSaleProbability: Float64Array;
  /** Φ⁻¹ of the failure probability: the copula threshold. */
  failureThreshold: Float64Array;
};

export function createFirmTable(capacity = 1024): FirmTable {
  return {
    count: 0,
    valuationsCapped: 0,
    backedCount: 0,
    stage: new Uint8Array(capacity),
    arrivalQuarter: new Int32Array(capacity),
    stageEntryQuarter: new Int32Array(capacity),
    arrivalStage: new Uint8Array(capacity),
    industry: new Uint16Array(capacity),
    inProvince: new Uint8Array(capacity),
    ageAtArrivalYears: new Float64Array(capacity),
    quality: new Float64Array(capacity),
    points: new Float64Array(capacity),
    postMoneyCNY: new Float64Array(capacity),
    equityRaisedCNY: new Float64Array(capacity),
    exitValueCNY: new Float64Array(capacity),
    exitQuarter: new Int32Array(capacity),
    listingVenue: new Uint8Array(capacity),
    ipoHazardMultiplier: new Float64Array(capacity),
    backedQuarter: new Int32Array(capacity),
    backedInOrder: new Int32Array(capacity),
    whiteListQuarter: new Int32Array(capacity),
    graduationProbability: new Float64Array(capacity),
    tradeSaleProbability: new Float64Array(capacity),
    failureThreshold: new Float64Array(capacity),
  };
}

type Column = Exclude<keyof FirmTable, 'count' | 'valuationsCapped' | 'backedCount'>;
const COLUMNS: Column[] = Object.keys(createFirmTable(1)).filter(
  (k): k is Column => k !== 'count' && k !== 'valuationsCapped' && k !== 'backedCount',
);

/** Empties the table for the next trial, keeping its room: the used rows are zeroed again. */
export function resetFirmTable(table: FirmTable): void {
  for (const column of COLUMNS) table[column].fill(0, 0, table.count);
  table.count = 0;
  table.valuationsCapped = 0;
  table.backedCount = 0;
}

/**
 * A fund of the chain backs the firm in `quarter`: the first time, the quarter is kept and the firm
 * joins `backedInOrder`, so the bank finds newly backed firms without scanning every firm.
 */
export function markBacked(table: FirmTable, firm: number, quarter: number): void {
  if (table.backedQuarter[firm]! >= 0) return;
  table.backedQuarter[firm] = quarter;
  table.backedInOrder[table.backedCount++] = firm;
}

/** Appends a zeroed firm row and returns its index, doubling every column when full. */
export function appendFirm(table: FirmTable): number {
  if (table.count === table.stage.length) growColumns(table, COLUMNS, table.count + 1);
  return table.count++;
}
