import type { SankeyFlow } from '../../../src/ui/charts/sankeyFlows.ts';

/** Firm flows of a 100-trial run of the default scenario (means per trial, rounded). */
export const FIRM_FLOWS: SankeyFlow[] = [
  { kind: 'firms', from: 'POC', to: 'ANGEL', meanCount: 273.4 },
  { kind: 'firms', from: 'POC', to: 'FAILED', meanCount: 466.2 },
  { kind: 'firms', from: 'ANGEL', to: 'EARLY', meanCount: 2092 },
  { kind: 'firms', from: 'ANGEL', to: 'SOLD', meanCount: 75.54 },
  { kind: 'firms', from: 'ANGEL', to: 'FAILED', meanCount: 1125 },
  { kind: 'firms', from: 'EARLY', to: 'GROWTH', meanCount: 2346 },
  { kind: 'firms', from: 'EARLY', to: 'SOLD', meanCount: 268.5 },
  { kind: 'firms', from: 'EARLY', to: 'FAILED', meanCount: 1440 },
  { kind: 'firms', from: 'GROWTH', to: 'LISTED', meanCount: 202.2 },
  { kind: 'firms', from: 'GROWTH', to: 'SOLD', meanCount: 465.6 },
  { kind: 'firms', from: 'GROWTH', to: 'FAILED', meanCount: 510 },
  { kind: 'firms', from: 'LISTED', to: 'SOLD', meanCount: 0 },
  { kind: 'firms', from: 'ARRIVAL', to: 'POC', meanCount: 897.9 },
  { kind: 'firms', from: 'ARRIVAL', to: 'ANGEL', meanCount: 3599 },
  { kind: 'firms', from: 'ARRIVAL', to: 'EARLY', meanCount: 3007 },
  { kind: 'firms', from: 'ARRIVAL', to: 'GROWTH', meanCount: 0 },
  { kind: 'stakes', from: 'seedFund', to: 'angelFunds', meanCount: 35.95 },
  { kind: 'stakes', from: 'angelFunds', to: 'guidanceFund', meanCount: 47.25 },
];
