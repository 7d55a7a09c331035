import { describe, expect, it } from 'vitest';
import { parseArgs, parseWholeNumber, type RunOptions } from '../../src/cli/parseArgs.ts';

const defaults: RunOptions = {
  trials: undefined,
  seed: undefined,
  workers: undefined,
  sets: [],
  out: undefined,
  csv: undefined,
  ledger: undefined,
  all: false,
  fundSeries: false,
};

const words = (line: string) => (line === '' ? [] : line.split(' '));

describe('parseArgs', () => {
  it.each([
    ['--help', { kind: 'help' }],
    ['-h', { kind: 'help' }],
    ['s.json --trials 0 --help', { kind: 'help' }],
    ['schema', { kind: 'schema' }],
    ['s.json', { kind: 'run', file: 's.json', options: defaults }],
    [
      's.json --fund-series',
      { kind: 'run', file: 's.json', options: { ...defaults, fundSeries: true } },
    ],
    [
      's.json --trials 500 --seed 0 --workers 64 --out r.json --csv s.csv --all',
      {
        kind: 'run',
        file: 's.json',
        options: {
          ...defaults,
          trials: 500,
          seed: 0,
          workers: 64,
          out: 'r.json',
          csv: 's.csv',
          all: true,
        },
      },
    ],
    [
      '--trials=20 s.json --ledger-trial 3 --ledger-out=p.csv',
      {
        kind: 'run',
        file: 's.json',
        options: { ...defaults, trials: 20, ledger: { trial: 3, out: 'p.csv' } },
      },
    ],
    [
      'compare a.json b.json --seed 7',
      { kind: 'compare', files: ['a.json', 'b.json'], options: { ...defaults, seed: 7 } },
    ],
    ['-- --odd-name.json', { kind: 'run', file: '--odd-name.json', options: defaults }],
  ])('reads `%s`', (line, command) => {
    expect(parseArgs(words(line))).toEqual({ ok: true, command });
  });

  it('keeps every --set, in order, with its path and JSON-or-text value', () => {
    const result = parseArgs(
      words('s.json --set simulation.years=10 --set id=my-run --set funds.angelFunds.0.x=[1,2]'),
    );
    if (!result.ok || result.command.kind !== 'run') throw new Error(JSON.stringify(result));
    expect(result.command.options.sets.map((s) => [s.pathText, s.value])).toEqual([
      ['simulation.years', 10],
      ['id', 'my-run'],
      ['funds.angelFunds[0].x', [1, 2]],
    ]);
  });

  it.each([
    ['', /give one scenario file .* got none/],
    ['a.json b.json', /give one scenario file .* got 2: a\.json b\.json/],
    ['compare a.json', /compare needs two scenario files.* got 1: a\.json/],
    ['compare a.json b.json c.json', /got 3/],
    ['s.json --trails 5', /unknown flag '--trails'/],
    ['s.json --trails=5', /unknown flag '--trails'/],
    ['s.json -t 5', /unknown flag '-t'/],
    ['s.json --trials', /--trials needs a value \(a number of trials\)$/],
    ['s.json --trials --seed 3', /--trials needs a value .* got the flag --seed/],
    ['s.json --out=', /--out needs a value \(a file path\)/],
    ['s.json --trials 0', /--trials must be a whole number ≥ 1; got '0'/],
    ['s.json --trials 2.5', /--trials must be a whole number ≥ 1; got '2\.5'/],
    ['s.json --trials 1e3', /got '1e3'/],
    ['s.json --trials -4', /--trials must be a whole number ≥ 1; got '-4'/],
    ['s.json --trials ten', /got 'ten'/],
    ['s.json --seed -1', /--seed must be a whole number ≥ 0; got '-1'/],
    ['s.json --workers 0', /--workers must be a whole number from 1 to 64; got '0'/],
    ['s.json --workers 65', /--workers must be a whole number from 1 to 64; got '65'/],
    ['s.json --trials 5 --trials 6', /--trials is given twice/],
    ['s.json --set simulation.seed', /--set needs path=value.* got 'simulation\.seed' \(no '='\)/],
    ['s.json --set =5', /--set =5: expected a field path: .* got "" before '='/],
    ['s.json --set a..b=5', /--set a\.\.b=5: expected a field path.* got "a\.\.b"/],
    ['s.json --set a=1 --set a=2', /--set a is given twice/],
    ['s.json --trials 5 --set simulation.trials=6', /--trials and --set simulation\.trials/],
    ['s.json --seed 5 --set simulation.seed=6', /--seed and --set simulation\.seed/],
    ['s.json --ledger-trial 3', /--ledger-trial needs --ledger-out/],
    ['s.json --ledger-out p.csv', /--ledger-out needs --ledger-trial/],
    ['s.json --ledger-trial -1 --ledger-out p.csv', /--ledger-trial must be a whole number ≥ 0/],
    ['s.json --all=yes', /--all takes no value; got '--all=yes'/],
    ['schema extra', /schema takes no arguments; got extra/],
    ['schema --trials 3', /schema takes no arguments; got --trials 3/],
  ])('rejects `%s`, saying what is wrong', (line, message) => {
    const result = parseArgs(words(line));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['1', 1, 1],
    ['007', 0, 7],
    ['4294967295', 0, 4294967295],
  ])('reads %s (min %s) as %s', (text, min, n) => {
    expect(parseWholeNumber('--x', text, min)).toBe(n);
  });

  it.each(['', ' 1', '1 ', '+1', '0x10', '1_000', '9007199254740993', 'Infinity'])(
    'rejects %j',
    (text) => {
      expect(() => parseWholeNumber('--x', text, 0)).toThrow(`got '${text}'`);
    },
  );
});
