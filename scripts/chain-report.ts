// A command-line report of a scenario over many trials: the key fund and chain metrics, the firm
// funnel of angel-stage arrivals, and the deal multiples of the angel sub-funds, each next to the
// public figure the default scenario is calibrated to (CALIBRATION.md).
//
//   npx tsx scripts/chain-report.ts [scenario.json] [--trials N] [--seed S]
//
// Defaults: scenarios/hebei-2022.json, 200 trials, the scenario's own seed. Trials 0..N−1 are run
// one after another; trial i is the same whatever N is, so a larger run extends a smaller one.
import { readFileSync } from 'node:fs';
import {
  accountIndex,
  forEachPosting,
  formatScenarioIssue,
  parseScenario,
  simulateTrial,
  type Scenario,
  type TrialResult,
} from '../src/engine/index.ts';

// Stage codes of `result.firms.stage` (src/engine/firms/stageCode.ts).
const ANGEL = 1;
const GROWTH = 3;
const LISTED = 4;
const SOLD = 5;
const FAILED = 6;

/** Firms arriving in the first this many quarters form the funnel's cohort. */
const COHORT_QUARTERS = 16;
/** Carta's 2018 cohort was observed about six years on: the funnel's first column. */
const CARTA_WINDOW_QUARTERS = 24;

type Format = 'multiple' | 'rate' | 'cny' | 'count';

/** Not an engine metric: the median, within a trial, of every sub-fund's own TVPI. */
const SUB_FUND_MEDIAN = 'subFunds.medianFundTvpi';

const METRICS: ReadonlyArray<{ key: string; format: Format; note?: string }> = [
  { key: 'guidanceFund.tvpi', format: 'multiple' },
  { key: 'guidanceFund.irr', format: 'rate' },
  { key: 'seedFund.tvpi', format: 'multiple' },
  { key: 'angelFunds.tvpi', format: 'multiple', note: 'eFront China VC 1.79×' },
  { key: 'angelFunds.dpi', format: 'multiple' },
  { key: 'angelFunds.irr', format: 'rate' },
  { key: 'angelFunds.privateLP.irr', format: 'rate' },
  { key: 'angelFunds.privateLP.irrWithoutConcession', format: 'rate' },
  { key: 'angelFunds.privateLP.irrUpliftFromConcession', format: 'rate' },
  { key: 'techFunds.tvpi', format: 'multiple', note: 'eFront China VC 1.79×' },
  { key: 'bankLinkedFunds.tvpi', format: 'multiple', note: 'eFront China VC 1.79×' },
  { key: SUB_FUND_MEDIAN, format: 'multiple', note: 'eFront China VC 1.79×' },
  { key: 'concession.amountCNY', format: 'cny' },
  { key: 'transfers.seedToAngel.count', format: 'count' },
  { key: 'transfers.angelToGuidance.count', format: 'count' },
  { key: 'firms.arrived', format: 'count' },
  { key: 'firms.supported', format: 'count' },
  { key: 'firms.listed', format: 'count' },
  { key: 'firms.sold', format: 'count' },
  { key: 'firms.failed', format: 'count' },
  { key: 'treasury.paidCNY', format: 'cny' },
  { key: 'treasury.receivedCNY', format: 'cny' },
];

// ---------------------------------------------------------------------------------------------
// Command line

type Options = { file: string; trials: number; seed: number | null };

function parseArgs(args: readonly string[]): Options {
  const options: Options = { file: 'scenarios/hebei-2022.json', trials: 200, seed: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--trials' || arg === '--seed') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < (arg === '--trials' ? 1 : 0))
        fail(`${arg} needs a whole number${arg === '--trials' ? ' ≥ 1' : ' ≥ 0'}`);
      if (arg === '--trials') options.trials = value;
      else options.seed = value;
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}`);
    } else {
      options.file = arg;
    }
  }
  return options;
}

function fail(message: string): never {
  console.error(`chain-report: ${message}`);
  console.error('usage: npx tsx scripts/chain-report.ts [scenario.json] [--trials N] [--seed S]');
  process.exit(1);
}

function loadScenario(options: Options): Scenario {
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (e) {
    fail(`cannot read ${options.file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    for (const issue of parsed.issues) console.error(formatScenarioIssue(issue, 'en'));
    fail(`${options.file} is not a valid scenario`);
  }
  const scenario = parsed.scenario;
  if (options.seed === null) return scenario;
  return { ...scenario, simulation: { ...scenario.simulation, seed: options.seed } };
}

// ---------------------------------------------------------------------------------------------
// Statistics

/**
 * Quantile p of sorted values by linear interpolation between order statistics (Hyndman & Fan
 * type 7, the default of R and of Excel's PERCENTILE.INC): h = (n − 1)·p, then
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The median of the sub-funds' own TVPIs (`fund.<id>.tvpi`) in one trial. */
function medianFundTvpi(metrics: Record<string, number>): number {
  const tvpis = Object.entries(metrics)
    .filter(([key, value]) => /^fund\..+\.tvpi$/.test(key) && Number.isFinite(value))
    .map(([, value]) => value)
    .sort((a, b) => a - b);
  return quantile(tvpis, 0.5);
}

type Summary = { median: number; p5: number; p95: number; nan: number };

function summarise(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return {
    median: quantile(finite, 0.5),
    p5: quantile(finite, 0.05),
    p95: quantile(finite, 0.95),
    nan: values.length - finite.length,
  };
}

function format(value: number, kind: Format): string {
  if (!Number.isFinite(value)) return 'NaN';
  switch (kind) {
    case 'multiple':
      return `${value.toFixed(2)}×`;
    case 'rate':
      return `${(100 * value).toFixed(1)}%`;
    case 'cny':
      return `${(value / 1e6).toFixed(1)}m`;
    case 'count':
      return value.toFixed(1);
  }
}

const percent = (part: number, whole: number) =>
  whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';

// ---------------------------------------------------------------------------------------------
// The funnel of firms that arrive at ANGEL (seed), read from the firm table and the ledger

/** Outcome counts of the cohort: within CARTA_WINDOW_QUARTERS of arrival, and by the horizon. */
type Funnel = {
  firms: number;
  early: [number, number];
  growth: [number, number];
  listed: [number, number];
  sold: [number, number];
  failed: [number, number];
  alive: [number, number];
  /** Years from arrival to the round into EARLY (seed → A), of firms that made it. */
  yearsToA: number[];
  /** Pre-money of the A round over the post-money of the seed round. */
  stepUpToA: number[];
};

function newFunnel(): Funnel {
  return {
    firms: 0,
    early: [0, 0],
    growth: [0, 0],
    listed: [0, 0],
    sold: [0, 0],
    failed: [0, 0],
    alive: [0, 0],
    yearsToA: [],
    stepUpToA: [],
  };
}

/**
 * The firm table keeps only a firm's current stage, so the stages a failed or sold firm passed
 * through are read from the ledger: every financing round posts its new money into the 'firm'
 * account (funds' 'investment', outsiders' 'roundCoInvestment') in the quarter of the round, and
 * a firm has at most one round a quarter. For a firm that arrived at ANGEL, its first round after
 * arrival took it to EARLY (Series A) and its second to GROWTH. The new money of a round is a set
 * share of its post-money, which gives the valuations of the seed and A rounds. (A convertible
 * loan converted in a round moves no cash, so with 可转贷 switched on the A round's valuation, and
 * the step-up, come out a little low.)
 */
function addToFunnel(funnel: Funnel, result: TrialResult, scenario: Scenario): void {
  const { firms, ledger } = result;
  const firmAccount = accountIndex(ledger, 'firm');
  const n = firms.count;
  const entryMoney = new Float64Array(n);
  const roundsAfterArrival = new Int32Array(n);
  const lastRoundQuarter = new Int32Array(n).fill(-1);
  const quarterOfA = new Int32Array(n).fill(-1);
  const quarterOfB = new Int32Array(n).fill(-1);
  const moneyOfA = new Float64Array(n);
  forEachPosting(ledger, (p) => {
    if (p.to !== firmAccount || p.firm < 0) return;
    if (p.kind !== 'investment' && p.kind !== 'roundCoInvestment') return;
    const f = p.firm;
    if (firms.arrivalStage[f] !== ANGEL) return;
    if (p.quarter === firms.arrivalQuarter[f]) {
      entryMoney[f] = entryMoney[f]! + p.amountCNY;
      return;
    }
    if (p.quarter !== lastRoundQuarter[f]) {
      lastRoundQuarter[f] = p.quarter;
      roundsAfterArrival[f] = roundsAfterArrival[f]! + 1;
      if (roundsAfterArrival[f] === 1) quarterOfA[f] = p.quarter;
      if (roundsAfterArrival[f] === 2) quarterOfB[f] = p.quarter;
    }
    if (roundsAfterArrival[f] === 1) moneyOfA[f] = moneyOfA[f]! + p.amountCNY;
  });

  const seedRaised = scenario.firms.arrivals.ANGEL.raisedShareOfPostMoney;
  const aRaised = scenario.firms.stages.ANGEL.round.raisedShareOfPostMoney;
  for (let f = 0; f < n; f++) {
    const arrival = firms.arrivalQuarter[f]!;
    if (firms.arrivalStage[f] !== ANGEL || arrival >= COHORT_QUARTERS) continue;
    funnel.firms++;
    const stage = firms.stage[f]!;
    const window = arrival + CARTA_WINDOW_QUARTERS;
    const exitedBy = (limit: number) =>
      firms.exitQuarter[f]! >= 0 && firms.exitQuarter[f]! <= limit;
    const tally = (counts: [number, number], byWindow: boolean, ever: boolean) => {
      if (byWindow) counts[0]++;
      if (ever) counts[1]++;
    };
    const a = quarterOfA[f]!;
    const b = quarterOfB[f]!;
    tally(funnel.early, a >= 0 && a <= window, a >= 0);
    tally(funnel.growth, b >= 0 && b <= window, b >= 0);
    tally(funnel.listed, stage === LISTED && exitedBy(window), stage === LISTED);
    tally(funnel.sold, stage === SOLD && exitedBy(window), stage === SOLD);
    tally(funnel.failed, stage === FAILED && exitedBy(window), stage === FAILED);
    tally(funnel.alive, !exitedBy(window), stage <= GROWTH);
    if (a >= 0) {
      funnel.yearsToA.push((a - arrival) / 4);
      const seedPostMoney = entryMoney[f]! / seedRaised;
      const aPreMoney = (moneyOfA[f]! / aRaised) * (1 - aRaised);
      if (seedPostMoney > 0) funnel.stepUpToA.push(aPreMoney / seedPostMoney);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Deal multiples of the angel sub-funds, read from the ledger

type Deals = { all: number[]; realised: number[] };

/**
 * A deal is one angel sub-fund's whole position in one firm. Its cost is what the fund paid into
 * the firm ('investment': first ticket and follow-ons) and to the seed fund for its stake
 * ('stakeTransfer'); its value is what came back: exit proceeds from the market, the guidance
 * fund's payment for the part sold to it ('stakeTransfer'), and the horizon's valuation of what is
 * still held ('residualValue', at the latest round price). A failed firm pays nothing: 0×. A deal
 * is realised when nothing of it was still held at the horizon.
 */
function addDeals(deals: Deals, result: TrialResult): void {
  const { ledger } = result;
  const isAngelFund = ledger.accounts.map((a) => a.group === 'angelFund');
  const firmCount = result.firms.count;
  const byDeal = new Map<number, { cost: number; value: number; held: boolean }>();
  const deal = (fund: number, firm: number) => {
    const key = fund * firmCount + firm;
    let d = byDeal.get(key);
    if (!d) byDeal.set(key, (d = { cost: 0, value: 0, held: false }));
    return d;
  };
  forEachPosting(ledger, (p) => {
    if (p.firm < 0) return;
    if (isAngelFund[p.from] && (p.kind === 'investment' || p.kind === 'stakeTransfer')) {
      deal(p.from, p.firm).cost += p.amountCNY;
    } else if (isAngelFund[p.to]) {
      if (p.kind !== 'exitProceeds' && p.kind !== 'stakeTransfer' && p.kind !== 'residualValue')
        return;
      const d = deal(p.to, p.firm);
      d.value += p.amountCNY;
      if (p.kind === 'residualValue') d.held = true;
    }
  });
  for (const d of byDeal.values()) {
    if (d.cost <= 0) continue;
    deals.all.push(d.value / d.cost);
    if (!d.held) deals.realised.push(d.value / d.cost);
  }
}

function dealLine(label: string, multiples: readonly number[]): string {
  const n = multiples.length;
  const below1 = multiples.filter((m) => m < 1).length;
  const atLeast5 = multiples.filter((m) => m >= 5).length;
  const atLeast10 = multiples.filter((m) => m >= 10).length;
  return [
    label.padEnd(34),
    String(n).padStart(8),
    percent(below1, n).padStart(8),
    percent(atLeast5, n).padStart(8),
    percent(atLeast10, n).padStart(8),
  ].join('');
}

// ---------------------------------------------------------------------------------------------
// The run

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const scenario = loadScenario(options);
  const started = Date.now();
  const values = new Map<string, number[]>(METRICS.map((m) => [m.key, []]));
  const funnel = newFunnel();
  const deals: Deals = { all: [], realised: [] };
  for (let trial = 0; trial < options.trials; trial++) {
    const result = simulateTrial(scenario, trial);
    const metrics: Record<string, number> = {
      ...result.metrics,
      [SUB_FUND_MEDIAN]: medianFundTvpi(result.metrics),
    };
    for (const { key } of METRICS) values.get(key)!.push(metrics[key] ?? Number.NaN);
    addToFunnel(funnel, result, scenario);
    addDeals(deals, result);
  }
  const seconds = (Date.now() - started) / 1000;

  const { simulation } = scenario;
  console.log(`Scenario ${scenario.id} (${options.file}): ${scenario.name.en}`);
  console.log(
    `${options.trials} trials (0..${options.trials - 1}), seed ${simulation.seed}, ` +
      `${simulation.years} years; ${seconds.toFixed(1)} s`,
  );
  console.log('Quantiles across trials: type 7 (linear interpolation between order statistics);');
  console.log('NaN trials (metric undefined, e.g. no IRR) are left out of the quantiles.\n');

  console.log(
    `${'metric'.padEnd(46)}${'median'.padStart(10)}${'P5'.padStart(10)}${'P95'.padStart(10)}` +
      `${'NaN'.padStart(6)}  target`,
  );
  for (const { key, format: kind, note } of METRICS) {
    const s = summarise(values.get(key)!);
    console.log(
      key.padEnd(46) +
        format(s.median, kind).padStart(10) +
        format(s.p5, kind).padStart(10) +
        format(s.p95, kind).padStart(10) +
        String(s.nan).padStart(6) +
        (note ? `  ${note}` : ''),
    );
  }

  const f = funnel;
  const years = CARTA_WINDOW_QUARTERS / 4;
  console.log(
    `\nFunnel of the ${f.firms} firms (all trials) arriving at ANGEL (seed) in the first ` +
      `${COHORT_QUARTERS / 4} years`,
  );
  console.log(
    `${'reached / ended as'.padEnd(24)}${`≤ ${years} y`.padStart(10)}${'horizon'.padStart(10)}` +
      '  Carta 2018 cohort, ~6 y (share of firms that reached seed)',
  );
  const rows: Array<[string, [number, number], string]> = [
    ['EARLY (Series A)', f.early, 'A 36.4/56.4 = 64.5%'],
    ['GROWTH (Series B+)', f.growth, 'B 26.2%, C 7.8%, D+ 2.0%'],
    ['listed', f.listed, '0.34% of all firms public'],
    ['sold', f.sold, '5.5% of all firms acquired'],
    ['failed', f.failed, '61.9% of all firms closed'],
    ['still alive', f.alive, ''],
  ];
  for (const [label, [byWindow, ever], target] of rows)
    console.log(
      `${label.padEnd(24)}${percent(byWindow, f.firms).padStart(10)}` +
        `${percent(ever, f.firms).padStart(10)}  ${target}`,
    );
  const timeToA = [...f.yearsToA].sort((a, b) => a - b);
  const stepUp = [...f.stepUpToA].sort((a, b) => a - b);
  console.log(
    `seed → A: median ${quantile(timeToA, 0.5).toFixed(2)} y, P75 ` +
      `${quantile(timeToA, 0.75).toFixed(2)} y (Carta: 2.1 y, P75 1,251 days = 3.4 y); ` +
      `step-up median ${quantile(stepUp, 0.5).toFixed(2)}× (Carta: about 2.8×)`,
  );

  console.log(
    '\nDeal multiples of the angel sub-funds (one deal = one fund’s position in one firm)',
  );
  console.log(
    ''.padEnd(34) + ['deals', '< 1×', '≥ 5×', '≥ 10×'].map((h) => h.padStart(8)).join(''),
  );
  console.log(dealLine('all (held stakes at round price)', deals.all));
  console.log(dealLine('realised before the horizon', deals.realised));
  console.log(
    'Correlation Ventures 2004–13'.padEnd(34) +
      ['21,000', '65%', '10%', '4%'].map((h) => h.padStart(8)).join(''),
  );
}

main();
