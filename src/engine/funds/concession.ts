/**
 * 让利, the guidance fund's profit concession (Hebei plan 2022, 二(二)2): of the gains on
 * in-province firms attributable to the guidance fund, 40% are conceded to the manager and the
 * other investors when the firm was backed at angel stage, 30% at early/mid stage.
 *
 * The rule, one for both waterfalls: on each distribution the guidance fund concedes its profit
 * part (its share of the waterfall's `lpProfitCNY`) times a rate.
 * - Deal-by-deal: the deal's own `concessionRate`.
 * - European: `concededShare` of the fund's attribution. A whole-fund distribution mixes the
 *   proceeds of many deals, so the rate is the average of the deals' rates weighted by their
 *   realised gains so far; losses are not weighted, since the concession is on gains.
 * The conceded amount then goes to private LPs and the GP by `splitConcession`.
 */

import type { Scenario } from '../scenario/schema.ts';
import type { LiveStage } from '../scenario/stages.ts';
import { allocateFen } from './allocation.ts';

/** The scenario's concession terms. */
export type ConcessionTerms = Scenario['concession'];

/** What the concession rate of a deal depends on. */
export interface ConcessionFirm {
  inProvince: boolean;
  /** Stage at which the fund (or the seed fund, for a transferred stake) first backed the firm. */
  firstBackedStage: LiveStage;
}

/** Share of the guidance fund's gain on this firm that it concedes, in [0, 1]. */
export function concessionRate(firm: ConcessionFirm, terms: ConcessionTerms): number {
  if (!terms.enabled) return 0;
  if (terms.inProvinceOnly && !firm.inProvince) return 0;
  const stage = firm.firstBackedStage;
  switch (stage) {
    // A seed (POC) project is transferred to the angel sub-fund at angel stage: angel-stage gains.
    case 'POC':
    case 'ANGEL':
      return terms.angelStageShare;
    case 'EARLY':
    case 'GROWTH':
      return terms.earlyStageShare;
    default:
      return stage satisfies never;
  }
}

/** Cumulative positive realised gains of a fund, plain and weighted by each deal's rate. */
export interface ConcessionAttribution {
  /** Σ gain × concession rate over deals realised at a gain. */
  weightedGainCNY: number;
  /** Σ gain over deals realised at a gain. */
  totalGainCNY: number;
}

export function newConcessionAttribution(): ConcessionAttribution {
  return { weightedGainCNY: 0, totalGainCNY: 0 };
}

/** Adds a deal's realised gain (proceeds − cost) at its concession rate; a loss adds nothing. */
export function recordRealisedGain(
  attribution: ConcessionAttribution,
  gainCNY: number,
  rate: number,
): void {
  if (!Number.isFinite(gainCNY)) {
    throw new RangeError(`recordRealisedGain: gainCNY must be a finite amount; got ${gainCNY}`);
  }
  if (!(rate >= 0 && rate <= 1)) {
    throw new RangeError(`recordRealisedGain: rate must be a share in [0, 1]; got ${rate}`);
  }
  if (gainCNY <= 0) return;
  attribution.weightedGainCNY += gainCNY * rate;
  attribution.totalGainCNY += gainCNY;
}

/** Gain-weighted average concession rate of a European fund; 0 before any gain. */
export function concededShare(attribution: ConcessionAttribution): number {
  if (!(attribution.totalGainCNY > 0)) return 0;
  return attribution.weightedGainCNY / attribution.totalGainCNY;
}

/** The conceded amount in whole fen: `toGpShare` of it to the GP, the rest to private LPs. */
export function splitConcession(
  amountCNY: number,
  toGpShare: number,
): { toPrivateLPsCNY: number; toGpCNY: number } {
  if (!(amountCNY >= 0 && amountCNY < Infinity)) {
    throw new RangeError(
      `splitConcession: amountCNY must be a finite amount >= 0; got ${amountCNY}`,
    );
  }
  if (!(toGpShare >= 0 && toGpShare <= 1)) {
    throw new RangeError(`splitConcession: toGpShare must be a share in [0, 1]; got ${toGpShare}`);
  }
  const [toPrivateLPsCNY, toGpCNY] = allocateFen(amountCNY, [1 - toGpShare, toGpShare]);
  return { toPrivateLPsCNY: toPrivateLPsCNY!, toGpCNY: toGpCNY! };
}
