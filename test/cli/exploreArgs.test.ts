import { describe, expect, it } from 'vitest';
import {
  evenlySpaced,
  parseBase,
  parseSeekParam,
  parseSweepParam,
  parseTarget,
  parseTornadoParam,
} from '../../src/cli/exploreArgs.ts';
import { parseArgs } from '../../src/cli/parseArgs.ts';

const words = (line: string) => line.split(' ');

describe('the flags of sweep, tornado and seek', () => {
  it.each([
    ['bank.tolerance.nplToleranceShare=0.015,0.03,0.045,0.06', [0.015, 0.03, 0.045, 0.06]],
    ['concession.angelStageShare=0..0.6:4', [0, 0.2, 0.4, 0.6]],
    ['concession.angelStageShare=0.1..0.3:3', [0.1, 0.2, 0.3]],
    ['bank.enabled=true,false', [true, false]],
    ['bank.tolerance.response.rule=stop,"smooth"', ['stop', 'smooth']],
    ['funds.angelFunds[*].guidanceFundShare=0.2,3e-1', [0.2, 0.3]],
  ])('reads the sweep parameter %s', (text, values) => {
    const parsed = parseSweepParam(text);
    expect(parsed.ok && parsed.value.values).toEqual(values);
  });

  it('spaces the points of a range evenly, ends included, without float dust', () => {
    expect(evenlySpaced(0, 0.3, 4)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(evenlySpaced(0.015, 0.06, 4)).toEqual([0.015, 0.03, 0.045, 0.06]);
  });

  it.each([
    [
      'bank.tolerance.nplToleranceShare',
      /--param needs PATH=V1,V2,… or PATH=LOW\.\.HIGH:STEPS; got 'bank\.tolerance\.nplToleranceShare' \(no '='\)/,
    ],
    ['a..b=1,2', /--param a\.\.b=1,2: expected a field path: .* got "a\.\.b" before '='/],
    ['x=', /expected values V1,V2,… or LOW\.\.HIGH:STEPS after '='; got none/],
    ['x=1,,2', /got an empty one in '1,,2'/],
    ['x=0..1', /expected LOW\.\.HIGH:STEPS .*; got '0\.\.1' \(no ':STEPS'\)/],
    ['x=0..1:1', /STEPS must be a whole number of points from 2 to 12; got '1'/],
    ['x=0..1:13', /got '13'/],
    ['x=0..1:2.5', /got '2\.5'/],
    ['x=1..0:3', /expected LOW < HIGH in LOW\.\.HIGH; got 1\.\.0/],
    ['x=a..1:3', /expected LOW\.\.HIGH:STEPS with two numbers, e\.g\. 0\.\.0\.8; got 'a\.\.1'/],
  ])('refuses the sweep parameter %s', (text, message) => {
    const parsed = parseSweepParam(text);
    expect(parsed.ok || parsed.message).toMatch(message);
  });

  it('reads a tornado parameter with a range or alone, and a goal seek’s range', () => {
    const withRange = parseTornadoParam('bank.approvalShare=0.6..0.9');
    expect(withRange.ok && withRange.value.range).toEqual({ low: 0.6, high: 0.9 });
    const alone = parseTornadoParam('bank.approvalShare');
    expect(alone.ok && alone.value.range).toBeNull();
    const seek = parseSeekParam('concession.angelStageShare=0..0.8');
    expect(seek.ok && [seek.value.low, seek.value.high]).toEqual([0, 0.8]);
    const noRange = parseSeekParam('concession.angelStageShare');
    expect(noRange.ok || noRange.message).toMatch(/--param needs PATH=LOW\.\.HIGH/);
    const list = parseSeekParam('concession.angelStageShare=0,0.8');
    expect(list.ok || list.message).toMatch(/expected LOW\.\.HIGH with two numbers/);
  });

  it.each([
    [
      'angelFunds.privateLP.irr:p50=0.08',
      { metric: 'angelFunds.privateLP.irr', statistic: 'p50', value: 0.08 },
    ],
    [
      'treasury.netCostCashPVCNY:mean=-1e8',
      { metric: 'treasury.netCostCashPVCNY', statistic: 'mean', value: -1e8 },
    ],
  ])('reads the target %s', (text, target) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: { text, ...target } });
  });

  it.each([
    ['angelFunds.privateLP.irr=0.08', /--target needs KEY:STAT=VALUE/],
    [':p50=0.08', /--target needs KEY:STAT=VALUE/],
    ['x:=0.08', /--target needs KEY:STAT=VALUE/],
    ['x:p50=', /expected a number after '='; got ''/],
    ['x:p50=8%', /expected a number after '='; got '8%'/],
  ])('refuses the target %s', (text, message) => {
    const parsed = parseTarget(text);
    expect(parsed.ok || parsed.message).toMatch(message);
  });

  it('reads a base point, one value per parameter', () => {
    expect(parseBase('0.045,0.4')).toEqual({ ok: true, value: [0.045, 0.4] });
    const bad = parseBase('0.045,');
    expect(bad.ok || bad.message).toMatch(/--base needs one value per swept parameter/);
  });
});

describe('parseArgs for sweep, tornado and seek', () => {
  it('reads a sweep with two parameters, metrics, a base and a statistic', () => {
    const parsed = parseArgs(
      words(
        'sweep s.json --param bank.tolerance.nplToleranceShare=0.015,0.03 --param concession.angelStageShare=0..0.6:3 --metric bank.loansCNY --metric bank.lossCNY --base 0.03,0.3 --stat p50 --trials 200 --out o.json --csv o.csv',
      ),
    );
    if (!parsed.ok || parsed.command.kind !== 'sweep') throw new Error(JSON.stringify(parsed));
    const { sweep, options, file } = parsed.command;
    expect(file).toBe('s.json');
    expect(sweep.params.map((p) => [p.pathText, p.values])).toEqual([
      ['bank.tolerance.nplToleranceShare', [0.015, 0.03]],
      ['concession.angelStageShare', [0, 0.3, 0.6]],
    ]);
    expect(sweep.metrics).toEqual(['bank.loansCNY', 'bank.lossCNY']);
    expect(sweep.base).toEqual({ text: '0.03,0.3', values: [0.03, 0.3] });
    expect(sweep.stat).toBe('p50');
    expect([options.trials, options.out, options.csv]).toEqual([200, 'o.json', 'o.csv']);
  });

  it('reads a tornado and a goal seek', () => {
    const tornado = parseArgs(
      words('tornado s.json --metric bank.loansCNY --param bank.approvalShare'),
    );
    expect(tornado.ok && tornado.command.kind === 'tornado' && tornado.command.tornado.metric).toBe(
      'bank.loansCNY',
    );
    const seek = parseArgs(
      words(
        'seek s.json --param concession.angelStageShare=0..0.8 --target angelFunds.privateLP.irr:p50=0.08 --runs 10',
      ),
    );
    if (!seek.ok || seek.command.kind !== 'seek') throw new Error(JSON.stringify(seek));
    expect(seek.command.seek.runs).toBe(10);
    expect(seek.command.seek.target.statistic).toBe('p50');
  });

  it.each([
    ['sweep s.json', /sweep needs --param PATH=V1,V2,…/],
    ['sweep', /sweep needs one scenario file; got none/],
    ['sweep a.json b.json --param x=1,2', /sweep needs one scenario file; got 2: a\.json b\.json/],
    [
      'sweep s.json --param x=1,2 --ledger-trial 1 --ledger-out p.csv',
      /--ledger-trial is for a run or compare; got it with sweep/,
    ],
    ['sweep s.json --param x=1,2 --all', /--all is for a run or compare; got it with sweep/],
    ['tornado s.json --fund-series', /--fund-series is for a run or compare; got it with tornado/],
    ['sweep s.json --param x=1,2 --target a:p50=1', /--target is for seek; got it with sweep/],
    ['sweep s.json --param x=1,2 --base 1 --base 2', /--base is given twice/],
    ['tornado s.json --metric a --metric b', /tornado takes one --metric; got 2: a b/],
    ['tornado s.json --base 1', /--base is for sweep; got it with tornado/],
    ['seek s.json --target a:p50=1', /seek needs one --param PATH=LOW\.\.HIGH; got 0/],
    ['seek s.json --param x=0..1', /seek needs --target KEY:STAT=VALUE/],
    [
      'seek s.json --param x=0..1 --target a:p50=1 --runs 2',
      /--runs must be a whole number from 3 to 20; got '2'/,
    ],
    [
      'seek s.json --param x=0..1 --target a:p50=1 --metric a',
      /--metric is for sweep and tornado; got it with seek/,
    ],
    ['s.json --param x=1,2', /--param is for sweep, tornado and seek; got it with a run/],
    ['compare a.json b.json --stat p50', /--stat is for sweep and tornado; got it with compare/],
  ])('rejects `%s`, naming the flag', (line, message) => {
    const result = parseArgs(words(line));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
