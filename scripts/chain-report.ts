// A command-line report of a scenario over many trials: the key fund and chain metrics, the bank's
// tech book and the treasury, the firm funnel of angel-stage arrivals, and the deal multiples of
// the angel sub-funds, each next to the public figure the default scenario is calibrated to
// (CALIBRATION.md).
//
//   npx tsx scripts/chain-report.ts [scenario.json] [--trials N] [--seed S]
//
// Defaults: scenarios/hebei-2022.json, 200 trials, the scenario's own seed. Trials 0..N−1 are run
// one after another; trial i is the same whatever N is, so a larger run extends a smaller one.
// A derived scenario (`"extends": "<id>"`) is resolved against the scenario files beside it and in
// scenarios/, whose ids are their file names without .json; a base may itself be derived.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  forEachPosting,
  formatScenarioIssue,
  resolveScenario,
  simulateTrial,
  trialSeries,
  type Scenario,
  type TrialOptions,
  type TrialResult,
} from '../src/engine/index.ts';

// Stage codes of `result.firms.stage` (src/engine/firms/stageCode.ts).
const ANGEL = 1;
const EARLY = 2;
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

/** Not engine metrics: within a trial, the median and mean of the quarterly NPL ratio. */
const NPL_MEDIAN = 'bank.nplRatioMedianQuarter';
const NPL_MEAN = 'bank.nplRatioMeanQuarter';

/** The bank's tech book and the treasury (MODEL.md, Bank and What comes out). */
const BANK_METRICS: ReadonlyArray<{ key: string; format: Format; note?: string }> = [
  { key: 'bank.loansCount', format: 'count' },
  { key: 'bank.loansCNY', format: 'cny' },
  { key: 'bank.firstTimeBorrowers', format: 'count' },
  { key: NPL_MEDIAN, format: 'rate', note: 'commercial banks ~1.5%, tech loans higher' },
  { key: NPL_MEAN, format: 'rate' },
  { key: 'bank.nplRatioPeak', format: 'rate' },
  { key: 'bank.quartersAboveTolerance', format: 'count' },
  { key: 'bank.lossCNY', format: 'cny' },
  { key: 'bank.lossBorneByBankCNY', format: 'cny' },
  { key: 'bank.compensationCNY', format: 'cny' },
  { key: 'bank.guarantorLossCNY', format: 'cny' },
  { key: 'bank.reGuarantorLossCNY', format: 'cny' },
  { key: 'bank.governmentLossCNY', format: 'cny' },
  { key: 'bank.unpaidCompensationCNY', format: 'cny' },
  { key: 'bank.returnOnTechBookPerYear', format: 'rate' },
  { key: 'bank.nplRatioExposureWeighted', format: 'rate' },
  { key: 'bank.shareOfQuartersAboveTolerance', format: 'rate' },
  { key: 'bank.renewalsCNY', format: 'cny' },
  { key: 'bank.chainNewCreditCNY', format: 'cny' },
  { key: 'bank.programmeNewCreditCNY', format: 'cny' },
  { key: 'treasury.spentCNY', format: 'cny' },
  { key: 'treasury.navCNY', format: 'cny' },
  { key: 'treasury.netCostCashPVCNY', format: 'cny' },
  { key: 'treasury.netCostWithNavPVCNY', format: 'cny' },
  { key: 'chain.privateCapitalCNY', format: 'cny' },
  { key: 'chain.leveragePrivate', format: 'multiple' },
  { key: 'chain.leverageBankCredit', format: 'multiple' },
  { key: 'chain.leverage', format: 'multiple' },
  { key: 'chain.costPerBackedFirmCNY', format: 'cny' },
  { key: 'chain.costPerBackedListingCNY', format: 'cny' },
  { key: 'programmes.leverageBankCredit', format: 'multiple' },
  { key: 'programmes.costPerFirmReachedCNY', format: 'cny' },
];

/** Read for the pool line: 1 when a claim went short, and the quarter it first did. */
const POOL_KEYS = ['bank.poolExhausted', 'bank.poolExhaustedQuarter', 'chain.madeNetGain'] as const;

// ---------------------------------------------------------------------------------------------
// Command line

type Options = { file: string; trials: number; seed: number | null };

const USAGE = 'usage: npx tsx scripts/chain-report.ts [scenario.json] [--trials N] [--seed S]';

const HELP = `${USAGE}

Runs trials 0..N−1 of a scenario one after another and prints, across trials, the median, P5
and P95 of the fund, chain, bank and treasury metrics; the share of trials in which the
risk-compensation pool ran dry; the funnel of angel-stage arrivals; and the angel sub-funds'
deal multiples, next to the public figures of CALIBRATION.md.

  scenario.json  a full scenario, or a derived one ("extends": "<id>", "changes": {...}) whose
                 base is the file <id>.json beside it or in scenarios/ (default:
                 scenarios/hebei-2022.json)
  --trials N     number of trials (default 200)
  --seed S       seed instead of the scenario's own (same seed: common random numbers)
  --help         this text`;

function parseArgs(args: readonly string[]): Options {
  const options: Options = { file: 'scenarios/hebei-2022.json', trials: 200, seed: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(HELP);
      process.exit(0);
    }
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
  console.error(USAGE);
  process.exit(1);
}

/** The repository's scenarios/ folder, where the presets live. */
const PRESETS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../scenarios');

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${file} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The base id a derived scenario names, or null for a full scenario. */
function baseIdOf(json: unknown): string | null {
  if (json === null || typeof json !== 'object' || !('extends' in json)) return null;
  return typeof json.extends === 'string' ? json.extends : null;
}

/**
 * Parses a scenario file, resolving `extends` against the scenario files beside it and in
 * scenarios/ (id = file name without .json; a file beside it wins over a preset of the same id).
 * A derived base is resolved first, so derived scenarios can be chained; a cycle is an error.
 */
function resolveFile(file: string, chain: readonly string[] = []): Scenario {
  const json = readJson(file);
  const baseId = baseIdOf(json);
  const presets = new Map<string, unknown>();
  if (baseId !== null) {
    const candidates = [dirname(resolve(file)), PRESETS_DIR].map((dir) =>
      join(dir, `${baseId}.json`),
    );
    const baseFile = candidates.find((f) => existsSync(f));
    if (baseFile !== undefined) {
      const id = basename(baseFile, '.json');
      if (chain.includes(id)) fail(`scenarios extend each other in a cycle: ${[...chain, id]}`);
      const ownId = basename(file, '.json');
      presets.set(id, resolveFile(baseFile, [...chain, ownId]));
    } else {
      // Unknown base: resolveScenario reports it with the presets that exist.
      for (const f of readdirSync(PRESETS_DIR))
        if (f.endsWith('.json') && !f.includes('schema')) presets.set(basename(f, '.json'), null);
    }
  }
  const parsed = resolveScenario(json, presets);
  if (!parsed.ok) {
    for (const issue of parsed.issues) console.error(formatScenarioIssue(issue, 'en'));
    fail(`${file} is not a valid scenario`);
  }
  return parsed.scenario;
}

function loadScenario(options: Options): Scenario {
  const scenario = resolveFile(options.file);
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

/**
 * The median and mean of a trial's quarterly NPL ratio, over the quarters from its first loan on
 * (before it the book is empty and the ratio 0 by definition); NaN if the bank never lent.
 */
function nplRatioStats(result: TrialResult): { median: number; mean: number } {
  const { book, nplRatio } = result.bank;
  let first = nplRatio.length;
  for (let i = 0; i < book.count; i++) first = Math.min(first, book.startQuarter[i]!);
  const ratios = Array.from(nplRatio.subarray(first));
  if (ratios.length === 0) return { median: Number.NaN, mean: Number.NaN };
  return {
    median: quantile(
      [...ratios].sort((a, b) => a - b),
      0.5,
    ),
    mean: ratios.reduce((sum, r) => sum + r, 0) / ratios.length,
  };
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

type MetricRow = { key: string; format: Format; note?: string };

/** Median, P5 and P95 across trials of each metric, one line each. */
function printTable(rows: readonly MetricRow[], values: ReadonlyMap<string, number[]>): void {
  console.log(
    `${'metric'.padEnd(46)}${'median'.padStart(10)}${'P5'.padStart(10)}${'P95'.padStart(10)}` +
      `${'NaN'.padStart(6)}  target`,
  );
  for (const { key, format: kind, note } of rows) {
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

/** Per firm, the quarters it was first seen at EARLY and at GROWTH and the valuations then. */
type StageHistory = {
  quarterOfA: Int32Array;
  quarterOfB: Int32Array;
  seedPostMoney: Float64Array;
  aPostMoney: Float64Array;
};

/**
 * The firm table keeps only a firm's current stage, and the ledger books a round's outside money
 * only for firms a chain fund backed, so the stages a failed or sold firm passed through are
 * recorded as the trial runs: at the end of each quarter, for every firm of the cohort (arrived at
 * ANGEL in the first COHORT_QUARTERS), the quarter it is first seen at EARLY (its Series A) and
 * at GROWTH, its post-money at arrival (the seed round) and after the A round. A firm has at most
 * one round a quarter and stays at least a quarter in a stage, so no stage is missed.
 */
function stageRecorder(): {
  history: StageHistory;
  onQuarterEnd: NonNullable<TrialOptions['onQuarterEnd']>;
} {
  const history: StageHistory = {
    quarterOfA: new Int32Array(0),
    quarterOfB: new Int32Array(0),
    seedPostMoney: new Float64Array(0),
    aPostMoney: new Float64Array(0),
  };
  const onQuarterEnd: NonNullable<TrialOptions['onQuarterEnd']> = (ctx, quarter) => {
    const { firms } = ctx;
    if (history.quarterOfA.length < firms.count) {
      const n = Math.max(firms.count, 2 * history.quarterOfA.length);
      const grow = <T extends Int32Array | Float64Array>(old: T, next: T, fill: number): T => {
        next.fill(fill);
        next.set(old);
        return next;
      };
      history.quarterOfA = grow(history.quarterOfA, new Int32Array(n), -1);
      history.quarterOfB = grow(history.quarterOfB, new Int32Array(n), -1);
      history.seedPostMoney = grow(history.seedPostMoney, new Float64Array(n), 0);
      history.aPostMoney = grow(history.aPostMoney, new Float64Array(n), 0);
    }
    // Firms are numbered in arrival order: the cohort is a prefix of the table.
    for (let f = 0; f < firms.count && firms.arrivalQuarter[f]! < COHORT_QUARTERS; f++) {
      if (firms.arrivalStage[f] !== ANGEL) continue;
      if (firms.arrivalQuarter[f] === quarter) history.seedPostMoney[f] = firms.postMoneyCNY[f]!;
      const stage = firms.stage[f]!;
      if (stage === EARLY && history.quarterOfA[f]! < 0) {
        history.quarterOfA[f] = quarter;
        history.aPostMoney[f] = firms.postMoneyCNY[f]!;
      } else if (stage === GROWTH && history.quarterOfB[f]! < 0) history.quarterOfB[f] = quarter;
    }
  };
  return { history, onQuarterEnd };
}

function addToFunnel(
  funnel: Funnel,
  result: TrialResult,
  history: StageHistory,
  scenario: Scenario,
): void {
  const { firms } = result;
  const aRaised = scenario.firms.stages.ANGEL.round.raisedShareOfPostMoney;
  for (let f = 0; f < firms.count; f++) {
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
    const a = history.quarterOfA[f]!;
    const b = history.quarterOfB[f]!;
    tally(funnel.early, a >= 0 && a <= window, a >= 0);
    tally(funnel.growth, b >= 0 && b <= window, b >= 0);
    tally(funnel.listed, stage === LISTED && exitedBy(window), stage === LISTED);
    tally(funnel.sold, stage === SOLD && exitedBy(window), stage === SOLD);
    tally(funnel.failed, stage === FAILED && exitedBy(window), stage === FAILED);
    tally(funnel.alive, !exitedBy(window), stage <= GROWTH);
    if (a >= 0) {
      funnel.yearsToA.push((a - arrival) / 4);
      const seedPostMoney = history.seedPostMoney[f]!;
      const aPreMoney = history.aPostMoney[f]! * (1 - aRaised);
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
      const proceeds = ['exitProceeds', 'stakeTransfer', 'secondarySale', 'residualValue'];
      if (!proceeds.includes(p.kind)) return;
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
  const values = new Map<string, number[]>(
    [...METRICS, ...BANK_METRICS, ...POOL_KEYS.map((key) => ({ key }))].map((m) => [m.key, []]),
  );
  const funnel = newFunnel();
  const deals: Deals = { all: [], realised: [] };
  const years = scenario.simulation.years;
  // Per year, the exposure-weighted NPL ratio (Σ NPL ÷ Σ book over its quarter-ends), per trial.
  const yearNpl: number[][] = Array.from({ length: years }, () => []);
  for (let trial = 0; trial < options.trials; trial++) {
    const recorder = stageRecorder();
    const result = simulateTrial(scenario, trial, { onQuarterEnd: recorder.onQuarterEnd });
    const npl = nplRatioStats(result);
    const metrics: Record<string, number> = {
      ...result.metrics,
      [SUB_FUND_MEDIAN]: medianFundTvpi(result.metrics),
      [NPL_MEDIAN]: npl.median,
      [NPL_MEAN]: npl.mean,
    };
    for (const key of values.keys()) values.get(key)!.push(metrics[key] ?? Number.NaN);
    const byYear = trialSeries(result)['bank.nplRatioByYear']!;
    for (let y = 0; y < years; y++) yearNpl[y]!.push(byYear[y] ?? 0);
    addToFunnel(funnel, result, recorder.history, scenario);
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

  printTable(METRICS, values);

  const { bank } = scenario;
  const tolerance = bank.tolerance;
  console.log(
    `\nBank tech book (tau ${format(tolerance.nplToleranceShare, 'rate')}, 尽职免责 margin ` +
      `${format(tolerance.dueDiligenceExemptionShare, 'rate')}, response '${tolerance.response.rule}', ` +
      `non-performing ${tolerance.nonPerformingQuarters} quarters) and treasury`,
  );
  printTable(BANK_METRICS, values);
  const exhausted = values.get('bank.poolExhausted')!;
  const dry = exhausted.filter((v) => v === 1).length;
  const dryQuarter = summarise(values.get('bank.poolExhaustedQuarter')!);
  const pool = scenario.fiscal.riskCompensation;
  console.log(
    `\nRisk-compensation pool (${pool.enabled ? `CNY ${format(pool.annualFundingCNY, 'cny')} a year, c = ` + format(pool.coverageShare, 'rate') : 'off'}): ` +
      `ran dry in ${percent(dry, exhausted.length)} of trials (${dry} of ${exhausted.length})` +
      (dry > 0
        ? `, first short claim in quarter ${format(dryQuarter.median, 'count')} (median)`
        : ''),
  );
  console.log(
    `Quarters above tolerance: median ${format(summarise(values.get('bank.quartersAboveTolerance')!).median, 'count')} ` +
      `of ${4 * years}`,
  );
  const gains = values.get('chain.madeNetGain')!;
  const gained = gains.filter((v) => v === 1).length;
  console.log(
    `The chain made the treasury a net gain (net cost with NAV below 0) in ${percent(gained, gains.length)} of trials`,
  );
  console.log(
    'NPL ratio by year, exposure-weighted, median across trials (P95): ' +
      yearNpl
        .map((v, y) => {
          const s = summarise(v);
          return `y${y + 1} ${format(s.median, 'rate')} (${format(s.p95, 'rate')})`;
        })
        .join(', '),
  );

  const f = funnel;
  const windowYears = CARTA_WINDOW_QUARTERS / 4;
  console.log(
    `\nFunnel of the ${f.firms} firms (all trials) arriving at ANGEL (seed) in the first ` +
      `${COHORT_QUARTERS / 4} years`,
  );
  console.log(
    `${'reached / ended as'.padEnd(24)}${`≤ ${windowYears} y`.padStart(10)}${'horizon'.padStart(10)}` +
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
