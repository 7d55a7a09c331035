export { allocateFen } from './allocation.ts';
export {
  accruePreferred,
  contribute,
  distribute,
  newWaterfallAccount,
  type WaterfallAccount,
  type WaterfallSplit,
  type WaterfallTerms,
} from './waterfall.ts';
export {
  concededShare,
  concessionRate,
  newConcessionAttribution,
  recordRealisedGain,
  splitConcession,
  type ConcessionAttribution,
  type ConcessionFirm,
  type ConcessionTerms,
} from './concession.ts';
export {
  transferPriceCNY,
  type TransferPricing,
  type TransferredStake,
} from './transferPricing.ts';
