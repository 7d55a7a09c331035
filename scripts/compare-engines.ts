// Is a rewritten engine statistically the same model? Runs the same scenario files through two
// checkouts of the engine (this one and `--old`, e.g. a git worktree of the commit before), the
// same trials each, and compares every headline metric's distribution: a two-sample
// Kolmogorov–Smirnov test at α = 0.01 and the difference of means in standard errors (pass
// within 4). Undefined values (NaN where a metric's definition says so) are compared as a share.
//
//   git worktree add /tmp/old-engine <commit> && ln -s "$PWD/node_modules" /tmp/old-engine/
//   npx tsx scripts/compare-engines.ts --old /tmp/old-engine --trials 2000
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { bundleForNode } from '../src/workers/nodeBundle.ts';

const { values } = parseArgs({
  options: {
    old: { type: 'string' },
    trials: { type: 'string', default: '2000' },
    scenarios: {
      type: 'string',
      default: 'hebei-2022.json,icbc-shibaiqianwan.json,lianyungang.json',
    },
  },
});
if (!values.old) throw new Error('--old <checkout of the engine to compare with> is required');
const trials = Number(values.trials);
if (!Number.isInteger(trials) || trials < 10) throw new Error('--trials must be an integer ≥ 10');
const roots = { old: resolve(values.old), new: resolve(new URL('..', import.meta.url).pathname) };
const scenarioFiles = values.scenarios.split(',');

// One sampler per checkout, bundled from that checkout's own sources: it prints every trial's
// headline metrics of one scenario file (that checkout's copy of it) as one JSON line.
const folder = mkdtempSync(join(tmpdir(), 'compare-engines-'));
function samplerFor(root: string, name: string): string {
  const entry = join(folder, `${name}.ts`);
  writeFileSync(
    entry,
    `import { simulateTrial, trialRecord } from '${root}/src/engine/index.ts';
import { loadScenario } from '${root}/src/cli/loadScenario.ts';
import { HEADLINE_METRICS } from '${root}/src/cli/printSummary.ts';
const [file, from, to] = process.argv.slice(2);
const loaded = loadScenario(file, []);
if (!loaded.ok) throw new Error(loaded.lines.join('\\n'));
const rows = HEADLINE_METRICS.map(() => [] as number[]);
for (let trial = Number(from); trial < Number(to); trial++) {
  const { metrics } = trialRecord(simulateTrial(loaded.scenario, trial));
  HEADLINE_METRICS.forEach((key, k) => rows[k].push(metrics[key] ?? NaN));
}
process.stdout.write(JSON.stringify({ keys: HEADLINE_METRICS, rows: rows.map((r) => r.map(String)) }));
`,
  );
  // loadScenario finds the base files of `extends` beside itself.
  return bundleForNode(pathToFileURL(entry), {
    importMetaUrl: pathToFileURL(join(root, 'src/cli/loadScenario.ts')),
  });
}
const samplers = { old: samplerFor(roots.old, 'old'), new: samplerFor(roots.new, 'new') };

type Sample = Map<string, number[]>;
const run = promisify(execFile);
async function sample(engine: 'old' | 'new', file: string): Promise<Sample> {
  // Two processes a sample, each half the trials: the machine's two cores.
  const half = Math.floor(trials / 2);
  const parts = await Promise.all(
    [
      [0, half],
      [half, trials],
    ].map(([from, to]) =>
      run(
        process.execPath,
        [samplers[engine], join(roots[engine], 'scenarios', file), String(from), String(to)],
        { maxBuffer: 1 << 28 },
      ),
    ),
  );
  const out: Sample = new Map();
  for (const { stdout } of parts) {
    const { keys, rows } = JSON.parse(stdout) as { keys: string[]; rows: string[][] };
    keys.forEach((key, k) => out.set(key, [...(out.get(key) ?? []), ...rows[k]!.map(Number)]));
  }
  return out;
}

/** The two-sample KS statistic D = sup |F_a − F_b| over finite values. */
function ksStatistic(a: number[], b: number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i]! <= v) i++;
    while (j < y.length && y[j]! <= v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

/** Critical D at α = 0.01 (asymptotic: c(α) = √(−ln(α/2)/2) = 1.628). */
function ksCritical(n: number, m: number): number {
  return Math.sqrt(-Math.log(0.01 / 2) / 2) * Math.sqrt((n + m) / (n * m));
}

function meanAndVariance(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, xs.length - 1);
  return { mean, variance };
}

let failures = 0;
let tests = 0;
for (const file of scenarioFiles) {
  const [a, b] = await Promise.all([sample('old', file), sample('new', file)]);
  console.log(`\n${file}: ${trials} trials each, old engine ${roots.old}`);
  console.log(
    `${'metric'.padEnd(46)} ${'mean old'.padStart(13)} ${'mean new'.padStart(13)} ${'Δ/s.e.'.padStart(7)} ${'KS D'.padStart(7)} ${'D crit'.padStart(7)} ${'NaN old/new'.padStart(12)}  verdict`,
  );
  for (const [key, oldValues] of a) {
    const newValues = b.get(key) ?? [];
    const finiteOld = oldValues.filter(Number.isFinite);
    const finiteNew = newValues.filter(Number.isFinite);
    const nanOld = oldValues.length - finiteOld.length;
    const nanNew = newValues.length - finiteNew.length;
    const mo = meanAndVariance(finiteOld);
    const mn = meanAndVariance(finiteNew);
    const se = Math.sqrt(mo.variance / finiteOld.length + mn.variance / finiteNew.length);
    const z = se > 0 ? (mn.mean - mo.mean) / se : mn.mean === mo.mean ? 0 : Infinity;
    const d = ksStatistic(finiteOld, finiteNew);
    const critical = ksCritical(finiteOld.length, finiteNew.length);
    // The undefined share, a proportion: the same 4-s.e. rule.
    const po = nanOld / oldValues.length;
    const pn = nanNew / newValues.length;
    const pooled = (nanOld + nanNew) / (oldValues.length + newValues.length);
    const nanSe = Math.sqrt(pooled * (1 - pooled) * (1 / oldValues.length + 1 / newValues.length));
    const nanOk = nanSe > 0 ? Math.abs(pn - po) / nanSe <= 4 : po === pn;
    const pass = d <= critical && Math.abs(z) <= 4 && nanOk;
    tests++;
    if (!pass) failures++;
    console.log(
      `${key.padEnd(46)} ${mo.mean.toPrecision(6).padStart(13)} ${mn.mean.toPrecision(6).padStart(13)} ${z.toFixed(2).padStart(7)} ${d.toFixed(4).padStart(7)} ${critical.toFixed(4).padStart(7)} ${`${nanOld}/${nanNew}`.padStart(12)}  ${pass ? 'same' : 'DIFFERENT'}`,
    );
  }
}
rmSync(folder, { recursive: true, force: true });
console.log(
  `\n${failures} of ${tests} comparisons reject at α = 0.01 or differ by more than 4 s.e. (at α = 0.01 each, about ${(tests * 0.01).toFixed(1)} rejections are expected by chance alone)`,
);
