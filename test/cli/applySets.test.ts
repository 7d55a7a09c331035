import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySets } from '../../src/cli/applySets.ts';
import { parseSetAssignment, type SetAssignment } from '../../src/cli/setPath.ts';
import { parseScenario } from '../../src/engine/index.ts';

const hebei = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../scenarios/hebei-2022.json', import.meta.url), 'utf8'));

const minimal = () => ({
  schemaVersion: 1,
  id: 'test',
  name: { zh: '测试', en: 'Test' },
  description: { zh: '测试场景', en: 'A test scenario' },
});

function sets(...texts: string[]): SetAssignment[] {
  return texts.map((text) => {
    const parsed = parseSetAssignment(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.assignment;
  });
}

function applied(raw: unknown, ...texts: string[]) {
  const result = applySets(raw, sets(...texts));
  if (!result.ok) throw new Error(result.message);
  const parsed = parseScenario(result.value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

describe('applySets', () => {
  it('sets fields anywhere in the scenario, list items included, before it is parsed', () => {
    const scenario = applied(
      hebei(),
      'simulation.years=10',
      'id=hebei-variant',
      'funds.angelFunds[1].commitmentCNY=3e8',
      'funds.angelFunds.2.stageFocus=["ANGEL"]',
      'funds.seedFund.transferPricing={"rule":"atCost"}',
      'bank.tolerance.response.rule="stop"',
    );
    expect(scenario.simulation.years).toBe(10);
    expect(scenario.id).toBe('hebei-variant');
    expect(scenario.funds.angelFunds[1]!.commitmentCNY).toBe(3e8);
    expect(scenario.funds.angelFunds[2]!.stageFocus).toEqual(['ANGEL']);
    expect(scenario.funds.seedFund.transferPricing).toEqual({ rule: 'atCost' });
  });

  it('applies assignments in order, so a later one sees an earlier one', () => {
    const scenario = applied(
      hebei(),
      'funds.seedFund.transferPricing={"rule":"costPlusInterest"}',
      'funds.seedFund.transferPricing.interestRatePerYear=0.07',
    );
    expect(scenario.funds.seedFund.transferPricing).toEqual({
      rule: 'costPlusInterest',
      interestRatePerYear: 0.07,
    });
  });

  it('fills a section the file leaves out with its defaults before setting one of its fields', () => {
    const defaults = applied(minimal());
    const scenario = applied(
      minimal(),
      'simulation.seed=9',
      'firms.arrivals.ANGEL.meanPerQuarter=1',
    );
    expect(scenario.simulation).toEqual({ ...defaults.simulation, seed: 9 });
    expect(scenario.firms).toEqual({
      ...defaults.firms,
      arrivals: {
        ...defaults.firms.arrivals,
        ANGEL: { ...defaults.firms.arrivals.ANGEL, meanPerQuarter: 1 },
      },
    });
  });

  it('leaves its input unchanged and returns it as is when there is nothing to set', () => {
    const raw = hebei();
    const before = JSON.stringify(raw);
    applySets(raw, sets('simulation.years=3', 'funds.angelFunds[0].id=x'));
    expect(JSON.stringify(raw)).toBe(before);
    expect(applySets(raw, [])).toEqual({ ok: true, value: raw });
  });

  it('sets every item of a list through [*], and only lists take [*]', () => {
    const scenario = applied(hebei(), 'funds.angelFunds[*].guidanceFundShare=0.25');
    expect(scenario.funds.angelFunds.map((f) => f.guidanceFundShare)).toEqual([
      0.25, 0.25, 0.25, 0.25,
    ]);
    expect(scenario.funds.techFunds.map((f) => f.guidanceFundShare)).toEqual([0.2, 0.2]);
    const empty = applySets(minimal(), sets('funds.techFunds[*].guidanceFundShare=0.1'));
    expect(empty.ok || empty.message).toMatch(
      /funds\.techFunds is empty, so \[\*\] names no field/,
    );
    const notList = applySets(hebei(), sets('simulation[*]=1'));
    expect(notList.ok || notList.message).toMatch(/no list to index with \[\*\] in simulation/);
  });

  it('lets a --set value break the scenario: the schema reports it afterwards', () => {
    const result = applySets(hebei(), sets('simulation.years=100'));
    expect(result.ok).toBe(true);
    expect(result.ok && parseScenario(result.value).ok).toBe(false);
  });

  it.each([
    [
      'simulation.sead=5',
      /no field 'sead' in simulation; the fields there are trials, seed, years/,
    ],
    [
      'simultion.seed=5',
      /no field 'simultion' at the top level; the fields there are .*simulation/,
    ],
    [
      'funds.angelFunds[9].id=x',
      /expected an item that exists \(funds\.angelFunds has 4 item\(s\); set the whole list to add items\)/,
    ],
    ['funds.techFunds[5].id=x', /funds\.techFunds has 2 item\(s\)/],
    ['funds.angelFunds.x=1', /no field 'x' in funds\.angelFunds/],
    ['simulation[0]=1', /no list to index with \[0\] in simulation/],
    ['simulation.seed.x=1', /no field 'x' in simulation\.seed/],
    [
      'funds.seedFund.transferPricing.interestRatePerYear=0.1',
      /no field 'interestRatePerYear' in funds\.seedFund\.transferPricing; the fields there are rule, interestRatePerYear, discountShare/,
    ],
  ])('refuses %s, naming the path and what exists there', (text, message) => {
    const result = applySets(hebei(), sets(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    [
      { ...minimal(), simulation: 5 },
      'simulation.seed=1',
      /--set simulation\.seed=1: simulation: expected an object \{…\}, got 5/,
    ],
    [[1, 2], 'id=x', /the scenario: expected an object \{…\}, got \[1,2\]/],
    ['text', 'id=x', /the scenario: expected an object \{…\}, got "text"/],
  ])('refuses to set through something that is not an object (%j)', (raw, text, message) => {
    const result = applySets(raw, sets(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('applySets and names of Object.prototype members', () => {
  it.each(['__proto__=5', '__proto__={"polluted":1}', 'constructor=1', 'funds.toString=1'])(
    'refuses --set %s as a field the scenario does not have, and changes nothing',
    (text) => {
      const raw = hebei();
      const result = applySets(raw, sets(text));
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.message).toMatch(/expected the path of a field of the scenario/);
      expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});
