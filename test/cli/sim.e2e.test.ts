import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_CSV_COLUMNS } from '../../src/engine/index.ts';
import {
  ComparisonResultSchema,
  ledgerToCSV,
  parseScenario,
  RunResultSchema,
  scenarioHash,
  scenarioJsonSchema,
  simulateTrial,
} from '../../src/engine/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sim-e2e-'));
const file = (name: string) => join(dir, name);

type Outcome = { code: number | null; stdout: string; stderr: string };

/** Runs the command line as `npm run sim -- …` starts it, from the repository root. */
function sim(...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/sim.mjs', ...args], {
      cwd: root,
      env: { ...process.env, MALLOC_ARENA_MAX: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The default scenario cut to four years, so a run of a few blocks takes seconds. */
function writeScenarios() {
  const json = JSON.parse(readFileSync(join(root, 'scenarios/hebei-2022.json'), 'utf8'));
  json.simulation.years = 4;
  writeFileSync(file('small.json'), JSON.stringify(json));
  json.id = 'small-no-concession';
  json.concession.enabled = false;
  writeFileSync(file('small-b.json'), JSON.stringify(json));
}

function withoutRun(path: string): unknown {
  const { run: _run, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return rest;
}

beforeAll(writeScenarios);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run sim', () => {
  // 150 trials: three blocks of 64, the last one short, so the worker counts really split work.
  const TRIALS = 150;
  const LEDGER_TRIAL = 5;

  it('runs a scenario on worker threads, writing the result JSON, the summary CSV and a trial’s ledger; 1 and 2 workers agree', async () => {
    const [two, one] = await Promise.all([
      sim(
        file('small.json'),
        '--trials',
        String(TRIALS),
        '--workers',
        '2',
        '--out',
        file('r2.json'),
        '--csv',
        file('summary.csv'),
        '--ledger-trial',
        String(LEDGER_TRIAL),
        '--ledger-out',
        file('postings.csv'),
      ),
      sim(file('small.json'), `--trials=${TRIALS}`, '--workers', '1', '--out', file('r1.json')),
    ]);
    expect(two.code, two.stderr).toBe(0);
    expect(one.code, one.stderr).toBe(0);

    // Progress and the files written go to stderr; the table to stdout.
    expect(two.stderr).toContain(`hebei-2022: ${TRIALS} trials, seed 2022, 2 worker threads`);
    expect(two.stderr).toMatch(new RegExp(`${TRIALS}/${TRIALS} trials 100%`));
    expect(two.stderr).toContain(`wrote ${file('postings.csv')}`);
    expect(two.stdout).toMatch(/^guidanceFund\.tvpi +\d/m);

    const result = RunResultSchema.parse(JSON.parse(readFileSync(file('r2.json'), 'utf8')));
    const parsed = parseScenario(readFileSync(file('small.json'), 'utf8'));
    if (!parsed.ok) throw new Error('small.json does not parse');
    const scenario = {
      ...parsed.scenario,
      simulation: { ...parsed.scenario.simulation, trials: TRIALS },
    };
    expect([result.trials, result.seed, result.run.workers]).toEqual([TRIALS, 2022, 2]);
    expect(result.scenarioHash).toBe(scenarioHash(scenario));

    const csv = readFileSync(file('summary.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe(SUMMARY_CSV_COLUMNS.join(','));
    expect(csv.slice(1).map((r) => r.split(',')[0])).toEqual(Object.keys(result.metrics));
    for (const row of csv.slice(1)) {
      const [key, mean] = row.split(',');
      expect(mean === '' ? null : Number(mean), key).toBe(result.metrics[key!]!.mean);
    }

    expect(readFileSync(file('postings.csv'), 'utf8')).toBe(
      ledgerToCSV(simulateTrial(scenario, LEDGER_TRIAL).ledger),
    );

    expect(withoutRun(file('r1.json'))).toEqual(withoutRun(file('r2.json')));
  }, 180_000);

  it('compares two scenarios with common random numbers', async () => {
    const { code, stdout, stderr } = await sim(
      'compare',
      file('small.json'),
      file('small-b.json'),
      '--trials',
      '64',
      '--workers',
      '2',
      '--out',
      file('compare.json'),
    );
    expect(code, stderr).toBe(0);
    const result = ComparisonResultSchema.parse(
      JSON.parse(readFileSync(file('compare.json'), 'utf8')),
    );
    expect([result.a.scenarioId, result.b.scenarioId, result.trials]).toEqual([
      'hebei-2022',
      'small-no-concession',
      64,
    ]);
    // Only the concession differs, so the firms' fates are the same trial by trial.
    expect(result.metrics['firms.arrived']!.difference).toMatchObject({ mean: 0, stderr: 0 });
    expect(stdout).toMatch(/^metric +a +b +a − b +stderr/m);
    expect(stdout).toMatch(/^concession\.amountCNY .*\*$/m);
    // The summary says what differs and by how much, from b to a, in both languages.
    expect(stdout).toMatch(
      /^Summary \(from b to a\):\n {2}Changing concession\.enabled from off to on: the mean of /m,
    );
    expect(stdout).toMatch(/^ {2}concession\.enabled 从 关 改为 开：/m);
  }, 180_000);

  it('prints the scenario format as JSON Schema', async () => {
    const { code, stdout } = await sim('schema');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(scenarioJsonSchema());
  }, 60_000);

  it.each([
    [
      ['--trials', '0', 'x.json'],
      /^error: --trials must be a whole number ≥ 1; got '0'\nRun `npm run sim -- --help`/,
    ],
    [['x.json', '--wokers', '2'], /^error: unknown flag '--wokers'/],
    [
      ['does-not-exist.json'],
      /^error: cannot read does-not-exist\.json: no such file or directory/,
    ],
    [
      ['SMALL', '--set', 'simulation.years=99', '--set', 'id=Not An Id', '--seed', '4294967296'],
      /is not a valid scenario: 3 problems\n {2}id: .*\n {2}simulation\.seed: .*got 4294967296\n {2}simulation\.years: expected a number ≤ 40, got 99\n$/,
    ],
    [
      ['SMALL', '--set', 'simulation.sead=1'],
      /no field 'sead' in simulation; the fields there are trials, seed, years/,
    ],
    [
      ['SMALL', '--out', '/no/such/dir/r.json'],
      /--out \/no\/such\/dir\/r\.json: the directory \/no\/such\/dir does not exist/,
    ],
  ])(
    'refuses %j with exit status 2 and says why',
    async (args, message) => {
      const { code, stdout, stderr } = await sim(
        ...args.map((a) => (a === 'SMALL' ? file('small.json') : a)),
      );
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.slice(stderr.indexOf('error:'))).toMatch(message);
    },
    60_000,
  );
});
