import {
  buildComparisonResult,
  type ComparisonResult,
  type Locale,
  type Scenario,
} from '../../engine/index.ts';
import type { RunError, Runner } from '../../workers/runner.ts';
import type { AppState } from '../state/appState.svelte.ts';
import { PRESETS } from '../state/presets.ts';
import type { RunStatus } from '../state/resultStatus.ts';
import { compareSide, sideName } from './sideNames.ts';

/** At most this many scenarios side by side. */
export const MAX_SCENARIOS = 6;

/** A scenario of the comparison: the one being edited, a preset as it is, or a save. */
export type ManyEntry =
  { kind: 'current' } | { kind: 'preset'; id: string } | { kind: 'saved'; name: string };

export type ResolvedEntry = {
  scenario: Scenario | null;
  /** Its name in each language, and whether it is an edited copy of a preset. */
  name: Record<Locale, string>;
  presetName: Record<Locale, string>;
  edited: boolean;
};

/** Every scenario paired with the first on the first's seed and trials: differences from it. */
export type ManyResult = {
  names: Record<Locale, string>[];
  scenarios: Scenario[];
  /** comparisons[i] is scenario i + 1 (a) against the first (b). */
  comparisons: ComparisonResult[];
  trials: number;
  seed: number;
};

export function resolveEntry(app: AppState, entry: ManyEntry): ResolvedEntry {
  if (entry.kind === 'current') {
    const side = compareSide(app.presetId, app.preset.scenario.name, app.changes, app.draft);
    return {
      scenario: app.scenario,
      name: { zh: sideName(side, 'zh', 'short'), en: sideName(side, 'en', 'short') },
      presetName: app.preset.scenario.name,
      edited: app.changeCount > 0,
    };
  }
  if (entry.kind === 'preset') {
    const preset = PRESETS.find((p) => p.id === entry.id) ?? PRESETS[0]!;
    return {
      scenario: preset.scenario,
      name: { zh: `${preset.scenario.name.zh}（预设）`, en: `${preset.scenario.name.en} (preset)` },
      presetName: preset.scenario.name,
      edited: false,
    };
  }
  const save = app.saves.find(entry.name);
  const preset = PRESETS.find((p) => p.id === save?.preset);
  const parsed = save && preset ? app.resolve(preset, save.changes) : null;
  return {
    scenario: parsed?.ok ? parsed.scenario : null,
    name: { zh: entry.name, en: entry.name },
    presetName: preset?.scenario.name ?? { zh: entry.name, en: entry.name },
    edited: true,
  };
}

/**
 * Up to six scenarios compared with common random numbers: each after the first is run paired
 * with the first (the runner's comparison), one after another on one pool, cancellable.
 */
export class ManyCompareState {
  entries = $state<ManyEntry[]>([
    { kind: 'current' },
    { kind: 'preset', id: PRESETS[0]?.id ?? '' },
  ]);
  status = $state<RunStatus>('idle');
  trialsDone = $state(0);
  trials = $state(0);
  error = $state.raw<RunError | null>(null);
  result = $state.raw<ManyResult | null>(null);
  #controller: AbortController | null = null;

  constructor(private readonly createRunner: () => Runner) {}

  add(entry: ManyEntry): void {
    if (this.entries.length < MAX_SCENARIOS) this.entries = [...this.entries, entry];
  }

  remove(i: number): void {
    this.entries = this.entries.filter((_, j) => j !== i);
  }

  cancel(): void {
    this.#controller?.abort();
  }

  async run(app: AppState, names: Record<Locale, string>[]): Promise<void> {
    if (this.status === 'running') return;
    const resolved = this.entries.map((e) => resolveEntry(app, e));
    const first = resolved[0]?.scenario;
    if (!first || resolved.length < 2 || resolved.some((r) => !r.scenario)) return;
    // The first's seed and trials for all: common random numbers.
    const scenarios = resolved.map((r, i) =>
      i === 0
        ? first
        : {
            ...r.scenario!,
            simulation: {
              ...r.scenario!.simulation,
              seed: first.simulation.seed,
              trials: first.simulation.trials,
            },
          },
    );
    const trials = first.simulation.trials;
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'running';
    this.error = null;
    this.trials = 2 * trials * (scenarios.length - 1);
    this.trialsDone = 0;
    const runner = this.createRunner();
    const comparisons: ComparisonResult[] = [];
    try {
      for (let i = 1; i < scenarios.length; i++) {
        const before = 2 * trials * (i - 1);
        const outcome = await runner.run(
          { scenario: scenarios[i]!, compareWith: first },
          {
            signal: controller.signal,
            partialEveryMs: 0,
            onProgress: (p) => (this.trialsDone = before + 2 * p.trialsDone),
          },
        );
        if (!outcome.ok) {
          this.error = outcome.error;
          this.status = outcome.error.kind === 'cancelled' ? 'cancelled' : 'failed';
          return;
        }
        comparisons.push(
          buildComparisonResult(scenarios[i]!, first, outcome.summary, outcome.info),
        );
      }
      this.result = { names, scenarios, comparisons, trials, seed: first.simulation.seed };
      this.status = 'done';
    } finally {
      runner.dispose();
      if (this.#controller === controller) this.#controller = null;
    }
  }
}

// One per app: the compare tab is built when shown, and its scenarios and result outlive that.
const STATES = new WeakMap<AppState, ManyCompareState>();

export function manyCompareStateOf(app: AppState, createRunner: () => Runner): ManyCompareState {
  let state = STATES.get(app);
  if (!state) STATES.set(app, (state = new ManyCompareState(createRunner)));
  return state;
}
