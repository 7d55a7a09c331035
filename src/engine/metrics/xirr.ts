/**
 * Internal rate of return of dated cash flows, with Excel's XIRR convention: each
 * flow is discounted by (1 + r)^(days since the first date / 365).
 */

import { findLogGrowthRoots } from './rateRoots.ts';
import { rateFromLogGrowthRoots, type RateResult } from './rateResult.ts';
import type { FlowSchedule } from './scaledNpv.ts';
import { log1p } from '../math/ieeeMath.ts';

export interface XirrFlow {
  /**
   * An ISO calendar date 'yyyy-mm-dd' (year 100 or later), or a Date read on its UTC
   * calendar day, so a Date made as local midnight east of Greenwich (e.g. in China)
   * falls on the previous day: prefer strings.
   */
  date: Date | string;
  /** Investor's side: contributions negative, distributions and final NAV positive. */
  amountCNY: number;
}

export interface XirrOptions {
  /** Annual rate near which to choose when several rates zero the NPV. Default 0.1 (Excel). */
  guess?: number;
}

interface DayAmount {
  /** Whole days since 1970-01-01. */
  day: number;
  amountCNY: number;
}

const MS_PER_DAY = 86_400_000;
const DAYS_PER_YEAR = 365;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Annual IRR of dated flows, in any order; flows on the same day are netted. The
 * result's ratePerPeriod and annualRate are both the rate per 365 days.
 * Throws RangeError for a date that is not a valid calendar date.
 */
export function xirr(flows: ReadonlyArray<XirrFlow>, options: XirrOptions = {}): RateResult {
  const guess = options.guess ?? 0.1;
  if (!(guess > -1 && guess < Infinity)) {
    throw new RangeError(`xirr: guess must be a finite rate > -1; got ${guess}`);
  }
  if (flows.length === 0) return { kind: 'none', reason: 'empty' };

  const dated = flows.map((flow, index): DayAmount => ({
    day: dayNumber(flow.date, index),
    amountCNY: flow.amountCNY,
  }));
  if (!dated.every((flow) => Number.isFinite(flow.amountCNY))) {
    return { kind: 'none', reason: 'nonFinite' };
  }
  dated.sort((a, b) => a.day - b.day);

  // Net the flows of each day, then drop zeros: they carry no information.
  const netted: DayAmount[] = [];
  for (const flow of dated) {
    const latest = netted[netted.length - 1];
    if (latest !== undefined && latest.day === flow.day) latest.amountCNY += flow.amountCNY;
    else netted.push({ ...flow });
  }
  const kept = netted.filter((flow) => flow.amountCNY !== 0);
  let signChanges = 0;
  let previous: DayAmount | undefined;
  for (const flow of kept) {
    if (previous !== undefined && previous.amountCNY > 0 !== flow.amountCNY > 0) signChanges++;
    previous = flow;
  }
  if (signChanges === 0) return { kind: 'none', reason: 'noSignChange' };

  // Times count from the first kept flow: moving the origin only scales NPV by (1 + r)^k.
  const firstDay = (kept[0] as DayAmount).day;
  const schedule: FlowSchedule = {
    amountsCNY: Float64Array.from(kept, (flow) => flow.amountCNY),
    timesInPeriods: Float64Array.from(kept, (flow) => (flow.day - firstDay) / DAYS_PER_YEAR),
  };
  const roots = findLogGrowthRoots(schedule, signChanges, log1p(guess));
  return rateFromLogGrowthRoots(roots, guess, 1);
}

/** Whole days since 1970-01-01 (UTC), like Excel's truncated date serials. */
function dayNumber(date: Date | string, index: number): number {
  if (typeof date === 'string') {
    const match = ISO_DATE.exec(date);
    if (match !== null) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      const ms = Date.UTC(year, month - 1, day);
      const parsed = new Date(ms);
      // Date.UTC rolls 2009-02-30 over to March: a round trip catches it.
      if (
        parsed.getUTCFullYear() === year &&
        parsed.getUTCMonth() === month - 1 &&
        parsed.getUTCDate() === day
      ) {
        return ms / MS_PER_DAY;
      }
    }
    throw new RangeError(
      `xirr: flows[${index}].date must be a calendar date 'yyyy-mm-dd'; got '${date}'`,
    );
  }
  const ms = date.getTime();
  if (!Number.isFinite(ms)) {
    throw new RangeError(`xirr: flows[${index}].date must be a valid Date; got an invalid Date`);
  }
  return Math.floor(ms / MS_PER_DAY);
}
