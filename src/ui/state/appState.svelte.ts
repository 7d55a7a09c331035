import {
  applyScenarioChanges,
  buildComparisonResult,
  buildRunResult,
  formatScenarioIssue,
  parseScenario,
  type ComparisonResult,
  type Locale,
  type ParseScenarioResult,
  type RunResult,
  type Scenario,
  type ScenarioIssue,
} from '../../engine/index.ts';
import type { RunError, RunProgress, Runner } from '../../workers/runner.ts';
import { decodeShareHash, encodeShareHash, type ShareLinkError } from '../share/shareLink.ts';
import {
  readSaves,
  writeSaves,
  type LoadedSaves,
  type SavedScenario,
} from '../storage/savedScenarios.ts';
import { nowIso } from '../clock.ts';
import { PRESETS, type Preset } from './presets.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** Dotted path of a scenario path, as changes and share links key fields. */
export function dotted(path: readonly (string | number)[]): string {
  return path.join('.');
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/**
 * The app's state: the preset, the user's changes to it, the scenario they make, the current run
 * and comparison, and the saved scenarios. Large results are `$state.raw`: replaced, never proxied.
 */
export class AppState {
  locale = $state<Locale>('zh');
  presetId = $state(PRESETS[0]?.id ?? 'hebei-2022');
  /** Dotted path → value as the user entered it (in stored units). */
  changes = $state<Record<string, unknown>>({});
  /** The last share link or import that could not be used, shown until dismissed. */
  notice = $state<
    | { kind: 'shareLink'; error: ShareLinkError }
    | { kind: 'import'; issues: ScenarioIssue[]; detail?: string }
    | null
  >(null);

  status = $state<RunStatus>('idle');
  progress = $state.raw<RunProgress | null>(null);
  result = $state.raw<RunResult | null>(null);
  /** The scenario that produced `result`: its τ and reporting minimum label the charts, not the one being edited. */
  resultScenario = $state.raw<Scenario | null>(null);
  runError = $state.raw<RunError | null>(null);

  compareId = $state<string>('no-concession');
  compareStatus = $state<RunStatus>('idle');
  compareProgress = $state.raw<RunProgress | null>(null);
  comparison = $state.raw<ComparisonResult | null>(null);

  saves = $state.raw<SavedScenario[]>([]);
  saveProblems = $state.raw<LoadedSaves['problems']>([]);

  preset: Preset = $derived(PRESETS.find((p) => p.id === this.presetId) ?? PRESETS[0]!);
  parsed: ParseScenarioResult = $derived(this.resolve(this.preset, this.changes));
  scenario: Scenario | null = $derived(this.parsed.ok ? this.parsed.scenario : null);
  issues: ScenarioIssue[] = $derived(this.parsed.ok ? [] : this.parsed.issues);

  #controller: AbortController | null = null;

  constructor(private readonly createRunner: () => Runner) {}

  resolve(preset: Preset, changes: Record<string, unknown>): ParseScenarioResult {
    const applied = applyScenarioChanges(preset.scenario, changes);
    return applied.ok ? parseScenario(applied.value) : applied;
  }

  /** The preset's value at a path, and whether the user changed it. */
  presetValue(path: readonly (string | number)[]): unknown {
    return valueAt(this.preset.scenario, path);
  }

  isChanged(path: readonly (string | number)[]): boolean {
    const key = dotted(path);
    if (key in this.changes) return this.changes[key] !== this.presetValue(path);
    // A field inside an object the user replaced (a changed tagged-union variant).
    return Object.keys(this.changes).some(
      (k) =>
        key.startsWith(`${k}.`) &&
        JSON.stringify(valueAt(this.scenario, path)) !== JSON.stringify(this.presetValue(path)),
    );
  }

  setField(path: readonly (string | number)[], value: unknown): void {
    const key = dotted(path);
    const next = Object.fromEntries(Object.entries(this.changes).filter(([k]) => k !== key));
    if (value !== this.presetValue(path)) next[key] = value;
    this.changes = next;
  }

  /**
   * Picks the variant of a tagged union (e.g. a transfer pricing rule): the object is replaced by
   * that variant with its defaults, and earlier changes inside it are dropped, not left dangling.
   */
  setVariant(path: readonly (string | number)[], tag: string): void {
    const parent = path.slice(0, -1);
    const prefix = dotted(parent);
    const next = Object.fromEntries(
      Object.entries(this.changes).filter(([k]) => k !== prefix && !k.startsWith(`${prefix}.`)),
    );
    const preset = this.presetValue(parent) as Record<string, unknown> | undefined;
    if (preset?.[String(path.at(-1))] !== tag) next[prefix] = { [String(path.at(-1))]: tag };
    this.changes = next;
  }

  choosePreset(id: string): void {
    this.presetId = id;
    this.changes = {};
  }

  issuesAt(path: readonly (string | number)[]): string[] {
    const key = dotted(path);
    return this.issues
      .filter((i) => dotted(i.path) === key)
      .map((i) => formatScenarioIssue(i, this.locale));
  }

  // Runs ------------------------------------------------------------------------------------

  async run(): Promise<void> {
    const scenario = this.scenario;
    if (!scenario || this.status === 'running') return;
    this.#controller = new AbortController();
    this.status = 'running';
    this.progress = null;
    this.runError = null;
    const runner = this.createRunner();
    const started = nowIso();
    const outcome = await runner.run(
      { scenario },
      {
        signal: this.#controller.signal,
        // Redrawing every chart costs the page a few hundred ms: a new view every 2 s is enough.
        partialEveryMs: 2000,
        onProgress: (p) => {
          this.progress = p;
          // A first view early, refined as blocks of trials complete.
          if (p.partial) {
            this.result = buildRunResult(scenario, p.partial, {
              wallTimeMs: p.elapsedMs,
              workers: runner.workers,
              runner: runner.name,
              startedAt: started,
            });
            this.resultScenario = scenario;
          }
        },
      },
    );
    runner.dispose();
    if (outcome.ok) {
      this.result = buildRunResult(scenario, outcome.summary, outcome.info);
      this.resultScenario = scenario;
      this.status = 'done';
    } else {
      this.runError = outcome.error;
      this.status = outcome.error.kind === 'cancelled' ? 'cancelled' : 'failed';
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }

  async compare(): Promise<void> {
    const scenario = this.scenario;
    const other = PRESETS.find((p) => p.id === this.compareId);
    if (!scenario || !other || this.compareStatus === 'running') return;
    // The same seed and trial count for both: common random numbers.
    const b = {
      ...other.scenario,
      simulation: {
        ...other.scenario.simulation,
        seed: scenario.simulation.seed,
        trials: scenario.simulation.trials,
      },
    };
    this.#controller = new AbortController();
    this.compareStatus = 'running';
    const runner = this.createRunner();
    const outcome = await runner.run(
      { scenario, compareWith: b },
      { signal: this.#controller.signal, onProgress: (p) => (this.compareProgress = p) },
    );
    runner.dispose();
    if (outcome.ok) {
      this.comparison = buildComparisonResult(scenario, b, outcome.summary, outcome.info);
      this.compareStatus = 'done';
    } else this.compareStatus = outcome.error.kind === 'cancelled' ? 'cancelled' : 'failed';
  }

  // Sharing, saving, importing ---------------------------------------------------------------

  shareHash(): string {
    return encodeShareHash({ v: 1, preset: this.presetId, changes: this.changes });
  }

  /** Opens a share link; a bad one leaves the current scenario as it was and says why. */
  openShareHash(hash: string): void {
    if (!hash || hash === '#') return;
    const decoded = decodeShareHash(hash);
    if (!decoded.ok) {
      this.notice = { kind: 'shareLink', error: decoded.error };
      return;
    }
    const preset = PRESETS.find((p) => p.id === decoded.state.preset);
    if (!preset) {
      this.notice = {
        kind: 'shareLink',
        error: { kind: 'invalid', detail: `preset: ${decoded.state.preset}` },
      };
      return;
    }
    const result = this.resolve(preset, decoded.state.changes);
    if (!result.ok) {
      this.notice = { kind: 'import', issues: result.issues };
      return;
    }
    this.presetId = preset.id;
    this.changes = decoded.state.changes;
  }

  /**
   * Imports a scenario file: its differences from the current preset become the changes. A file
   * with mistakes is rejected with every issue listed; the current scenario stays intact.
   */
  importScenario(text: string): void {
    const result = parseScenario(text);
    if (!result.ok) {
      this.notice = { kind: 'import', issues: result.issues };
      return;
    }
    const changes: Record<string, unknown> = {};
    collectDifferences(this.preset.scenario, result.scenario, [], changes);
    this.changes = changes;
    this.notice = null;
  }

  exportScenario(): string {
    return JSON.stringify(this.scenario, null, 2);
  }

  loadSaves(storage: Storage): void {
    const loaded = readSaves(storage);
    this.saves = loaded.saves;
    this.saveProblems = loaded.problems;
  }

  save(storage: Storage, name: string): void {
    const entry: SavedScenario = {
      name,
      savedAt: nowIso(),
      schemaVersion: 1,
      preset: this.presetId,
      changes: { ...this.changes },
    };
    this.saves = [...this.saves.filter((s) => s.name !== name), entry];
    writeSaves(storage, this.saves);
  }

  openSave(save: SavedScenario): void {
    const preset = PRESETS.find((p) => p.id === save.preset);
    if (!preset) {
      this.notice = {
        kind: 'shareLink',
        error: { kind: 'invalid', detail: `preset: ${save.preset}` },
      };
      return;
    }
    const result = this.resolve(preset, save.changes);
    if (!result.ok) {
      this.notice = { kind: 'import', issues: result.issues };
      return;
    }
    this.presetId = preset.id;
    this.changes = { ...save.changes };
  }
}

/** Leaf-by-leaf differences of two parsed scenarios, as dotted-path changes. */
function collectDifferences(
  base: unknown,
  next: unknown,
  path: (string | number)[],
  out: Record<string, unknown>,
): void {
  if (
    next !== null &&
    typeof next === 'object' &&
    base !== null &&
    typeof base === 'object' &&
    Array.isArray(next) === Array.isArray(base) &&
    (!Array.isArray(next) || (next as unknown[]).length === (base as unknown[]).length)
  ) {
    for (const key of Object.keys(next)) {
      const k = Array.isArray(next) ? Number(key) : key;
      collectDifferences(
        (base as Record<string, unknown>)[key],
        (next as Record<string, unknown>)[key],
        [...path, k],
        out,
      );
    }
    return;
  }
  if (JSON.stringify(base) !== JSON.stringify(next)) out[dotted(path)] = next;
}
