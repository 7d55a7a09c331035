// Builders for the firm tests: a scenario from a few overrides, and a cohort of identical firms
// put straight into a FirmTable (no arrivals, no funds), drawing their counter-based numbers as
// a trial's firms do.
import {
  EVENT_FAILED,
  EVENT_LISTED,
  EVENT_ROUND,
  EVENT_SOLD,
  createFirmEvents,
  stepFirms,
  type FirmEvents,
} from '../../../src/engine/firms/firmFates.ts';
import {
  appendFirm,
  createFirmTable,
  type FirmTable,
} from '../../../src/engine/firms/firmTable.ts';
import { isLive } from '../../../src/engine/firms/stageCode.ts';
import { createHazardTable, type HazardTable } from '../../../src/engine/firms/hazardTable.ts';
import { enterStage } from '../../../src/engine/firms/stageEntry.ts';
import { counterKey } from '../../../src/engine/random/counterDraws.ts';
import { parseScenario } from '../../../src/engine/scenario/parseScenario.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';

/** A parsed scenario: the minimal one with `overrides` on top (defaults fill the rest). */
export function scenarioWith(overrides: Record<string, unknown> = {}): Scenario {
  const result = parseScenario({
    schemaVersion: 1,
    id: 't',
    name: { zh: '测', en: 't' },
    description: { zh: '测', en: 't' },
    ...overrides,
  });
  if (!result.ok) throw new Error(`test scenario rejected: ${JSON.stringify(result.issues)}`);
  return result.scenario;
}

export type Cohort = {
  scenario: Scenario;
  firms: FirmTable;
  /** The key of the cohort's counter-based draws, as a trial (seed, trial) would have it. */
  key: number;
  hazards: HazardTable;
  /** Live firms, in firm order, as `simulateTrial` keeps them. */
  live: Int32Array;
  liveCount: number;
  events: FirmEvents;
};

export type CohortOptions = {
  /** Latent quality of each firm (default 0 for all). */
  quality?: (firm: number) => number;
  /** Industry index of each firm (default 0). */
  industry?: (firm: number) => number;
  seed?: number;
  trial?: number;
  postMoneyCNY?: number;
};

/**
 * `n` firms entering `stage` at `quarter`, drawing with the counter key of (seed, trial), so their
 * numbers are those a real trial would give firms of the same rows.
 */
export function cohort(
  scenario: Scenario,
  n: number,
  stage: number,
  quarter: number,
  options: CohortOptions = {},
): Cohort {
  const { seed = 2022, trial = 0, postMoneyCNY = 10_000_000 } = options;
  const firms = createFirmTable(n);
  const key = counterKey(seed, trial);
  const hazards = createHazardTable(scenario);
  const live = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const firm = appendFirm(firms);
    firms.industry[firm] = options.industry?.(firm) ?? 0;
    firms.inProvince[firm] = 1;
    firms.quality[firm] = options.quality?.(firm) ?? 0;
    firms.points[firm] = 50;
    firms.postMoneyCNY[firm] = postMoneyCNY;
    firms.exitQuarter[firm] = -1;
    firms.arrivalQuarter[firm] = quarter;
    firms.arrivalStage[firm] = stage;
    // A zeroed row would have a multiplier of 0 on the IPO hazard; arrivals set it to 1.
    firms.ipoHazardMultiplier[firm] = 1;
    firms.whiteListQuarter[firm] = -1;
    enterStage(firms, firm, stage, quarter, hazards);
    live[k] = firm;
  }
  return { scenario, firms, key, hazards, live, liveCount: n, events: createFirmEvents(n) };
}

/** Outcome of one firm-quarter, as counted by `stepCohort`. */
export const STAYED = 0;
export const FAILED_OUT = 1;
export const SOLD_OUT = 2;
/** A round into the next stage, or an IPO from GROWTH. */
export const GRADUATED = 3;

/**
 * Firm-quarters by outcome, split by the stage the firm was in at the start of the quarter and
 * by whether it had then served the stage's minimum time: `counts[stage][eligible][outcome]`.
 */
export type Tally = number[][][];

export function emptyTally(): Tally {
  return [0, 1, 2, 3].map(() => [0, 1].map(() => [0, 0, 0, 0]));
}

/**
 * Steps every live firm one quarter with `stepFirms`, adds each firm-quarter's outcome to
 * `tally`, and drops the firms that left (as `simulateTrial` does). Returns the events.
 */
export function stepCohort(c: Cohort, quarter: number, cycleZ: number, tally?: Tally): FirmEvents {
  const { firms, scenario, live, events } = c;
  const stageBefore = new Uint8Array(c.liveCount);
  const eligibleBefore = new Uint8Array(c.liveCount);
  for (let k = 0; k < c.liveCount; k++) {
    const firm = live[k]!;
    const stage = firms.stage[firm]!;
    stageBefore[k] = stage;
    const minQuarters = minQuartersOf(scenario, stage);
    eligibleBefore[k] = quarter - firms.stageEntryQuarter[firm]! >= minQuarters ? 1 : 0;
  }
  events.count = 0;
  stepFirms(firms, live, c.liveCount, quarter, cycleZ, scenario, c.key, c.hazards, events);
  if (tally) {
    // Events come in live-list order, so one pass matches them to the firms.
    let e = 0;
    for (let k = 0; k < c.liveCount; k++) {
      let outcome = STAYED;
      if (e < events.count && events.firm[e] === live[k]) {
        outcome = outcomeOf(events.kind[e]!);
        e++;
      }
      tally[stageBefore[k]!]![eligibleBefore[k]!]![outcome]!++;
    }
    if (e !== events.count) throw new Error('events out of live-list order');
  }
  let kept = 0;
  for (let k = 0; k < c.liveCount; k++) if (isLive(firms.stage[live[k]!]!)) live[kept++] = live[k]!;
  c.liveCount = kept;
  return events;
}

function outcomeOf(kind: number): number {
  if (kind === EVENT_FAILED) return FAILED_OUT;
  if (kind === EVENT_SOLD) return SOLD_OUT;
  if (kind === EVENT_ROUND || kind === EVENT_LISTED) return GRADUATED;
  throw new Error(`unknown event kind ${kind}`);
}

function minQuartersOf(scenario: Scenario, stage: number): number {
  const { POC, ANGEL, EARLY, GROWTH } = scenario.firms.stages;
  return [POC, ANGEL, EARLY, GROWTH][stage]!.minQuartersInStage;
}

/** How many standard errors `observed` lies from a binomial(n, p) mean. */
export function binomialZ(observed: number, n: number, p: number): number {
  return (observed - n * p) / Math.sqrt(n * p * (1 - p));
}
