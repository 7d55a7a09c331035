import { describe, expect, it } from 'vitest';
import {
  ledgerFromExport,
  ledgerToJSON,
  readLedgerJSON,
  simulateTrial,
} from '../../../src/engine/index.ts';
import { fromTransferable } from '../../../src/engine/aggregate/runTransfer.ts';
import { fundSeries } from '../../../src/engine/run/fundSeries.ts';
import { runBlock } from '../../../src/engine/run/runBlock.ts';
import { trialRecord } from '../../../src/engine/run/trialRecord.ts';
import { trialSeries } from '../../../src/engine/run/trialSeries.ts';
import { flowsByAccount } from '../../../src/engine/trial/accountFlows.ts';
import { defaultScenario } from '../defaultScenario.ts';

const result = simulateTrial(defaultScenario(), 7, { fundSeries: true });
const series = trialSeries(result);
const subFunds = result.funds.filter((f) => f.classAccounts);
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, v) => a + v, 0);
const GROUPS = { angel: 'angelFunds', tech: 'techFunds', bankLinked: 'bankLinkedFunds' } as const;

describe('per-fund series: each fund’s quarterly plan', () => {
  it('sums, quarter by quarter, over a group’s funds and classes to the group’s J-curve', () => {
    for (const [kind, group] of Object.entries(GROUPS)) {
      const members = subFunds.filter((f) => f.kind === kind);
      const groupCurve = series[`jcurve.${group}`]!;
      for (let t = 0; t < groupCurve.length; t++) {
        let total = 0;
        for (const fund of members)
          for (const c of ['guidanceFund', 'privateLP', 'gp'])
            total += series[`fund.${fund.id}.jcurve.${c}`]![t]!;
        expect(total).toBeCloseTo(groupCurve[t]!, 2);
      }
    }
  });

  it('adds up to each fund’s ILPA figures: calls to paid-in, distributions and NAV to TVPI', () => {
    for (const fund of subFunds) {
      const k = `fund.${fund.id}`;
      const paidIn = result.metrics[`${k}.paidInCNY`]!;
      expect(sum(series[`${k}.calledCNY`]!)).toBeCloseTo(paidIn, 2);
      if (paidIn === 0) continue;
      const distributed = sum(series[`${k}.distributedCNY`]!);
      expect(distributed / paidIn).toBeCloseTo(result.metrics[`${k}.dpi`]!, 9);
      expect(series[`${k}.navCNY`]![result.quarters]! / paidIn).toBeCloseTo(
        result.metrics[`${k}.rvpi`]!,
        9,
      );
    }
    // Carry: the funds' quarterly carry adds up to the group's.
    for (const [kind, group] of Object.entries(GROUPS)) {
      const carry = subFunds
        .filter((f) => f.kind === kind)
        .reduce((a, f) => a + sum(series[`fund.${f.id}.carryCNY`]!), 0);
      expect(carry).toBeCloseTo(result.metrics[`${group}.carryCNY`]!, 2);
    }
  });

  it('gives the guidance fund’s calls as the fiscal money it draws, and a NAV while it holds stakes', () => {
    expect(sum(series['fund.guidanceFund.calledCNY']!)).toBeCloseTo(
      result.metrics['treasury.spent.guidanceFundCNY']!,
      2,
    );
    const nav = series['fund.guidanceFund.navCNY']!;
    expect(nav.every((v) => v >= 0)).toBe(true);
    expect(Math.max(...nav.subarray(0, result.quarters))).toBeGreaterThan(0);
    // A sub-fund pays a management fee in its first quarters.
    const fees = series[`fund.${subFunds[0]!.id}.feesCNY`]!;
    expect(sum(fees)).toBeGreaterThan(0);
  });

  it('is recomputed identically from an exported ledger (NAV before the horizon from the positions)', () => {
    const exported = readLedgerJSON(ledgerToJSON(result.ledger));
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const rebuilt = ledgerFromExport(exported.value);
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    const again = fundSeries(
      {
        ...result,
        ledger: rebuilt.ledger,
        flows: flowsByAccount(rebuilt.ledger, result.quarters + 1),
      },
      result.fundNavCNY!,
    );
    expect(Object.keys(again).length).toBeGreaterThan(40);
    for (const [key, values] of Object.entries(again)) expect(values).toEqual(series[key]);
  });
});

describe('a fund manager’s risk figures', () => {
  it('marks TVPI below 1 and gives each fund’s carry, which add up to the group’s', () => {
    for (const fund of subFunds) {
      const k = `fund.${fund.id}`;
      const tvpi = result.metrics[`${k}.tvpi`]!;
      expect(result.metrics[`${k}.tvpiBelowOne`]).toBe(
        Number.isNaN(tvpi) ? Number.NaN : tvpi < 1 ? 1 : 0,
      );
      expect(result.metrics[`${k}.carryCNY`]).toBeCloseTo(sum(series[`${k}.carryCNY`]!), 2);
    }
  });

  it('says by which quarter distributions have reached paid-in, and keeps it once reached at the last quarter', () => {
    for (const fund of subFunds) {
      const k = `fund.${fund.id}`;
      const flag = series[`${k}.dpiAtLeastOne`]!;
      const called = series[`${k}.calledCNY`]!;
      const paid = series[`${k}.distributedCNY`]!;
      let p = 0;
      let d = 0;
      for (let t = 0; t < result.quarters; t++) {
        p += called[t]!;
        d += paid[t]!;
        // Worked out again here from the fund's own series.
        expect(flag[t]).toBe(p > 0 && d >= p ? 1 : 0);
      }
      // By the last quarter the flag is the fund's own DPI ≥ 1.
      const dpi = result.metrics[`${k}.dpi`]!;
      if (!Number.isNaN(dpi)) expect(flag[result.quarters]).toBe(dpi >= 1 ? 1 : 0);
    }
  });
});

describe('per-fund series only when asked (TrialOptions.fundSeries, BlockRequest.fundSeries)', () => {
  it('leaves every other metric and series the same bits, and adds only the fund.* series', () => {
    const scenario = defaultScenario();
    for (const trial of [0, 7, 13]) {
      const off = trialRecord(simulateTrial(scenario, trial));
      const on = trialRecord(simulateTrial(scenario, trial, { fundSeries: true }));
      expect(on.metrics).toEqual(off.metrics);
      const offKeys = Object.keys(off.series ?? {});
      expect(offKeys.filter((k) => k.startsWith('fund.'))).toEqual([]);
      const added = Object.keys(on.series ?? {}).filter((k) => !offKeys.includes(k));
      expect(added.length).toBeGreaterThan(40);
      expect(added.every((k) => k.startsWith('fund.'))).toBe(true);
      for (const key of offKeys) expect(on.series![key]).toEqual(off.series![key]);
    }
  });

  it('reaches a block of the runner: its aggregate names the fund series only when asked', () => {
    const scenario = defaultScenario();
    const names = (fundSeries: boolean) => {
      const outcome = runBlock({ scenario, trials: 2, block: 0, fundSeries });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      return fromTransferable(outcome.data).series;
    };
    const off = [...names(false).keys()];
    const on = [...names(true).keys()];
    expect(off.some((k) => k.startsWith('fund.'))).toBe(false);
    expect(on.filter((k) => k.startsWith('fund.guidanceFund.')).length).toBe(5);
  });
});
