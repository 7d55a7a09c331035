import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SeekResultSchema,
  SWEEP_CSV_COLUMNS,
  SweepResultSchema,
  TornadoResultSchema,
} from '../../src/engine/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'explore-e2e-'));
const file = (name: string) => join(dir, name);

type Outcome = { code: number | null; stdout: string; stderr: string };

/** Runs `npx tsx src/cli/sim.ts …` as a user would, from the repository root. */
function sim(...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/sim.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const TAU = 'bank.tolerance.nplToleranceShare';

beforeAll(() => {
  // The default scenario cut to four years, so a few runs take seconds.
  const json = JSON.parse(readFileSync(join(root, 'scenarios/hebei-2022.json'), 'utf8'));
  json.simulation.years = 4;
  writeFileSync(file('small.json'), JSON.stringify(json));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run sim -- sweep | tornado | seek', () => {
  it('sweeps τ with common random numbers: the same firm fates at every point, loans moving, a JSON and a CSV that parse', async () => {
    const run = await sim(
      'sweep',
      file('small.json'),
      '--param',
      `${TAU}=0.015,0.03,0.06`,
      '--metric',
      'bank.loansCNY',
      '--metric',
      'firms.failed',
      '--trials',
      '64',
      '--workers',
      '2',
      '--out',
      file('sweep.json'),
      '--csv',
      file('sweep.csv'),
    );
    expect(run.code, run.stderr).toBe(0);
    const result = SweepResultSchema.parse(JSON.parse(readFileSync(file('sweep.json'), 'utf8')));
    expect(result.points.map((p) => p.values[0])).toEqual([0.015, 0.03, 0.06]);
    for (const point of result.points) {
      expect(point.metrics['firms.failed']!.stats).toEqual(
        result.points[0]!.metrics['firms.failed']!.stats,
      );
      expect(point.metrics['firms.arrived']!.difference).toMatchObject({ mean: 0, stderr: 0 });
    }
    const rows = csvParse(readFileSync(file('sweep.csv'), 'utf8'));
    expect(rows.columns).toEqual(['point', 'base', TAU, ...SWEEP_CSV_COLUMNS]);
    // A row per point and metric, then per fiscal yuan at the two points that are not the base.
    const perYuan = rows.filter((r) => r.metric!.startsWith('perFiscalYuan.'));
    expect(rows.length - perYuan.length).toBe(3 * Object.keys(result.points[0]!.metrics).length);
    expect(new Set(perYuan.map((r) => r.point))).toEqual(new Set(['1', '2']));
    const loans = rows.filter((r) => r.metric === 'bank.loansCNY');
    expect(loans.map((r) => Number(r[TAU]))).toEqual([0.015, 0.03, 0.06]);
    expect(loans.map((r) => Number(r.mean))).toEqual(
      result.points.map((p) => p.metrics['bank.loansCNY']!.stats.mean),
    );
    // The table, the point lines and the summary in both languages.
    expect(run.stdout).toMatch(/bank\.loansCNY — Loans made \(mean\)/);
    expect(run.stdout).toMatch(
      /Raising the NPL tolerance τ from 1\.5% to 6%: the mean of loans made/,
    );
    expect(run.stdout).toMatch(/不良容忍度 τ 从 1\.5% 提高到 6%：贷款发放额均值/);
    expect(run.stderr).toMatch(
      /point 1\/3 \(base\), bank\.tolerance\.nplToleranceShare = 1\.5%: bank\.loansCNY mean/,
    );
  });

  it('runs a tornado over chosen parameters, bars sorted by effect', async () => {
    const run = await sim(
      'tornado',
      file('small.json'),
      '--metric',
      'bank.loansCNY',
      '--param',
      TAU,
      '--param',
      'bank.approvalShare=0.6..0.9',
      '--param',
      'concession.angelStageShare',
      '--trials',
      '16',
      '--out',
      file('tornado.json'),
    );
    expect(run.code, run.stderr).toBe(0);
    const result = TornadoResultSchema.parse(
      JSON.parse(readFileSync(file('tornado.json'), 'utf8')),
    );
    expect(result.bars).toHaveLength(3);
    const sizes = result.bars.map((b) => Math.abs(b.effect!.value));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(result.bars.find((b) => b.parameter.pathText === 'bank.approvalShare')).toMatchObject({
      low: 0.6,
      high: 0.9,
    });
    expect(run.stdout).toMatch(/tornado of bank\.loansCNY/);
  });

  it('seeks the guidance share that commits CNY 540M (0.35 by hand), and says when a target is out of reach', async () => {
    const [found, far] = await Promise.all([
      sim(
        'seek',
        file('small.json'),
        '--param',
        'funds.angelFunds[*].guidanceFundShare=0.2..0.4',
        '--target',
        'guidanceFund.committedCNY:mean=540000000',
        '--trials',
        '8',
        '--out',
        file('seek.json'),
      ),
      sim(
        'seek',
        file('small.json'),
        '--param',
        'funds.angelFunds[*].guidanceFundShare=0.2..0.4',
        '--target',
        'guidanceFund.committedCNY:mean=900000000',
        '--trials',
        '8',
      ),
    ]);
    expect(found.code, found.stderr).toBe(0);
    const result = SeekResultSchema.parse(JSON.parse(readFileSync(file('seek.json'), 'utf8')));
    expect(result.status).toBe('found');
    expect(result.value!).toBeCloseTo(0.35, 9);
    expect(found.stdout).toMatch(/found: funds\.angelFunds\[\*\]\.guidanceFundShare = 0\.35/);
    expect(far.code, far.stderr).toBe(0);
    expect(far.stdout).toMatch(/not reachable in this range/);
    expect(far.stdout).toMatch(/达不到目标/);
  });

  it.each([
    [
      ['sweep', '--param', 'bank.tolerance.tau=0.01,0.02'],
      /^error: --param bank\.tolerance\.tau=0\.01,0\.02: expected the path of a field of the scenario \(no field 'tau' in bank\.tolerance;.*got "bank\.tolerance\.tau"$/,
    ],
    [
      ['sweep', '--param', `${TAU}=0.015,2`],
      /^error: --param bank\.tolerance\.nplToleranceShare=0\.015,2: the value 2 makes no valid scenario: .*expected a number ≤ 1.*got 2$/,
    ],
    [
      ['sweep', '--param', `${TAU}=0..0.06:7`, '--param', 'concession.angelStageShare=0,0.4'],
      /^error: --param .*: expected at most 6 values \(a grid of two parameters is at most 6 × 6\), got 7$/,
    ],
    [
      ['sweep', '--param', `${TAU}=0.01,0.02`, '--metric', 'bank.loans'],
      /^error: --metric bank\.loans: expected a metric this scenario reports \(such as .*\), got "bank\.loans"$/,
    ],
    [
      ['tornado', '--stat', 'median'],
      /^error: --stat median: expected one of the statistics mean, p5, p25, p50, p75, p95, got "median"$/,
    ],
    [
      [
        'seek',
        '--param',
        'concession.angelStageShare=0..0.8',
        '--target',
        'angelFunds.privateLP.irr:p51=0.08',
      ],
      /^error: --target angelFunds\.privateLP\.irr:p51=0\.08: expected one of the statistics .*, got "p51"$/,
    ],
    [
      [
        'seek',
        '--param',
        'concession.angelStageShare=0..0.8',
        '--target',
        'angelFunds.privateLP.irr=0.08',
      ],
      /^error: --target needs KEY:STAT=VALUE, e\.g\. angelFunds\.privateLP\.irr:p50=0\.08; got 'angelFunds\.privateLP\.irr=0\.08'$/,
    ],
  ])(
    'refuses %j with one line naming the flag, exit status 2, writing nothing',
    async (args, message) => {
      const [command, ...flags] = args;
      const out = file(`never-${args.join('').replace(/\W/g, '').slice(0, 40)}.json`);
      const run = await sim(command!, file('small.json'), ...flags, '--trials', '4', '--out', out);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toMatch(message);
      expect(existsSync(out)).toBe(false);
    },
  );
});
