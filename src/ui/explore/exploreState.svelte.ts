import {
  DEFAULT_TORNADO_METRIC,
  describeParameter,
  describeExploreProblem,
  parseScenarioPath,
  planSeek,
  planSweep,
  planTornado,
  PLAUSIBLE_RANGES,
  runSeek,
  runSweep,
  runTornado,
  scenarioWith,
  type ExploreProblem,
  type ExploreProgress,
  type Scenario,
  type SeekEvaluation,
  type SeekResult,
  type SweepPoint,
  type SweepResult,
  type TornadoBar,
  type TornadoResult,
} from '../../engine/index.ts';
import { pointRunnerOf } from '../../workers/pointRunner.ts';
import type { RunError, Runner } from '../../workers/runner.ts';
import type { RunStatus } from '../state/resultStatus.ts';
import type { SweepView } from './responseCurveModel.ts';
import {
  describeTextProblem,
  parseNumberText,
  parseValueList,
  parseWholeText,
  valueText,
} from './valueText.ts';

export type ExploreMode = 'sweep' | 'tornado' | 'seek';

/** A message at a field of a form: what was expected and what was given, in both languages. */
export type FieldMessage = { field: string; text: { zh: string; en: string } };

/** A row of the tornado form: a plausible-range parameter, on or off, its ends as typed. */
export type TornadoRow = {
  path: string;
  on: boolean;
  low: string;
  high: string;
  source: { document: string; clause: string };
};

const both = (p: ExploreProblem) => ({
  zh: describeExploreProblem(p, 'zh'),
  en: describeExploreProblem(p, 'en'),
});

/** The field a planner's problem belongs to in the form. */
function fieldOf(prefix: string, p: ExploreProblem): string {
  if (p.input === 'parameter') return `${prefix}-param-${p.index}`;
  return `${prefix}-${p.input}`;
}

/** The scenario with the form's trial count (checked by the scenario's own rules), or a message. */
function withTrials(
  scenario: Scenario,
  text: string,
  field: string,
): { ok: true; scenario: Scenario } | { ok: false; message: FieldMessage } {
  const n = parseWholeText(text);
  if (!n.ok) return { ok: false, message: { field, text: describeTextProblem(n.problem) } };
  const changed = scenarioWith(scenario, [{ path: ['simulation', 'trials'], value: n.value }]);
  if (!changed.ok)
    return {
      ok: false,
      message: {
        field,
        text: both({
          kind: 'badValue',
          input: 'parameter',
          index: 0,
          value: n.value,
          issues: changed.issues,
        }),
      },
    };
  return { ok: true, scenario: changed.scenario };
}

/** Whether the scenario has the fields a path names (a preset without tech sub-funds has none). */
export function hasPath(scenario: Scenario, text: string): boolean {
  const parsed = parseScenarioPath(text);
  return parsed.ok && describeParameter(scenario, parsed.path).ok;
}

function pathOf(text: string, field: string) {
  const parsed = parseScenarioPath(text);
  if (parsed.ok) return { ok: true as const, path: parsed.path };
  return {
    ok: false as const,
    message: {
      field,
      text: both({ kind: 'badPath', input: 'parameter', index: 0, issue: parsed.issue }),
    },
  };
}

/**
 * The explore tab's forms, as typed (kept while the user switches tabs), and the one exploration
 * running or last run. An exploration takes the scenario when it starts: edits made while it
 * runs do not reach it, and its result names its own parameters, labels and units.
 */
export class ExploreState {
  mode = $state<ExploreMode>('sweep');
  status = $state<RunStatus>('idle');
  running = $state<ExploreMode | null>(null);
  progress = $state.raw<ExploreProgress | null>(null);
  runError = $state.raw<RunError | null>(null);
  messages = $state.raw<FieldMessage[]>([]);

  // Sweep
  sweepPaths = $state<string[]>(['bank.tolerance.nplToleranceShare', '']);
  sweepValues = $state<string[]>(['1.5%, 3%, 4.5%, 6%', '']);
  sweepTrials = $state('200');
  /** Which value of each parameter is the base point (index into its list). */
  sweepBase = $state<number[]>([0, 0]);
  sweepView = $state.raw<SweepView | null>(null);
  sweepResult = $state.raw<SweepResult | null>(null);
  sweepMetric = $state('bank.loansCNY');

  // Tornado
  tornadoMetric = $state(DEFAULT_TORNADO_METRIC);
  tornadoStatistic = $state('mean');
  tornadoTrials = $state('100');
  tornadoRows = $state<TornadoRow[]>(
    PLAUSIBLE_RANGES.map((r) => ({
      path: r.path,
      on: true,
      low: valueText(r.unit, r.low),
      high: valueText(r.unit, r.high),
      source: r.source,
    })),
  );
  tornadoBars = $state.raw<TornadoBar[]>([]);
  tornadoResult = $state.raw<TornadoResult | null>(null);

  // Goal seek
  seekPath = $state('concession.angelStageShare');
  seekLow = $state('0%');
  seekHigh = $state('60%');
  seekMetric = $state('angelFunds.privateLP.irr');
  seekStatistic = $state('p50');
  seekTarget = $state('8%');
  seekTrials = $state('200');
  seekRuns = $state('8');
  seekEvaluations = $state.raw<SeekEvaluation[]>([]);
  seekResult = $state.raw<SeekResult | null>(null);

  #controller: AbortController | null = null;

  constructor(private readonly createRunner: () => Runner) {}

  messageAt(field: string): FieldMessage | undefined {
    return this.messages.find((m) => m.field === field);
  }

  cancel(): void {
    this.#controller?.abort();
  }

  /** Runs one exploration on a fresh pool; its outcome, or null when it could not start. */
  async #start<T>(
    mode: ExploreMode,
    go: (
      runner: Runner,
      signal: AbortSignal,
    ) => Promise<{ ok: true; value: T } | { ok: false; error: RunError }>,
  ): Promise<T | null> {
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'running';
    this.running = mode;
    this.progress = null;
    this.runError = null;
    const runner = this.createRunner();
    try {
      const outcome = await go(runner, controller.signal);
      if (outcome.ok) {
        this.status = 'done';
        return outcome.value;
      }
      this.runError = outcome.error;
      this.status = outcome.error.kind === 'cancelled' ? 'cancelled' : 'failed';
      return null;
    } finally {
      runner.dispose();
      this.running = null;
      if (this.#controller === controller) this.#controller = null;
    }
  }

  /** The sweep's inputs as the engine takes them, or the messages of every bad field. */
  planSweepForm(scenario: Scenario) {
    const messages: FieldMessage[] = [];
    const trials = withTrials(scenario, this.sweepTrials, 'sweep-trials');
    if (!trials.ok) messages.push(trials.message);
    const parameters: { path: readonly (string | number)[]; values: number[] }[] = [];
    const base: number[] = [];
    this.sweepPaths.forEach((text, i) => {
      if (text === '') return;
      const field = `sweep-param-${parameters.length}`;
      const path = pathOf(text, field);
      const values = parseValueList(this.sweepValues[i] ?? '');
      if (!path.ok) messages.push(path.message);
      if (!values.ok) messages.push({ field, text: describeTextProblem(values.problem) });
      if (path.ok && values.ok) {
        parameters.push({ path: path.path, values: values.value });
        base.push(values.value[Math.min(this.sweepBase[i] ?? 0, values.value.length - 1)]!);
      }
    });
    if (messages.length > 0 || !trials.ok) return { ok: false as const, messages };
    const planned = planSweep({ scenario: trials.scenario, parameters, base });
    if (!planned.ok)
      return {
        ok: false as const,
        messages: planned.problems.map((p) => ({ field: fieldOf('sweep', p), text: both(p) })),
      };
    return { ok: true as const, plan: planned.plan };
  }

  async sweep(scenario: Scenario): Promise<void> {
    if (this.status === 'running') return;
    const planned = this.planSweepForm(scenario);
    this.messages = planned.ok ? [] : planned.messages;
    if (!planned.ok) return;
    const { plan } = planned;
    const view: SweepView = {
      parameters: plan.parameters.map((p) => ({
        pathText: p.pathText,
        label: p.label,
        unit: p.unit,
        values: p.values,
      })),
      baseIndex: plan.baseIndex,
      points: [],
      trials: plan.scenario.simulation.trials,
      plannedPoints: plan.points.length,
    };
    this.sweepView = view;
    this.sweepResult = null;
    const points: SweepPoint[] = [];
    const result = await this.#start('sweep', async (runner, signal) => {
      const outcome = await runSweep(plan, pointRunnerOf(runner, signal), {
        onProgress: (p) => (this.progress = p),
        onPoint: (point) => {
          points.push(point);
          this.sweepView = { ...view, points: [...points] };
        },
      });
      return outcome.ok ? { ok: true, value: outcome.result } : outcome;
    });
    if (result) {
      this.sweepResult = result;
      this.sweepView = { ...view, points: result.points };
    }
  }

  planTornadoForm(scenario: Scenario) {
    const messages: FieldMessage[] = [];
    const trials = withTrials(scenario, this.tornadoTrials, 'tornado-trials');
    if (!trials.ok) messages.push(trials.message);
    const parameters: {
      path: readonly (string | number)[];
      low: number;
      high: number;
      source: { document: string; clause: string };
    }[] = [];
    const rows: number[] = [];
    this.tornadoRows.forEach((row, i) => {
      // A row the scenario has no field for is shown as such and not run.
      if (!row.on || !hasPath(scenario, row.path)) return;
      const field = `tornado-row-${i}`;
      const path = pathOf(row.path, field);
      const low = parseNumberText(row.low);
      const high = parseNumberText(row.high);
      if (!path.ok) messages.push(path.message);
      else if (!low.ok) messages.push({ field, text: describeTextProblem(low.problem) });
      else if (!high.ok) messages.push({ field, text: describeTextProblem(high.problem) });
      else {
        rows.push(i);
        parameters.push({ path: path.path, low: low.value, high: high.value, source: row.source });
      }
    });
    if (messages.length > 0 || !trials.ok) return { ok: false as const, messages };
    const planned = planTornado({
      scenario: trials.scenario,
      metric: this.tornadoMetric,
      statistic: this.tornadoStatistic,
      parameters,
    });
    if (!planned.ok)
      return {
        ok: false as const,
        messages: planned.problems.map((p) => ({
          // A parameter's problem at its row of the form.
          field:
            p.input === 'parameter' && rows[p.index] !== undefined
              ? `tornado-row-${rows[p.index]}`
              : fieldOf('tornado', p),
          text: both(p),
        })),
      };
    return { ok: true as const, plan: planned.plan };
  }

  async tornado(scenario: Scenario): Promise<void> {
    if (this.status === 'running') return;
    const planned = this.planTornadoForm(scenario);
    this.messages = planned.ok ? [] : planned.messages;
    if (!planned.ok) return;
    this.tornadoBars = [];
    this.tornadoResult = null;
    const bars: TornadoBar[] = [];
    const result = await this.#start('tornado', async (runner, signal) => {
      const outcome = await runTornado(planned.plan, pointRunnerOf(runner, signal), {
        onProgress: (p) => (this.progress = p),
        onPoint: (bar) => {
          bars.push(bar);
          this.tornadoBars = [...bars];
        },
      });
      return outcome.ok ? { ok: true, value: outcome.result } : outcome;
    });
    if (result) {
      this.tornadoResult = result;
      this.tornadoBars = result.bars;
    }
  }

  planSeekForm(scenario: Scenario) {
    const messages: FieldMessage[] = [];
    const trials = withTrials(scenario, this.seekTrials, 'seek-trials');
    if (!trials.ok) messages.push(trials.message);
    const path = pathOf(this.seekPath, 'seek-param-0');
    if (!path.ok) messages.push(path.message);
    const low = parseNumberText(this.seekLow);
    const high = parseNumberText(this.seekHigh);
    if (!low.ok) messages.push({ field: 'seek-param-0', text: describeTextProblem(low.problem) });
    else if (!high.ok)
      messages.push({ field: 'seek-param-0', text: describeTextProblem(high.problem) });
    const target = parseNumberText(this.seekTarget);
    if (!target.ok)
      messages.push({ field: 'seek-target', text: describeTextProblem(target.problem) });
    const runs = parseWholeText(this.seekRuns);
    if (!runs.ok) messages.push({ field: 'seek-runs', text: describeTextProblem(runs.problem) });
    if (!trials.ok || !path.ok || !low.ok || !high.ok || !target.ok || !runs.ok)
      return { ok: false as const, messages };
    const planned = planSeek({
      scenario: trials.scenario,
      path: path.path,
      low: low.value,
      high: high.value,
      target: { metric: this.seekMetric, statistic: this.seekStatistic, value: target.value },
      maxRuns: runs.value,
    });
    if (!planned.ok)
      return {
        ok: false as const,
        messages: planned.problems.map((p) => ({ field: fieldOf('seek', p), text: both(p) })),
      };
    return { ok: true as const, plan: planned.plan };
  }

  async seek(scenario: Scenario): Promise<void> {
    if (this.status === 'running') return;
    const planned = this.planSeekForm(scenario);
    this.messages = planned.ok ? [] : planned.messages;
    if (!planned.ok) return;
    this.seekEvaluations = [];
    this.seekResult = null;
    const evaluations: SeekEvaluation[] = [];
    const result = await this.#start('seek', async (runner, signal) => {
      const outcome = await runSeek(planned.plan, pointRunnerOf(runner, signal), {
        onProgress: (p) => (this.progress = p),
        onPoint: (e) => {
          evaluations.push(e);
          this.seekEvaluations = [...evaluations];
        },
      });
      return outcome.ok ? { ok: true, value: outcome.result } : outcome;
    });
    if (result) this.seekResult = result;
  }
}
