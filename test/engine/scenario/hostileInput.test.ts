import { describe, expect, it } from 'vitest';
import {
  applyScenarioChanges,
  formatScenarioIssue,
  parseScenario,
  resolveScenario,
} from '../../../src/engine/index.ts';
import { INPUT_LIMITS, MAX_REPORTED_ISSUES } from '../../../src/engine/scenario/inputLimits.ts';
import { defaultScenarioJson } from '../defaultScenario.ts';

const issuesOf = (input: unknown) => {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.issues;
};

describe('parseScenario never throws, whatever it is given', () => {
  it.each([
    ['constructor', '{"constructor":1}'],
    ['toString', '{"toString":1}'],
    ['valueOf', '{"valueOf":{}}'],
    ['hasOwnProperty', '{"hasOwnProperty":2}'],
    ['__proto__', '{"__proto__":{"a":1}}'],
    ['funds.constructor', '{"funds":{"constructor":1}}'],
    ['funds.angelFunds[0].__proto__', '{"funds":{"angelFunds":[{"__proto__":5}]}}'],
    [
      'a citation of "constructor"',
      JSON.stringify({
        ...defaultScenarioJson(),
        sources: [{ fields: ['constructor', 'funds.toString'], document: 'x', clause: 'y' }],
      }),
    ],
  ])('refuses %s with an unknown key (or field) at its path', (_label, text) => {
    const issues = issuesOf(text);
    const named = issues.filter((i) => i.code === 'unknownKey' || i.code === 'unknownField');
    expect(named.length).toBeGreaterThan(0);
    for (const issue of named)
      expect(issue.pathText).toMatch(
        /constructor|toString|valueOf|hasOwnProperty|__proto__|fields/,
      );
  });

  it('refuses an array far longer than any scenario’s, by its length, without a stack overflow', () => {
    // 200,000 numbers in a citation's fields: a 450 KB file that once overflowed the stack.
    const json = defaultScenarioJson();
    json.sources = [
      { fields: Array.from({ length: 200_000 }, (_, i) => i), document: 'x', clause: 'y' },
    ];
    const issues = issuesOf(JSON.stringify(json));
    expect(issues.map((i) => formatScenarioIssue(i, 'en'))).toEqual([
      `sources[0].fields: expected at most ${INPUT_LIMITS.maxArrayLength} item(s), got "200000 items"`,
    ]);
  });

  it('refuses nesting deeper than the limit, and a string longer than the limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(issuesOf(deep)[0]!.code).toBe('tooDeep');
    const long = { ...defaultScenarioJson(), description: { zh: 'x'.repeat(200_000), en: 'x' } };
    expect(issuesOf(long)[0]).toMatchObject({ code: 'tooLong', pathText: 'description.zh' });
  });

  it(`reports at most ${MAX_REPORTED_ISSUES} issues, then how many more`, () => {
    const json = defaultScenarioJson();
    json.sources = Array.from({ length: 300 }, () => ({ fields: [1], document: 2, clause: 3 }));
    const issues = issuesOf(json);
    expect(issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    const last = issues.at(-1)!;
    expect(last.code).toBe('moreIssues');
    expect(formatScenarioIssue(last, 'en')).toMatch(/^… and \d+ more problems not listed$/);
    expect(formatScenarioIssue(last, 'zh')).toMatch(/^……另有 \d+ 处问题未列出$/);
  });

  it('skips a UTF-8 byte-order mark at the start of a file', () => {
    const text = '\ufeff' + JSON.stringify(defaultScenarioJson());
    expect(parseScenario(text).ok).toBe(true);
  });

  it('refuses a derived file’s change of a path named like an Object.prototype member', () => {
    const base = defaultScenarioJson();
    for (const path of ['__proto__', 'constructor', 'funds.__proto__.x', 'funds.constructor']) {
      const result = applyScenarioChanges(base, { [path]: { polluted: true } });
      expect(result.ok, path).toBe(false);
      if (!result.ok) expect(result.issues[0]!.code).toBe('unknownField');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const derived = {
      schemaVersion: 1,
      extends: 'hebei-2022',
      id: 'x',
      name: { zh: '派生', en: 'Derived' },
      description: { zh: '派生', en: 'Derived' },
      changes: { 'constructor.prototype.polluted': 1 },
    };
    const resolved = resolveScenario(derived, new Map([['hebei-2022', base]]));
    expect(resolved.ok).toBe(false);
  });
});
