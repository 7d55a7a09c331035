import {
  EXPLORE_COMMANDS,
  EXPLORE_FLAGS,
  exploreCommand,
  type ExploreCommandKind,
  type SeekOptions,
  type SweepOptions,
  type TornadoOptions,
} from './exploreCommand.ts';
import { parseSetAssignment, type SetAssignment } from './setPath.ts';
import { mergeCommand, shardCommand } from './shards/shardArgs.ts';
import { parseWholeNumber, UsageError } from './usageError.ts';

export { parseWholeNumber };
export type { SeekOptions, SweepOptions, TornadoOptions };

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
  /** Keep every fund's quarterly plan (`fund.<id>.…` series): about a third more time a trial. */
  fundSeries: boolean;
};

export type Command =
  | { kind: 'help' }
  | { kind: 'schema' }
  | { kind: 'run'; file: string; options: RunOptions }
  | { kind: 'compare'; files: [string, string]; options: RunOptions }
  | { kind: 'sweep'; file: string; options: RunOptions; sweep: SweepOptions }
  | { kind: 'tornado'; file: string; options: RunOptions; tornado: TornadoOptions }
  | { kind: 'seek'; file: string; options: RunOptions; seek: SeekOptions }
  | {
      kind: 'shard';
      file: string;
      options: RunOptions;
      shard: { index: number; count: number };
      /** `shard sweep …`: the sweep whose runs the shard cuts; null for a run. */
      sweep: SweepOptions | null;
    }
  | { kind: 'merge'; files: string[]; out: string };

export type ParseArgsResult = { ok: true; command: Command } | { ok: false; message: string };

export type ValueFlag =
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
  | 'runs'
  | 'shard';
type SwitchFlag = 'all' | 'help' | 'fund-series';

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
  shard: 'I/K: shard I of K, counted from 0',
};
/** Flags that may be given more than once, each adding to a list. */
const REPEATABLE: ReadonlySet<ValueFlag> = new Set(['set', 'param', 'metric']);
const SWITCH_FLAGS: readonly SwitchFlag[] = ['all', 'help', 'fund-series'];

const isValueFlag = (name: string): name is ValueFlag => Object.hasOwn(VALUE_FLAGS, name);
const isSwitchFlag = (name: string): name is SwitchFlag =>
  (SWITCH_FLAGS as readonly string[]).includes(name);

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
  const read = { positionals, values, lists, switches, sets: sets.length };
  if (positionals[0] === 'merge') return mergeCommand(read);
  const command = positionals[0];
  if (values.has('shard') && command !== 'shard')
    throw new UsageError(
      `--shard is for shard; got it with ${command === 'compare' || (command && EXPLORE_COMMANDS.some((c) => c === command)) ? command : 'a run'}`,
    );
  if (command === 'shard')
    return shardCommand(read, () => runOptions(values, sets, false, switches.has('fund-series')));
  const explore = (EXPLORE_COMMANDS as readonly string[]).includes(command ?? '')
    ? (command as ExploreCommandKind)
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
    for (const flag of ['all', 'fund-series'] as const)
      if (switches.has(flag))
        throw new UsageError(`--${flag} is for a run or compare; got it with ${explore}`);
    const files = positionals.slice(1);
    if (files.length !== 1)
      throw new UsageError(`${explore} needs one scenario file; got ${countOf(files)}`);
    const options = runOptions(values, sets, false, false);
    return exploreCommand(explore, files[0]!, options, values, lists);
  }
  const options = runOptions(values, sets, switches.has('all'), switches.has('fund-series'));
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

const countOf = (items: string[]) =>
  items.length === 0 ? 'none' : `${items.length}: ${items.join(' ')}`;

function runOptions(
  values: Map<ValueFlag, string>,
  sets: SetAssignment[],
  all: boolean,
  fundSeries: boolean,
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
    fundSeries,
  };
}
