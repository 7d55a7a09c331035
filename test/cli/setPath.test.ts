import { describe, expect, it } from 'vitest';
import { parseSetAssignment, parseSetValue } from '../../src/cli/setPath.ts';

describe('parseSetValue', () => {
  it.each([
    ['10', 10],
    ['-0.25', -0.25],
    ['true', true],
    ['null', null],
    ['"10"', '10'],
    ['[1,2]', [1, 2]],
    ['{"rule":"stop"}', { rule: 'stop' }],
    ['hebei-2023', 'hebei-2023'],
    ['', ''],
    ['{not json', '{not json'],
    ['a=b', 'a=b'],
  ])('reads %j as %j (JSON when it is valid JSON, else text)', (text, value) => {
    expect(parseSetValue(text)).toEqual(value);
  });
});

describe('parseSetAssignment', () => {
  it('splits at the first =, so a value may hold one', () => {
    expect(parseSetAssignment('name.en=a=b')).toEqual({
      ok: true,
      assignment: { text: 'name.en=a=b', path: ['name', 'en'], pathText: 'name.en', value: 'a=b' },
    });
  });

  it('reads [*] as every item of a list', () => {
    const result = parseSetAssignment('funds.angelFunds.*.guidanceFundShare=0.25');
    expect(result.ok && result.assignment.path).toEqual([
      'funds',
      'angelFunds',
      '*',
      'guidanceFundShare',
    ]);
    expect(result.ok && result.assignment.pathText).toBe('funds.angelFunds[*].guidanceFundShare');
  });

  it('writes the path in the scenario notation used by error messages', () => {
    const result = parseSetAssignment('funds.angelFunds.2.commitmentCNY=1e8');
    expect(result.ok && result.assignment.pathText).toBe('funds.angelFunds[2].commitmentCNY');
    expect(result.ok && result.assignment.value).toBe(1e8);
  });

  it.each([
    ['simulation.seed', /no '='/],
    ['=3', /^--set =3: expected a field path: .*got "" before '='$/],
    ['a[x]=3', /^--set a\[x\]=3: expected a field path: .*got "a\[x\]" before '='$/],
  ])('rejects %j', (text, message) => {
    const result = parseSetAssignment(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
