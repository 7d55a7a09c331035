import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../../src/cli/shards/mergeCommand.ts';
import { sealShard, ShardFileSchema } from '../../src/cli/shards/shardFile.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'shards-e2e-'));
const file = (name: string) => join(dir, name);

type Outcome = { code: number | null; stdout: string; stderr: string };

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

/** A result file's text up to its `run` block (written last), the part that must not differ. */
const beforeRun = (path: string) => {
  const text = readFileSync(path, 'utf8');
  return text.slice(0, text.lastIndexOf('\n  "run": {'));
};

/** Three blocks of 64 trials of the default scenario cut to four years, in three shards. */
const TRIALS = '192';
const shard = (i: number, out: string, ...flags: string[]) =>
  sim('shard', file('small.json'), '--trials', TRIALS, '--shard', `${i}/3`, '--out', out, ...flags);
const errorLines = (run: Outcome) => run.stderr.split('\n').filter((l) => l.startsWith('error: '));

beforeAll(async () => {
  const json = JSON.parse(readFileSync(join(root, 'scenarios/hebei-2022.json'), 'utf8'));
  json.simulation.years = 4;
  writeFileSync(file('small.json'), JSON.stringify(json));
  const runs = await Promise.all([
    ...[0, 1, 2].map((i) => shard(i, file(`shard-${i}.json`))),
    sim(file('small.json'), '--trials', TRIALS, '--out', file('single.json')),
  ]);
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run sim -- shard … and merge …', () => {
  it('merges shards, given in any order, into the single-process result byte for byte but for "run"', async () => {
    const merged = await sim(
      'merge',
      ...[2, 0, 1].map((i) => file(`shard-${i}.json`)),
      '--out',
      file('merged.json'),
    );
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toMatch(/^shards present: 0, 1, 2 of 3$/m);
    expect(beforeRun(file('merged.json'))).toBe(beforeRun(file('single.json')));
    expect(beforeRun(file('merged.json')).length).toBeGreaterThan(10_000);
  });

  it('writes in each shard its blocks, trial range, run, engine version and a checksum', () => {
    const shard1 = ShardFileSchema.parse(JSON.parse(readFileSync(file('shard-1.json'), 'utf8')));
    expect(shard1).toMatchObject({
      format: 'fund-chain-shard/2',
      fundSeries: false,
      kind: 'run',
      engineVersion: '0.1.0',
      scenarioId: 'hebei-2022',
      seed: 2022,
      trials: 192,
      shard: { index: 1, count: 3 },
      blocks: { start: 1, end: 2 },
      trialRange: { start: 64, end: 128 },
    });
    expect(shard1.runs.map((r) => r.data.map((d) => d.block))).toEqual([[1]]);
    expect(shard1.sweep).toBeNull();
    expect(shard1.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses shards of different runs, overlapping or missing ones and damaged files, each with its own message (exit 2)', async () => {
    const edited = (name: string, change: (shard: Record<string, unknown>) => void) => {
      const json = JSON.parse(readFileSync(file('shard-2.json'), 'utf8'));
      change(json);
      const { checksum: _old, ...content } = json;
      writeFileSync(file(name), JSON.stringify(sealShard(content)));
      return file(name);
    };
    const otherVersion = edited('version.json', (s) => (s.engineVersion = '0.0.9'));
    const others = await Promise.all([
      shard(2, file('seed.json'), '--seed', '7'),
      shard(2, file('scenario.json'), '--set', 'bank.approvalShare=0.7'),
      shard(2, file('fund-series.json'), '--fund-series'),
    ]);
    for (const other of others) expect(other.code, other.stderr).toBe(0);
    copyFileSync(file('shard-1.json'), file('shard-1-again.json'));
    const text = readFileSync(file('shard-2.json'), 'utf8');
    writeFileSync(file('truncated.json'), text.slice(0, text.length / 2));
    // One character of the data changed: valid JSON of the right shape, but not what was written.
    const at = text.indexOf('"data":"') + 20;
    writeFileSync(
      file('flipped.json'),
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1),
    );

    const cases: Array<[string[], RegExp]> = [
      [
        [otherVersion],
        /version\.json has engine version 0\.0\.9 but .*shard-0\.json has engine version 0\.1\.0: shards of different runs cannot be merged/,
      ],
      [
        [file('seed.json')],
        /seed\.json has seed 7 but .*shard-0\.json has seed 2022: shards of different runs/,
      ],
      [
        [file('fund-series.json')],
        /fund-series\.json has per-fund series kept \(--fund-series\) but .*shard-0\.json has per-fund series not kept: shards of different runs/,
      ],
      [
        [file('scenario.json')],
        /scenario\.json has scenario hebei-2022 \(hash [0-9a-f]{12}…\) but .*shard-0\.json has scenario hebei-2022 \(hash [0-9a-f]{12}…\)/,
      ],
      [
        [file('shard-2.json'), file('shard-1-again.json')],
        /shard-1\.json and .*shard-1-again\.json overlap: both are shard 1 of 3 \(trials 64–127\)/,
      ],
      [[], /missing trials 128–191: shard 2 of 3 is not among the files; run it \(--shard 2\/3\)/],
      [[file('truncated.json')], /truncated\.json is damaged: not valid JSON/],
      [[file('flipped.json')], /flipped\.json is damaged: its checksum does not match its content/],
    ];
    // In this process (the spawned merge above covers the command line's wiring): the same
    // function, without a start-up each.
    for (const [extra, message] of cases) {
      const out = file('never.json');
      let stderr = '';
      const io = {
        stdout: { write: () => true },
        stderr: { write: (t: string) => (stderr += t), isTTY: false },
      };
      const code = await mergeShards(
        [file('shard-0.json'), file('shard-1.json'), ...extra],
        out,
        io,
      );
      expect(code, stderr).toBe(2);
      expect(
        stderr.split('\n').filter((l) => l.startsWith('error: ')),
        stderr,
      ).toEqual([expect.stringMatching(message)]);
      expect(() => readFileSync(out)).toThrow();
    }
  }, 120_000);

  it('reruns a shard in place: the merge is the same', async () => {
    const again = await shard(1, file('shard-1.json'));
    expect(again.code, again.stderr).toBe(0);
    const merged = await sim(
      'merge',
      ...[0, 1, 2].map((i) => file(`shard-${i}.json`)),
      '--out',
      file('merged-again.json'),
    );
    expect(merged.code, merged.stderr).toBe(0);
    expect(beforeRun(file('merged-again.json'))).toBe(beforeRun(file('single.json')));
  }, 60_000);

  it('shards a sweep: every run of it cut the same way, merged into the file `sweep --out` writes', async () => {
    const param = ['--param', 'bank.tolerance.nplToleranceShare=0.015,0.06'];
    const runs = await Promise.all([
      ...[0, 1].map((i) =>
        sim(
          'shard',
          'sweep',
          file('small.json'),
          ...param,
          '--trials',
          '128',
          '--shard',
          `${i}/2`,
          '--out',
          file(`sweep-${i}.json`),
        ),
      ),
      sim('sweep', file('small.json'), ...param, '--trials', '128', '--out', file('sweep.json')),
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const merged = await sim(
      'merge',
      file('sweep-1.json'),
      file('sweep-0.json'),
      '--out',
      file('sweep-merged.json'),
    );
    expect(merged.code, merged.stderr).toBe(0);
    expect(beforeRun(file('sweep-merged.json'))).toBe(beforeRun(file('sweep.json')));
    // A sweep's shard and a run's shard are not parts of one thing.
    const mixed = await sim(
      'merge',
      file('sweep-0.json'),
      file('shard-1.json'),
      '--out',
      file('never.json'),
    );
    expect(mixed.code).toBe(2);
    expect(errorLines(mixed)).toEqual([
      expect.stringMatching(
        /shard-1\.json has kind run but .*sweep-0\.json has kind sweep: shards of different runs/,
      ),
    ]);
  }, 120_000);

  it.each([
    [
      ['shard', 'x.json', '--shard', '3/3', '--out', 'o.json'],
      /^error: --shard 3\/3: I counts from 0, so it must be from 0 to 2; got 3$/,
    ],
    [
      ['shard', 'x.json', '--shard', '1of3', '--out', 'o.json'],
      /^error: --shard needs I\/K, shard I of K counted from 0 \(e\.g\. 0\/4\); got '1of3'$/,
    ],
    [['shard', 'x.json', '--out', 'o.json'], /^error: shard needs --shard I\/K/],
    [['shard', 'x.json', '--shard', '0/2'], /^error: shard needs --out shard-I\.json/],
    [['x.json', '--shard', '0/2'], /^error: --shard is for shard; got it with a run$/],
    [
      [
        'shard',
        'sweep',
        'x.json',
        '--param',
        'bank.tau=0.01,0.02',
        '--shard',
        '0/2',
        '--out',
        'o.json',
        '--fund-series',
      ],
      /^error: --fund-series is for a run or a shard of one; got it with shard sweep$/,
    ],
    [['merge', 'a.json'], /^error: merge needs --out result\.json/],
    [
      ['merge', 'a.json', '--trials', '5', '--out', 'o.json'],
      /^error: merge takes shard files and --out only; got --trials$/,
    ],
  ])('refuses %j in one line, exit status 2', async (args, message) => {
    const run = await sim(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(message);
  });
});
