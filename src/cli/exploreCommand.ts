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
import type { Command, RunOptions, ValueFlag } from './parseArgs.ts';
import { parseWholeNumber, UsageError } from './usageError.ts';

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

/** Most runs a goal seek may take (SEEK_RUNS.max in the engine). */
export const MAX_SEEK_RUNS = 20;

export const EXPLORE_COMMANDS = ['sweep', 'tornado', 'seek'] as const;
export type ExploreCommandKind = (typeof EXPLORE_COMMANDS)[number];
/** Which explore commands take each of their flags. */
export const EXPLORE_FLAGS: Partial<Record<ValueFlag, readonly ExploreCommandKind[]>> = {
  param: ['sweep', 'tornado', 'seek'],
  metric: ['sweep', 'tornado'],
  base: ['sweep'],
  stat: ['sweep', 'tornado'],
  target: ['seek'],
  runs: ['seek'],
};

/** The flag's value read, or a UsageError with its message. */
function read<T>(result: FlagResult<T>): T {
  if (!result.ok) throw new UsageError(result.message);
  return result.value;
}

/**
 * The command of `sweep`, `tornado` or `seek` from its flags, each read into data (exploreArgs.ts);
 * a flag missing or given too often is a UsageError.
 */
export function exploreCommand(
  kind: ExploreCommandKind,
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
