import type { ParameterValue } from '../engine/index.ts';
import {
  parseBase,
  parseSeekParam,
  parseSweepParam,
  parseTarget,
  parseTornadoParam,
  type FlagResult,
  type RangeParamFlag,
  type SweepParamFlag,
  type TargetFlag,
  type TornadoParamFlag,
} from './exploreArgs.ts';
import { parseSetAssignment, type SetAssignment } from './setPath.ts';

/** Most worker threads a run may ask for. */
export const MAX_WORKERS = 64;

/** Flags shared by a run and a comparison. */
export type RunOptions = {
  trials: number | undefined;
  seed: number | undefined;
  workers: number | undefined;
  sets: SetAssignment[];
  out: string | undefined;
  csv: string | undefined;
  ledger: { trial: number; out: string } | undefined;
  /** Print every metric, not only the headline ones. */
  all: boolean;
};

/** `sweep`: the swept parameters, the metrics to show, the base point and the statistic. */
export type SweepOptions = {
  params: SweepParamFlag[];
  metrics: string[];
  base: { text: string; values: ParameterValue[] } | undefined;
  stat: string | undefined;
};

/** `tornado`: the parameters (none: the plausible-range catalog's), the metric and statistic. */
export type TornadoOptions = {
  params: TornadoParamFlag[];
  metric: string | undefined;
  stat: string | undefined;
};

/** `seek`: the parameter and its range, the target, and at most how many runs. */
export type SeekOptions = { param: RangeParamFlag; target: TargetFlag; runs: number | undefined };

export type Command =
  | { kind: 'help' }
  | { kind: 'schema' }
  | { kind: 'run'; file: string; options: RunOptions }
  | { kind: 'compare'; files: [string, string]; options: RunOptions }
  | { kind: 'sweep'; file: string; options: RunOptions; sweep: SweepOptions }
  | { kind: 'tornado'; file: string; options: RunOptions; tornado: TornadoOptions }
  | { kind: 'seek'; file: string; options: RunOptions; seek: SeekOptions };

/** Most runs a goal seek may take (SEEK_RUNS.max in the engine). */
export const MAX_SEEK_RUNS = 20;

export type ParseArgsResult = { ok: true; command: Command } | { ok: false; message: string };

type ValueFlag =
  | 'trials'
  | 'seed'
  | 'workers'
  | 'set'
  | 'out'
  | 'csv'
  | 'ledger-trial'
  | 'ledger-out'
  | 'param'
  | 'metric'
  | 'base'
  | 'target'
  | 'stat'
  | 'runs';
type SwitchFlag = 'all' | 'help';

/** What each flag's value is, for 'needs a value' messages. */
const VALUE_FLAGS: Record<ValueFlag, string> = {
  trials: 'a number of trials',
  seed: 'a seed',
  workers: 'a number of worker threads',
  set: 'path=value',
  out: 'a file path',
  csv: 'a file path',
  'ledger-trial': 'a trial number',
  'ledger-out': 'a file path',
  param: 'PATH=VALUES or PATH=LOW..HIGH',
  metric: 'a metric key',
  base: 'the base point: one value per swept parameter',
  target: 'KEY:STAT=VALUE',
  stat: 'a statistic: mean, p5, p25, p50, p75 or p95',
  runs: 'a number of runs',
};
/** Flags that may be given more than once, each adding to a list. */
const REPEATABLE: ReadonlySet<ValueFlag> = new Set(['set', 'param', 'metric']);
const EXPLORE_COMMANDS = ['sweep', 'tornado', 'seek'] as const;
type ExploreCommand = (typeof EXPLORE_COMMANDS)[number];
/** Which explore commands take each of their flags. */
const EXPLORE_FLAGS: Partial<Record<ValueFlag, readonly ExploreCommand[]>> = {
  param: ['sweep', 'tornado', 'seek'],
  metric: ['sweep', 'tornado'],
  base: ['sweep'],
  stat: ['sweep', 'tornado'],
  target: ['seek'],
  runs: ['seek'],
};
const SWITCH_FLAGS: readonly SwitchFlag[] = ['all', 'help'];

const isValueFlag = (name: string): name is ValueFlag => Object.hasOwn(VALUE_FLAGS, name);
const isSwitchFlag = (name: string): name is SwitchFlag =>
  (SWITCH_FLAGS as readonly string[]).includes(name);

class UsageError extends Error {}

/** A whole number written in digits only (no sign, exponent or decimals), within [min, max]. */
export function parseWholeNumber(
  flag: string,
  text: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
  throw new UsageError(`${flag} must be a whole number ${range}; got '${text}'`);
}

/**
 * Reads the command line (without `node sim.ts`): `<scenario.json> [flags]`,
 * `compare <a.json> <b.json> [flags]`, `schema`, or `--help`. Pure: every mistake comes back as
 * a message naming the flag, what it needs and what was given.
 */
export function parseArgs(argv: readonly string[]): ParseArgsResult {
  try {
    return { ok: true, command: parse(argv) };
  } catch (e) {
    if (e instanceof UsageError) return { ok: false, message: e.message };
    throw e;
  }
}

function parse(argv: readonly string[]): Command {
  const positionals: string[] = [];
  const values = new Map<ValueFlag, string>();
  const lists = new Map<ValueFlag, string[]>();
  const sets: SetAssignment[] = [];
  const switches = new Set<SwitchFlag>();
  const flagsGiven: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      switches.add('help');
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq < 0 ? undefined : eq) : '';
    const flag = `--${name}`;
    if (isSwitchFlag(name)) {
      if (eq >= 0) throw new UsageError(`${flag} takes no value; got '${arg}'`);
      switches.add(name);
      flagsGiven.push(flag);
      continue;
    }
    if (!isValueFlag(name))
      throw new UsageError(`unknown flag '${eq < 0 ? arg : arg.slice(0, eq)}'`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      } else if (next !== undefined) {
        throw new UsageError(`${flag} needs a value (${VALUE_FLAGS[name]}); got the flag ${next}`);
      }
    }
    if (value === undefined || value === '')
      throw new UsageError(`${flag} needs a value (${VALUE_FLAGS[name]})`);
    flagsGiven.push(`${flag} ${value}`);
    if (name === 'set') {
      const parsed = parseSetAssignment(value);
      if (!parsed.ok) throw new UsageError(parsed.message);
      const twice = sets.find((s) => s.pathText === parsed.assignment.pathText);
      if (twice) throw new UsageError(`--set ${twice.pathText} is given twice`);
      sets.push(parsed.assignment);
    } else if (REPEATABLE.has(name)) {
      lists.set(name, [...(lists.get(name) ?? []), value]);
    } else {
      if (values.has(name)) throw new UsageError(`${flag} is given twice`);
      values.set(name, value);
    }
  }

  if (switches.has('help')) return { kind: 'help' };
  if (positionals[0] === 'schema') {
    const extra = [...positionals.slice(1), ...flagsGiven];
    if (extra.length > 0) throw new UsageError(`schema takes no arguments; got ${extra.join(' ')}`);
    return { kind: 'schema' };
  }
  const command = positionals[0];
  const explore = (EXPLORE_COMMANDS as readonly string[]).includes(command ?? '')
    ? (command as ExploreCommand)
    : null;
  // A flag of one command given to another is a mistake worth naming, not a flag to ignore.
  const given = [...values.keys(), ...lists.keys()];
  for (const flag of given) {
    const takers = EXPLORE_FLAGS[flag];
    if (takers && !(explore && takers.includes(explore)))
      throw new UsageError(
        `--${flag} is for ${takers.length > 1 ? `${takers.slice(0, -1).join(', ')} and ${takers.at(-1)}` : takers[0]}; got it with ${explore ?? (command === 'compare' ? 'compare' : 'a run')}`,
      );
  }
  if (explore) {
    for (const flag of ['ledger-trial', 'ledger-out'] as const)
      if (values.has(flag))
        throw new UsageError(`--${flag} is for a run or compare; got it with ${explore}`);
    if (switches.has('all'))
      throw new UsageError(`--all is for a run or compare; got it with ${explore}`);
    const files = positionals.slice(1);
    if (files.length !== 1)
      throw new UsageError(`${explore} needs one scenario file; got ${countOf(files)}`);
    const options = runOptions(values, sets, false);
    return exploreCommand(explore, files[0]!, options, values, lists);
  }
  const options = runOptions(values, sets, switches.has('all'));
  if (positionals[0] === 'compare') {
    const files = positionals.slice(1);
    if (files.length !== 2)
      throw new UsageError(
        `compare needs two scenario files, a.json and b.json; got ${countOf(files)}`,
      );
    return { kind: 'compare', files: [files[0]!, files[1]!], options };
  }
  if (positionals.length !== 1)
    throw new UsageError(
      `give one scenario file (or compare a.json b.json); got ${countOf(positionals)}`,
    );
  return { kind: 'run', file: positionals[0]!, options };
}

/** The flag's value read, or a UsageError with its message. */
function read<T>(result: FlagResult<T>): T {
  if (!result.ok) throw new UsageError(result.message);
  return result.value;
}

function exploreCommand(
  kind: ExploreCommand,
  file: string,
  options: RunOptions,
  values: Map<ValueFlag, string>,
  lists: Map<ValueFlag, string[]>,
): Command {
  const params = lists.get('param') ?? [];
  const metrics = lists.get('metric') ?? [];
  const stat = values.get('stat');
  switch (kind) {
    case 'sweep': {
      if (params.length === 0)
        throw new UsageError(
          'sweep needs --param PATH=V1,V2,… (or PATH=LOW..HIGH:STEPS); got none',
        );
      const baseText = values.get('base');
      return {
        kind,
        file,
        options,
        sweep: {
          params: params.map((p) => read(parseSweepParam(p))),
          metrics,
          base:
            baseText === undefined
              ? undefined
              : { text: baseText, values: read(parseBase(baseText)) },
          stat,
        },
      };
    }
    case 'tornado':
      if (metrics.length > 1)
        throw new UsageError(
          `tornado takes one --metric; got ${metrics.length}: ${metrics.join(' ')}`,
        );
      return {
        kind,
        file,
        options,
        tornado: {
          params: params.map((p) => read(parseTornadoParam(p))),
          metric: metrics[0],
          stat,
        },
      };
    case 'seek': {
      if (params.length !== 1)
        throw new UsageError(`seek needs one --param PATH=LOW..HIGH; got ${params.length}`);
      const target = values.get('target');
      if (target === undefined)
        throw new UsageError(
          'seek needs --target KEY:STAT=VALUE, e.g. angelFunds.privateLP.irr:p50=0.08',
        );
      const runs = values.get('runs');
      return {
        kind,
        file,
        options,
        seek: {
          param: read(parseSeekParam(params[0]!)),
          target: read(parseTarget(target)),
          runs: runs === undefined ? undefined : parseWholeNumber('--runs', runs, 3, MAX_SEEK_RUNS),
        },
      };
    }
    default:
      return kind satisfies never;
  }
}

const countOf = (items: string[]) =>
  items.length === 0 ? 'none' : `${items.length}: ${items.join(' ')}`;

function runOptions(
  values: Map<ValueFlag, string>,
  sets: SetAssignment[],
  all: boolean,
): RunOptions {
  const number = (flag: ValueFlag, min: number, max?: number) => {
    const text = values.get(flag);
    return text === undefined ? undefined : parseWholeNumber(`--${flag}`, text, min, max);
  };
  const trials = number('trials', 1);
  const seed = number('seed', 0);
  const workers = number('workers', 1, MAX_WORKERS);
  for (const [flag, path] of [
    ['--trials', 'simulation.trials'],
    ['--seed', 'simulation.seed'],
  ] as const) {
    if (values.has(flag.slice(2) as ValueFlag) && sets.some((s) => s.pathText === path))
      throw new UsageError(`${flag} and --set ${path} both set ${path}; give one of them`);
  }
  const ledgerTrial = number('ledger-trial', 0);
  const ledgerOut = values.get('ledger-out');
  if ((ledgerTrial === undefined) !== (ledgerOut === undefined))
    throw new UsageError(
      ledgerTrial === undefined
        ? '--ledger-out needs --ledger-trial K: which trial to write'
        : '--ledger-trial needs --ledger-out file: where to write its postings',
    );
  return {
    trials,
    seed,
    workers,
    sets,
    out: values.get('out'),
    csv: values.get('csv'),
    ledger:
      ledgerTrial !== undefined && ledgerOut !== undefined
        ? { trial: ledgerTrial, out: ledgerOut }
        : undefined,
    all,
  };
}
