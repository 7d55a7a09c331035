import type { StringKey } from '../i18n/strings.ts';
import type { FormatKind } from './chartText.ts';

/** The headline cards: a metric key, its label, its format, and which way is better. */
export const HEADLINES: ReadonlyArray<{
  key: string;
  label: StringKey;
  format: FormatKind;
  better: 'higher' | 'lower' | null;
}> = [
  { key: 'treasury.netCostWithNavPVCNY', label: 'cardNetCost', format: 'money', better: 'lower' },
  // NAV is a valuation, not cash: the cost on cash alone stands beside it.
  {
    key: 'treasury.netCostCashPVCNY',
    label: 'cardNetCostCash',
    format: 'money',
    better: 'lower',
  },
  { key: 'chain.leverage', label: 'cardLeverage', format: 'multiple', better: 'higher' },
  { key: 'firms.supported', label: 'cardSupported', format: 'count', better: 'higher' },
  { key: 'firms.supportedListed', label: 'cardListed', format: 'count', better: 'higher' },
  { key: 'guidanceFund.tvpi', label: 'cardGuidanceTvpi', format: 'multiple', better: 'higher' },
  { key: 'angelFunds.privateLP.irr', label: 'cardPrivateIrr', format: 'percent', better: 'higher' },
  {
    key: 'angelFunds.privateLP.irrUpliftFromConcession',
    label: 'cardUplift',
    format: 'points',
    better: 'higher',
  },
  {
    key: 'bank.nplRatioExposureWeighted',
    label: 'cardNpl',
    format: 'percent',
    better: 'lower',
  },
];
