import { exploreCommand } from '../exploreCommand.ts';
import type { Command, RunOptions, ValueFlag } from '../parseArgs.ts';
import { UsageError } from '../usageError.ts';
import { parseShardSpec } from './shardSpec.ts';

/** What parseArgs read from the command line, for the shard and merge commands. */
export type ReadFlags = {
  positionals: readonly string[];
  values: Map<ValueFlag, string>;
  lists: Map<ValueFlag, string[]>;
  switches: ReadonlySet<string>;
  sets: number;
};

const countOf = (items: readonly string[]) =>
  items.length === 0 ? 'none' : `${items.length}: ${items.join(' ')}`;

/** `merge FILE… --out F`: shard files and one output, nothing else. */
export function mergeCommand({ positionals, values, lists, switches, sets }: ReadFlags): Command {
  const extra = [...values.keys(), ...lists.keys(), ...switches].filter((f) => f !== 'out');
  if (extra.length > 0 || sets > 0)
    throw new UsageError(`merge takes shard files and --out only; got --${extra[0] ?? 'set'}`);
  const files = positionals.slice(1);
  if (files.length === 0) throw new UsageError('merge needs shard files (shard-*.json); got none');
  const out = values.get('out');
  if (out === undefined)
    throw new UsageError('merge needs --out result.json: where to write the run');
  return { kind: 'merge', files: [...files], out };
}

/**
 * `shard FILE --shard I/K --out F` or `shard sweep FILE --param … --shard I/K --out F`: the flags
 * that change what is run (--trials, --seed, --set; a sweep's --param and --base) and no others.
 */
export function shardCommand(
  { positionals, values, lists, switches }: ReadFlags,
  runOptions: () => RunOptions,
): Command {
  const isSweep = positionals[1] === 'sweep';
  const takes = new Set<ValueFlag>([
    'trials',
    'seed',
    'set',
    'out',
    'shard',
    ...(isSweep ? (['param', 'base'] as const) : []),
  ]);
  const refused = [...values.keys(), ...lists.keys()].find((f) => !takes.has(f));
  if (refused)
    throw new UsageError(
      `--${refused} is not for shard${isSweep ? ' sweep' : ''}: a shard runs its blocks on one thread and writes only --out; merge writes the ${isSweep ? 'sweep' : 'run'}`,
    );
  if (switches.has('all')) throw new UsageError('--all is not for shard: merge writes the run');
  if (isSweep && switches.has('fund-series'))
    throw new UsageError('--fund-series is for a run or a shard of one; got it with shard sweep');
  const files = positionals.slice(isSweep ? 2 : 1);
  if (files.length !== 1)
    throw new UsageError(
      `shard${isSweep ? ' sweep' : ''} needs one scenario file; got ${countOf(files)}`,
    );
  const spec = values.get('shard');
  if (spec === undefined)
    throw new UsageError('shard needs --shard I/K: which shard of how many (I from 0 to K − 1)');
  const shard = parseShardSpec(spec);
  if (values.get('out') === undefined)
    throw new UsageError('shard needs --out shard-I.json: where to write the shard');
  const options = runOptions();
  const explored = isSweep ? exploreCommand('sweep', files[0]!, options, values, lists) : null;
  return {
    kind: 'shard',
    file: files[0]!,
    options,
    shard,
    sweep: explored?.kind === 'sweep' ? explored.sweep : null,
  };
}
