// The default run in the browser (issue: the engine at the limit): builds the app, serves the
// build, opens it in Debian's Chromium, clicks Run on the default scenario (1,000 trials, 2 Web
// Workers) and prints when the first partial result showed, when the run completed and the
// longest main-thread task meanwhile. Prints figures, asserts nothing: a benchmark, not a test.
//
//   node --import tsx scripts/bench-browser.ts [--runs 3]
//
// Three lines go to stdout (the median of the runs, then each run); build output and progress go
// to stderr. The machine is shared: read the figures with its load (`uptime`) beside them.
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!(Number.isInteger(runs) && runs >= 1)) {
  console.error(`bench-browser: --runs must be a whole number ≥ 1; got ${values.runs}`);
  process.exit(2);
}

const WORKERS = 2;
const TRIALS = '1000';
const ROOT = new URL('..', import.meta.url).pathname;
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');
// The same Chromium as playwright.config.ts and scripts/ensure-chromium.mjs.
const executablePath = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
].find((p): p is string => typeof p === 'string' && existsSync(p));
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const log = (message: string) => console.error(`bench-browser: ${message}`);
const line = (label: string, value: string) => console.log(`${label.padEnd(64)} ${value}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function runToEnd(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', process.stderr, 'inherit'] });
    child.once('error', reject);
    // Build output belongs on stderr: stdout carries only the figures.
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within 60 s`);
}

/**
 * What the page records of a run, from its first script on. A string, not a function: tsx's
 * transform would add helpers to a function that the page does not have.
 */
const pageProbe = (workers: number) => `
  // The run's worker count comes from the machine's cores: pin it to the figure's ${workers}.
  Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${workers} });
  const marks = { click: -1, firstView: -1, done: -1, longTasks: [] };
  window.benchMarks = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('[data-testid="run"]'))
      marks.click = performance.now();
  }, true);
  // The first result the user can read (the headline cards) and the end of the run, stamped
  // when the page changes rather than when a poll from outside notices.
  new MutationObserver(() => {
    if (marks.click < 0) return;
    if (marks.firstView < 0 && document.querySelector('[data-testid="cards"]'))
      marks.firstView = performance.now();
    const status = document.querySelector('main')?.getAttribute('data-run-status');
    if (marks.done < 0 && status === 'done') marks.done = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

/** Times in ms from the click on Run; each long task as [start, duration]. */
type Measurement = { firstViewMs: number; completeMs: number; longTasks: [number, number][] };

/**
 * One default run on a fresh page: times from the click on Run, as the page saw them. `warm`: the
 * click waits until the page has warmed its workers up (what a user who reads the page first
 * gets); otherwise it comes as soon as the page shows the trials field.
 */
async function measure(browser: Browser, url: string, warm: boolean): Promise<Measurement> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(pageProbe(WORKERS));
    await page.goto(url);
    const trials = page.getByTestId('trials');
    await trials.waitFor();
    const shown = await trials.inputValue();
    if (shown !== TRIALS)
      throw new Error(`the default scenario should have ${TRIALS} trials; the page shows ${shown}`);
    if (warm) await page.locator('main[data-pool="warm"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('run').click();
    await page.locator('main[data-run-status="done"]').waitFor({ timeout: 600_000 });
    const marks = (await page.evaluate('window.benchMarks')) as {
      click: number;
      firstView: number;
      done: number;
      longTasks: [number, number][];
    };
    if (marks.click < 0 || marks.firstView < 0 || marks.done < 0)
      throw new Error(`the page did not report the run's marks: ${JSON.stringify(marks)}`);
    return {
      firstViewMs: marks.firstView - marks.click,
      completeMs: marks.done - marks.click,
      longTasks: marks.longTasks
        .filter(([start]) => start >= marks.click && start <= marks.done)
        .map(([start, duration]) => [start - marks.click, duration]),
    };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const each = (xs: number[], format: (x: number) => string) =>
  xs.length > 1 ? ` (runs: ${xs.map(format).join(', ')})` : '';

async function main(): Promise<void> {
  if (!executablePath)
    throw new Error(
      'no Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH',
    );
  const outDir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  const stop = () => {
    if (server && server.exitCode === null) server.kill('SIGTERM');
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    log(`building the app into ${outDir}…`);
    await runToEnd(VITE, ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    server = spawn(
      VITE,
      [
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--strictPort',
        '--outDir',
        outDir,
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    await waitForServer(url, server);
    browser = await chromium.launch({ executablePath, args: ARGS });
    // Warm and cold runs in turn, so the machine's load falls on both alike.
    const results = { warm: [] as Measurement[], cold: [] as Measurement[] };
    for (let i = 0; i < runs; i++)
      for (const kind of ['warm', 'cold'] as const) {
        const m = await measure(browser, url, kind === 'warm');
        log(
          `${kind} run ${i + 1}/${runs}: first view ${seconds(m.firstViewMs)}, complete ${seconds(m.completeMs)}, ` +
            `long tasks ${m.longTasks.map(([at, d]) => `${Math.round(d)} ms at ${seconds(at)}`).join(', ') || 'none'}`,
        );
        results[kind].push(m);
      }
    const label = `browser, default run (1,000 trials, ${WORKERS} workers)`;
    const firstViews = (kind: keyof typeof results) => results[kind].map((m) => m.firstViewMs);
    const completes = (kind: keyof typeof results) => results[kind].map((m) => m.completeMs);
    const all = [...results.warm, ...results.cold];
    const longest = all.map((m) => Math.max(0, ...m.longTasks.map(([, d]) => d)));
    const counts = all.map((m) => m.longTasks.length);
    // The Long Tasks API reports only tasks over 50 ms: below that the longest is not known.
    const ms = (x: number) => (x > 0 ? `${Math.round(x)} ms` : '< 50 ms');
    line(
      `${label}: first partial result (target ≤ 0.3 s)`,
      seconds(median(firstViews('warm'))) + each(firstViews('warm'), seconds),
    );
    line(
      `${label}: complete (target ≤ 2 s)`,
      seconds(median(completes('warm'))) + each(completes('warm'), seconds),
    );
    line(
      `the same, Run clicked before the workers warmed up: first partial`,
      seconds(median(firstViews('cold'))) + each(firstViews('cold'), seconds),
    );
    line(
      `the same, Run clicked before the workers warmed up: complete`,
      seconds(median(completes('cold'))) + each(completes('cold'), seconds),
    );
    line(
      `${label}: longest main-thread task (target ≤ 50 ms)`,
      `${ms(median(longest))} (${median(counts)} tasks over 50 ms, warm and cold)${each(longest, ms)}`,
    );
  } finally {
    await browser?.close();
    stop();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench-browser: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
