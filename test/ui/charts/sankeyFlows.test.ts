import { describe, expect, it } from 'vitest';
import {
  acyclicFlows,
  balanceFlows,
  cleanFlows,
  FIRM_REMAINDER,
  nodeTotals,
} from '../../../src/ui/charts/sankeyFlows.ts';
import { FIRM_FLOWS } from './flowFixture.ts';

describe('cleanFlows keeps drawable flows and says why it drops the others', () => {
  it.each([
    ['NaN', Number.NaN, 'notFinite'],
    ['Infinity', Infinity, 'notFinite'],
    ['zero', 0, 'notPositive'],
    ['negative', -3, 'notPositive'],
  ] as const)('drops a %s count', (_name, meanCount, reason) => {
    const { flows, dropped } = cleanFlows([{ from: 'A', to: 'B', meanCount }]);
    expect(flows).toEqual([]);
    expect(dropped).toEqual([{ flow: { from: 'A', to: 'B', meanCount }, reason }]);
  });

  it('drops a node flowing to itself', () => {
    expect(cleanFlows([{ from: 'A', to: 'A', meanCount: 1 }]).dropped[0]!.reason).toBe('selfLoop');
  });

  it('merges a pair that appears twice', () => {
    const { flows } = cleanFlows([
      { from: 'A', to: 'B', meanCount: 1 },
      { from: 'A', to: 'B', meanCount: 2.5 },
    ]);
    expect(flows).toEqual([{ from: 'A', to: 'B', meanCount: 3.5 }]);
  });

  it('keeps only the kind asked for', () => {
    expect(cleanFlows(FIRM_FLOWS, 'stakes').flows.map((f) => `${f.from}->${f.to}`)).toEqual([
      'seedFund->angelFunds',
      'angelFunds->guidanceFund',
    ]);
  });

  it.each([null, undefined, []])('accepts %s', (flows) => {
    expect(cleanFlows(flows)).toEqual({ flows: [], dropped: [] });
  });
});

describe('acyclicFlows drops the smallest flow that closes a loop', () => {
  it('breaks a two-node cycle at its smaller flow', () => {
    const { flows, dropped } = acyclicFlows([
      { from: 'A', to: 'B', meanCount: 5 },
      { from: 'B', to: 'A', meanCount: 1 },
    ]);
    expect(flows).toEqual([{ from: 'A', to: 'B', meanCount: 5 }]);
    expect(dropped).toEqual([{ flow: { from: 'B', to: 'A', meanCount: 1 }, reason: 'cycle' }]);
  });

  it('breaks a three-node cycle and keeps flows in their order', () => {
    const input = [
      { from: 'A', to: 'B', meanCount: 3 },
      { from: 'B', to: 'C', meanCount: 2 },
      { from: 'C', to: 'A', meanCount: 1 },
      { from: 'A', to: 'C', meanCount: 4 },
    ];
    const { flows, dropped } = acyclicFlows(input);
    expect(flows).toEqual([input[0], input[1], input[3]]);
    expect(dropped.map((d) => d.flow)).toEqual([input[2]]);
  });

  it('leaves an acyclic graph alone', () => {
    const firms = cleanFlows(FIRM_FLOWS, 'firms').flows;
    expect(acyclicFlows(firms)).toEqual({ flows: firms, dropped: [] });
  });
});

describe('balanceFlows sends what stays in a stage to the remainder node', () => {
  it('makes inflow equal outflow at every live stage', () => {
    const flows = balanceFlows(cleanFlows(FIRM_FLOWS, 'firms').flows, FIRM_REMAINDER);
    const totals = nodeTotals(flows);
    for (const stage of FIRM_REMAINDER.from) {
      const t = totals.get(stage)!;
      expect(t.inflow).toBeCloseTo(t.outflow, 9);
    }
    // POC: 897.9 in, 273.4 + 466.2 out.
    expect(flows.find((f) => f.from === 'POC' && f.to === 'ACTIVE')!.meanCount).toBeCloseTo(
      897.9 - 273.4 - 466.2,
      9,
    );
  });

  it('adds nothing to a stage that sends on all it takes in', () => {
    const flows = [
      { from: 'ARRIVAL', to: 'POC', meanCount: 2 },
      { from: 'POC', to: 'FAILED', meanCount: 2 },
    ];
    expect(balanceFlows(flows, FIRM_REMAINDER)).toEqual(flows);
  });

  it('adds nothing without a remainder', () => {
    const flows = cleanFlows(FIRM_FLOWS, 'firms').flows;
    expect(balanceFlows(flows, null)).toEqual(flows);
  });
});
