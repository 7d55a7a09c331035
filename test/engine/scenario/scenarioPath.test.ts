import { describe, expect, it } from 'vitest';
import {
  applyScenarioChanges,
  expandScenarioPath,
  formatScenarioIssue,
  parseScenario,
  parseScenarioPath,
  scenarioPathText,
  scenarioValuesAt,
  setScenarioValue,
  type ScenarioIssue,
} from '../../../src/engine/index.ts';
import { defaultScenario, defaultScenarioJson } from '../defaultScenario.ts';

const pathOf = (text: string) => {
  const parsed = parseScenarioPath(text);
  if (!parsed.ok) throw new Error(formatScenarioIssue(parsed.issue, 'en'));
  return parsed.path;
};

/** The issue of a result that must have failed. */
function issueOf(result: { ok: true } | { ok: false; issue: ScenarioIssue }): ScenarioIssue {
  if (result.ok) throw new Error('expected a problem');
  return result.issue;
}

describe('parseScenarioPath', () => {
  it.each([
    ['id', ['id']],
    ['simulation.seed', ['simulation', 'seed']],
    ['funds.angelFunds[0].commitmentCNY', ['funds', 'angelFunds', 0, 'commitmentCNY']],
    ['funds.angelFunds.0.commitmentCNY', ['funds', 'angelFunds', 0, 'commitmentCNY']],
    ['funds.angelFunds[*].guidanceFundShare', ['funds', 'angelFunds', '*', 'guidanceFundShare']],
    ['funds.angelFunds.*.guidanceFundShare', ['funds', 'angelFunds', '*', 'guidanceFundShare']],
    ['a[1][2].b', ['a', 1, 2, 'b']],
    ['$schema', ['$schema']],
    ['a.12', ['a', 12]],
  ])('splits %s into %j', (text, path) => {
    expect(parseScenarioPath(text)).toEqual({ ok: true, path });
  });

  it.each(['', '.', 'a.', '.a', 'a..b', 'a[', 'a[x]', 'a[-1]', '[0]', 'a[0]b', 'a]', 'a*', 'a=b'])(
    'refuses %j as a path, saying what a path looks like and what was given',
    (text) => {
      const issue = issueOf(parseScenarioPath(text));
      expect(issue.code).toBe('badPath');
      expect(issue.received).toBe(JSON.stringify(text));
      expect(formatScenarioIssue(issue, 'en')).toMatch(
        /expected a field path: names joined by dots, list items as \[0\] or \[\*\]/,
      );
      expect(formatScenarioIssue(issue, 'zh')).toMatch(/应为 字段路径/);
    },
  );

  it('writes a path back in the scenario’s notation, [*] included', () => {
    for (const text of [
      'funds.angelFunds[*].guidanceFundShare',
      'funds.angelFunds[0].commitmentCNY',
      'economy.lpr1y[*].ratePerYear',
      'simulation',
    ])
      expect(scenarioPathText(pathOf(text))).toBe(text);
    expect(scenarioPathText(pathOf('a.*.*'))).toBe('a[*][*]');
  });
});

describe('expandScenarioPath', () => {
  const scenario = defaultScenario();

  it('turns [*] into every item of the list and keeps a concrete path as it is', () => {
    const every = expandScenarioPath(scenario, pathOf('funds.angelFunds[*].guidanceFundShare'));
    expect(every.ok && every.paths).toEqual(
      [0, 1, 2, 3].map((i) => ['funds', 'angelFunds', i, 'guidanceFundShare']),
    );
    const one = expandScenarioPath(scenario, pathOf('bank.tolerance.nplToleranceShare'));
    expect(one.ok && one.paths).toEqual([['bank', 'tolerance', 'nplToleranceShare']]);
  });

  it.each([
    [
      'bank.tolerance.tau',
      'unknownField',
      'bank.tolerance.tau: expected the path of a field of the scenario (no field \'tau\' in bank.tolerance; the fields there are nplToleranceShare, dueDiligenceExemptionShare, nonPerformingQuarters, response, responseCutsRenewals), got "bank.tolerance.tau"',
    ],
    [
      'simulation[0]',
      'unknownField',
      'simulation[0]: expected the path of a field of the scenario (no list to index with [0] in simulation; the fields there are trials, seed, years), got "simulation[0]"',
    ],
    [
      'funds.angelFunds[7].guidanceFundShare',
      'noSuchItem',
      'funds.angelFunds[7].guidanceFundShare: expected an item that exists (funds.angelFunds has 4 item(s); set the whole list to add items), got "funds.angelFunds[7].guidanceFundShare"',
    ],
  ])('refuses %s (%s), naming the path, what was expected and what was given', (text, code, en) => {
    const issue = issueOf(expandScenarioPath(scenario, pathOf(text)));
    expect(issue.code).toBe(code);
    expect(formatScenarioIssue(issue, 'en')).toBe(en);
    expect(formatScenarioIssue(issue, 'zh')).toMatch(/^[^：]+：应为 .+，实际为 /);
  });

  it('reads a list the file leaves out as its default (empty), so [*] over it names nothing', () => {
    const { funds: _funds, ...raw } = defaultScenarioJson();
    const issue = issueOf(expandScenarioPath(raw, pathOf('funds.techFunds[*].ticketCNY')));
    expect(issue.code).toBe('noSuchItem');
    expect(formatScenarioIssue(issue, 'en')).toMatch(
      /funds\.techFunds is empty, so \[\*\] names no field/,
    );
  });
});

describe('setScenarioValue and scenarioValuesAt', () => {
  it('sets every field the path names in a copy, leaving the input alone', () => {
    const raw = defaultScenarioJson();
    const before = JSON.stringify(raw);
    const set = setScenarioValue(raw, pathOf('funds.angelFunds.*.guidanceFundShare'), 0.35);
    expect(JSON.stringify(raw)).toBe(before);
    if (!set.ok) throw new Error('expected the change to apply');
    const parsed = parseScenario(set.value);
    if (!parsed.ok) throw new Error('expected the changed scenario to parse');
    expect(parsed.scenario.funds.angelFunds.map((f) => f.guidanceFundShare)).toEqual([
      0.35, 0.35, 0.35, 0.35,
    ]);
    const read = scenarioValuesAt(set.value, pathOf('funds.angelFunds[*].guidanceFundShare'));
    expect(read.ok && read.values.map((v) => v.value)).toEqual([0.35, 0.35, 0.35, 0.35]);
  });

  it('does not check the value: the parse does, at the field’s path, in both languages', () => {
    const set = setScenarioValue(defaultScenarioJson(), pathOf('concession.angelStageShare'), 1.5);
    if (!set.ok) throw new Error('expected the change to apply');
    const parsed = parseScenario(set.value);
    expect(parsed.ok ? [] : parsed.issues.map((i) => formatScenarioIssue(i, 'en'))).toEqual([
      'concession.angelStageShare: expected a number ≤ 1 (a share: 0.4 means 40%), got 1.5',
    ]);
    const wrongType = setScenarioValue(defaultScenarioJson(), pathOf('simulation.years'), 'ten');
    const refused = wrongType.ok ? parseScenario(wrongType.value) : null;
    expect(refused && !refused.ok && refused.issues.map((i) => [i.pathText, i.code])).toEqual([
      ['simulation.years', 'wrongType'],
    ]);
  });

  it('fills a section the file leaves out with its defaults on the way to a field', () => {
    const { fiscal: _fiscal, ...raw } = defaultScenarioJson();
    const set = setScenarioValue(raw, pathOf('fiscal.riskCompensation.coverageShare'), 0.8);
    if (!set.ok) throw new Error('expected the change to apply');
    const changed = parseScenario(set.value);
    const unchanged = parseScenario(raw);
    if (!changed.ok || !unchanged.ok) throw new Error('expected both to parse');
    expect(changed.scenario.fiscal).toEqual({
      ...unchanged.scenario.fiscal,
      riskCompensation: { ...unchanged.scenario.fiscal.riskCompensation, coverageShare: 0.8 },
    });
  });

  it('refuses to go through a value that is not an object, naming it', () => {
    const raw = { ...defaultScenarioJson(), bank: 5 };
    const issue = issueOf(setScenarioValue(raw, pathOf('bank.approvalShare'), 0.5));
    expect(formatScenarioIssue(issue, 'en')).toBe('bank: expected an object {…}, got 5');
  });
});

describe('applyScenarioChanges (derived files, share links, the editor)', () => {
  it('takes the same paths as --set, [*] included, and reports every bad one', () => {
    const changed = applyScenarioChanges(defaultScenarioJson(), {
      'bank.tolerance.nplToleranceShare': 0.015,
      'funds.angelFunds[*].gpShare': 0.02,
      'funds.angelFunds.1.guidanceFundShare': 0.2,
    });
    const parsed = changed.ok ? parseScenario(changed.value) : null;
    if (!parsed?.ok) throw new Error('expected the changes to apply');
    expect(parsed.scenario.bank.tolerance.nplToleranceShare).toBe(0.015);
    expect(parsed.scenario.funds.angelFunds.map((f) => f.gpShare)).toEqual([
      0.02, 0.02, 0.02, 0.02,
    ]);
    expect(parsed.scenario.funds.angelFunds[1]!.guidanceFundShare).toBe(0.2);

    const bad = applyScenarioChanges(defaultScenarioJson(), {
      'bank.tolerance.tau': 0.015,
      'a..b': 1,
      'funds.angelFunds.9.gpShare': 0.02,
    });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual([
      'unknownField',
      'badPath',
      'noSuchItem',
    ]);
  });
});
