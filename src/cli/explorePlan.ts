import {
  checkMetricKey,
  describeExploreProblem,
  isStatistic,
  planSeek,
  planSweep,
  planTornado,
  PLAUSIBLE_RANGES,
  reportedMetricKeys,
  SUMMARY_METRICS,
  type ExploreProblem,
  type Scenario,
  type SeekPlan,
  type Statistic,
  type SweepPlan,
  type TornadoPlan,
} from '../engine/index.ts';
import { flagIssueText } from './applySets.ts';
import type { Command } from './parseArgs.ts';

export type ExploreCommand = Extract<Command, { kind: 'sweep' | 'tornado' | 'seek' }>;

/** What an exploration will run, with what its tables show. */
export type ExplorePlan =
  | { kind: 'sweep'; plan: SweepPlan; metrics: string[]; statistic: Statistic }
  | { kind: 'tornado'; plan: TornadoPlan }
  | { kind: 'seek'; plan: SeekPlan };

/** A problem as one line naming its flag as given, what was expected and what was given. */
function problemLine(command: ExploreCommand, problem: ExploreProblem): string {
  const param = (index: number) => {
    const texts =
      command.kind === 'sweep'
        ? command.sweep.params.map((p) => p.text)
        : command.kind === 'tornado'
          ? command.tornado.params.map((p) => p.text)
          : [command.seek.param.text];
    const text = texts[index];
    return text === undefined ? '--param' : `--param ${text}`;
  };
  const target = command.kind === 'seek' ? `--target ${command.seek.target.text}` : '--target';
  const stat =
    command.kind === 'seek'
      ? target
      : `--stat ${(command.kind === 'sweep' ? command.sweep.stat : command.tornado.stat) ?? ''}`;
  switch (problem.input) {
    case 'parameter': {
      if (problem.kind === 'badPath') {
        const texts =
          command.kind === 'sweep'
            ? command.sweep.params
            : command.kind === 'tornado'
              ? command.tornado.params
              : [command.seek.param];
        const p = texts[problem.index];
        if (p) return flagIssueText('--param', p.text, p.pathText, problem.issue);
      }
      const where =
        problem.kind === 'noParameters' ? `${command.kind} --param` : param(problem.index);
      return `${where}: ${describeExploreProblem(problem, 'en')}`;
    }
    case 'metric':
      return `${command.kind === 'seek' ? target : `--metric ${problem.kind === 'unknownMetric' ? problem.key : ''}`}: ${describeExploreProblem(problem, 'en')}`;
    case 'statistic':
      return `${stat}: ${describeExploreProblem(problem, 'en')}`;
    case 'target':
      return `${target}: ${describeExploreProblem(problem, 'en')}`;
    case 'base':
      return `--base ${command.kind === 'sweep' ? (command.sweep.base?.text ?? '') : ''}: ${describeExploreProblem(problem, 'en')}`;
    default:
      return problem satisfies never;
  }
}

/**
 * Turns an exploration's flags and its loaded scenario into the engine's plan, or every problem
 * as a line naming its flag (exit status 2: nothing has run).
 */
export function planExploration(
  command: ExploreCommand,
  scenario: Scenario,
): { ok: true; plan: ExplorePlan } | { ok: false; lines: string[] } {
  const refuse = (problems: ExploreProblem[]) => ({
    ok: false as const,
    lines: problems.map((p) => problemLine(command, p)),
  });
  switch (command.kind) {
    case 'sweep': {
      const { params, metrics, base, stat } = command.sweep;
      const problems: ExploreProblem[] = [];
      const keys = reportedMetricKeys(scenario);
      for (const key of metrics) {
        const problem = checkMetricKey(key, scenario, keys);
        if (problem) problems.push(problem);
      }
      const statistic = stat ?? 'mean';
      if (!isStatistic(statistic))
        problems.push({ kind: 'unknownStatistic', input: 'statistic', given: statistic });
      const planned = planSweep({
        scenario,
        parameters: params.map((p) => ({ path: p.path, values: p.values })),
        ...(base ? { base: base.values } : {}),
      });
      if (!planned.ok) problems.unshift(...planned.problems);
      if (problems.length > 0 || !planned.ok || !isStatistic(statistic)) return refuse(problems);
      const shown =
        metrics.length > 0 ? metrics : SUMMARY_METRICS.filter((k) => keys?.includes(k) ?? true);
      return { ok: true, plan: { kind: 'sweep', plan: planned.plan, metrics: shown, statistic } };
    }
    case 'tornado': {
      const { params, metric, stat } = command.tornado;
      const missing = params.filter(
        (p) => p.range === null && !PLAUSIBLE_RANGES.some((r) => r.path === p.pathText),
      );
      if (missing.length > 0)
        return {
          ok: false,
          lines: missing.map(
            (p) =>
              `--param ${p.text}: expected PATH=LOW..HIGH, or a path of the plausible-range catalog ` +
              `(${PLAUSIBLE_RANGES.slice(0, 3)
                .map((r) => r.path)
                .join(', ')}, …: see README); got a path with no range`,
          ),
        };
      const planned = planTornado({
        scenario,
        ...(metric === undefined ? {} : { metric }),
        ...(stat === undefined ? {} : { statistic: stat }),
        ...(params.length === 0
          ? {}
          : {
              parameters: params.map((p) => {
                const range = p.range ?? PLAUSIBLE_RANGES.find((r) => r.path === p.pathText)!;
                return { path: p.path, low: range.low, high: range.high };
              }),
            }),
      });
      return planned.ok
        ? { ok: true, plan: { kind: 'tornado', plan: planned.plan } }
        : refuse(planned.problems);
    }
    case 'seek': {
      const { param, target, runs } = command.seek;
      const planned = planSeek({
        scenario,
        path: param.path,
        low: param.low,
        high: param.high,
        target: { metric: target.metric, statistic: target.statistic, value: target.value },
        ...(runs === undefined ? {} : { maxRuns: runs }),
      });
      return planned.ok
        ? { ok: true, plan: { kind: 'seek', plan: planned.plan } }
        : refuse(planned.problems);
    }
    default:
      return command satisfies never;
  }
}
