import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/loadScenario.ts';
import { parseSetAssignment, type SetAssignment } from '../../src/cli/setPath.ts';

const hebeiText = readFileSync(new URL('../../scenarios/hebei-2022.json', import.meta.url), 'utf8');

const files: Record<string, string> = {
  'good.json': hebeiText,
  'broken.json': '{"schemaVersion": 1,',
  'bad.json': JSON.stringify({
    schemaVersion: 2,
    id: 'Bad Id',
    name: { zh: '坏' },
    description: { zh: '坏', en: 'bad' },
    simulation: { trials: 0, seed: 1.5, yeras: 3 },
  }),
};

function read(file: string): string {
  const text = files[file];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  return text;
}

const sets = (...texts: string[]): SetAssignment[] =>
  texts.map((t) => {
    const parsed = parseSetAssignment(t);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.assignment;
  });

describe('loadScenario', () => {
  it('parses a scenario file with the --set values applied', () => {
    const result = loadScenario('good.json', sets('simulation.trials=64', 'id=variant'), read);
    expect(result.ok && [result.scenario.simulation.trials, result.scenario.id]).toEqual([
      64,
      'variant',
    ]);
  });

  it('lists every problem of a scenario, one line each, as the app words them', () => {
    const result = loadScenario('bad.json', [], read);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.lines).toEqual([
      'bad.json is not a valid scenario: 6 problems',
      '  schemaVersion: expected scenario format version 1, got 2',
      expect.stringMatching(/^ {2}id: expected an identifier .*, got "Bad Id"$/),
      '  name.en: expected a required field: text, got missing',
      '  simulation.trials: expected a number ≥ 1, got 0',
      '  simulation.seed: expected a whole number, got 1.5',
      '  simulation.yeras: expected no such field (a typo?), got 3',
    ]);
  });

  it('says when the problems come with the command-line values', () => {
    const result = loadScenario('good.json', sets('simulation.years=99'), read);
    expect(result.ok ? [] : result.lines).toEqual([
      'good.json (with the command-line values) is not a valid scenario: 1 problem',
      '  simulation.years: expected a number ≤ 40, got 99',
    ]);
  });

  it.each([
    ['missing.json', [], [/^cannot read missing\.json: no such file or directory$/]],
    [
      'broken.json',
      [],
      [/^broken\.json is not valid JSON:$/, /^ {2}\(root\): expected valid JSON/],
    ],
    [
      'good.json',
      sets('simulation.sead=1'),
      [/^good\.json: --set simulation\.sead=1: .*no field 'sead' in simulation/],
    ],
  ])('reports %s as unusable, saying why', (file, assignments, lines) => {
    const result = loadScenario(file, assignments, read);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.lines).toHaveLength(lines.length);
    result.lines.forEach((line, i) => expect(line).toMatch(lines[i]!));
  });
});

describe('loadScenario with a derived scenario', () => {
  it('resolves `extends` against the presets and applies --set on top', () => {
    const result = loadScenario('scenarios/tau-baseline.json', [
      {
        text: 'simulation.trials=64',
        path: ['simulation', 'trials'],
        pathText: 'simulation.trials',
        value: 64,
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.id).toBe('tau-baseline');
    expect(result.scenario.bank.tolerance.nplToleranceShare).toBe(0.015);
    expect(result.scenario.simulation.trials).toBe(64);
  });
});
