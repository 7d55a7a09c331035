import {
  applyScenarioChanges,
  buildComparisonResult,
  parseScenario,
  scenarioHash,
  type ComparisonResult,
  type Locale,
  type ParseScenarioResult,
  type PathSegment,
  type RunResult,
  type Scenario,
  type ScenarioIssue,
} from '../../engine/index.ts';
import type { RunError, RunProgress, RunRequest, Runner } from '../../workers/runner.ts';
import { compareSide, type CompareSide } from '../compare/sideNames.ts';
import { EDITOR_GROUPS, groupOf } from '../i18n/fieldLabels.ts';
import { decodeShareHash, encodeShareHash, type ShareLinkError } from '../share/shareLink.ts';
import { nowIso } from '../clock.ts';
import { DEFAULT_COMPARE_PICKS } from '../compare/compareMetrics.ts';
import { PRESETS, type Preset } from './presets.ts';
import { programmeTemplate } from './programme.ts';
import {
  resultStatus,
  type ResultRecord,
  type ResultStatus,
  type RunStatus,
} from './resultStatus.ts';
import { changesKey, EDITED_ID, editedIdentity, modelChangeCount } from './scenarioIdentity.ts';
import { SavesState } from './savesState.svelte.ts';
import { runResultOf } from './runResultOf.ts';

export type { RunStatus };

export type Tab = 'scenario' | 'results' | 'fund' | 'compare' | 'explore';

/** Whether a result holds the quarterly series of the fund under `prefix` (`fund.<id>`). */
export function hasFundSeries(result: RunResult | null, prefix: string): boolean {
  return result?.series[`${prefix}.calledCNY`] !== undefined;
}

/** The compare target that means the user's own preset as it is, unedited. */
export const OWN_PRESET = '@preset';

/** Dotted path of a scenario path, as changes and share links key fields. */
export function dotted(path: readonly (string | number)[]): string {
  return path.join('.');
}

/** Equal as JSON: a list or an object the user replaced is the same when its items are. */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/** A question the user answers before something replaces their work. */
export type Question =
  | {
      kind: 'replaceEdits';
      what: 'openSave' | 'import' | 'preset' | 'reset' | 'link';
      name?: string;
    }
  | { kind: 'overwriteSave'; name: string }
  | { kind: 'deleteSave'; name: string };

export type AppStateOptions = {
  /** Where saves and the draft being edited are kept (localStorage in the page; none in tests). */
  storage?: Storage | null;
  /**
   * Runs a partial result's drawing in a task of its own, apart from the merging of trials that
   * produced it (the page defers to a macrotask; tests run it at once).
   */
  defer?: (run: () => void) => void;
  /** How often a run sends a first view (default every 2 s: a redraw costs the page). */
  partialEveryMs?: number;
  /** A first view after this many trials, before the first block is done (default 0: none). */
  previewTrials?: number;
  /** The scenario's hash for its results (the page computes it in a worker; default here). */
  hashScenario?: (scenario: Scenario) => Promise<string>;
};

/**
 * The app's state: the preset, the user's changes to it, the scenario they make, the current run
 * and comparison, and the saved scenarios. Large results are `$state.raw`: replaced, never proxied.
 */
export class AppState {
  locale = $state<Locale>('zh');
  tab = $state<Tab>('scenario');
  presetId = $state(PRESETS[0]?.id ?? 'hebei-2022');
  /** Dotted path → value as the user entered it (in stored units; text that is no number as typed). */
  changes = $state<Record<string, unknown>>({});

  /** The editor's group and search, kept while the user is on another tab. */
  editorGroup = $state(EDITOR_GROUPS[0]!.id);
  editorQuery = $state('');
  /** A field the editor should show and focus (from "1 个参数有误"), counted so a repeat works. */
  focusRequest = $state.raw<{ key: string; n: number } | null>(null);

  /** The last share link or import that could not be used, shown until dismissed. */
  notice = $state.raw<
    | { kind: 'shareLink'; error: ShareLinkError }
    | { kind: 'import'; issues: ScenarioIssue[] }
    | { kind: 'unknownPreset'; preset: string }
    | null
  >(null);
  /** What the app asks before it replaces or deletes the user's work; answered by `answer`. */
  question = $state.raw<Question | null>(null);
  #onYes: (() => void) | null = null;

  // The run ---------------------------------------------------------------------------------
  status = $state<RunStatus>('idle');
  progress = $state.raw<RunProgress | null>(null);
  result = $state.raw<RunResult | null>(null);
  /** The scenario that produced `result`: its τ and reporting minimum label the charts, not the one being edited. */
  resultScenario = $state.raw<Scenario | null>(null);
  resultRecord = $state.raw<ResultRecord | null>(null);
  runError = $state.raw<RunError | null>(null);
  /** The id of the latest run started; a result from an earlier one is the previous result. */
  latestRunId = $state(0);
  /** Runs ask for the funds' quarterly series: set once the fund view has been opened. */
  fundSeriesWanted = $state(false);

  // The comparison --------------------------------------------------------------------------
  compareTarget = $state<string>(OWN_PRESET);
  compareStatus = $state<RunStatus>('idle');
  compareProgress = $state.raw<RunProgress | null>(null);
  comparison = $state.raw<ComparisonResult | null>(null);
  compareError = $state.raw<RunError | null>(null);
  /** What each side of `comparison` is, and the scenarios themselves (exported with it). */
  compareSides = $state.raw<{ a: CompareSide; b: CompareSide } | null>(null);
  compareScenarios = $state.raw<{ a: Scenario; b: Scenario } | null>(null);
  /** The changes and target the comparison was run on: an edit since makes it out of date. */
  compareKey = $state('');
  /** The metrics the compare view shows, chosen by the user. */
  comparePicks = $state<string[]>([...DEFAULT_COMPARE_PICKS]);

  readonly saves: SavesState;

  preset: Preset = $derived(PRESETS.find((p) => p.id === this.presetId) ?? PRESETS[0]!);
  /** What the user is editing, valid or not: the preset with their changes applied, unparsed. */
  draft: unknown = $derived.by(() => {
    const applied = applyScenarioChanges(this.preset.scenario, this.changes);
    return applied.ok ? applied.value : this.preset.scenario;
  });
  parsed: ParseScenarioResult = $derived(this.resolve(this.preset, this.changes));
  scenario: Scenario | null = $derived(this.parsed.ok ? this.parsed.scenario : null);
  issues: ScenarioIssue[] = $derived(this.parsed.ok ? [] : this.parsed.issues);
  /** The preset and the changes as canonical text: equal scenarios, equal keys. */
  currentKey: string = $derived(`${this.presetId}|${changesKey(this.changes)}`);
  /** Model changes from the preset (the count the editor and the names show). */
  changeCount: number = $derived(modelChangeCount(this.changes));

  resultState: ResultStatus | null = $derived(
    resultStatus(this.resultRecord, this.status, this.latestRunId, this.currentKey),
  );
  compareStale: boolean = $derived(
    this.comparison !== null && this.compareKey !== `${this.currentKey}|${this.compareTarget}`,
  );

  /** Whether the page may switch tabs now (not while the user types in a field); set by the page. */
  mayLeaveTab: () => boolean = () => true;

  #runController: AbortController | null = null;
  #compareController: AbortController | null = null;
  #runs = 0;
  readonly #defer: (run: () => void) => void;
  readonly #storage: Storage | null;
  readonly #partialEveryMs: number;
  readonly #previewTrials: number;
  /** The runs' pool of workers, kept from run to run so that they stay warm. */
  #runner: Runner | null = null;
  /** The pool has warmed up once (`prestart`): what the page's first run can count on. */
  poolWarm = $state(false);
  readonly #hashScenario: (scenario: Scenario) => Promise<string>;

  constructor(
    private readonly createRunner: () => Runner,
    options: AppStateOptions = {},
  ) {
    this.#defer = options.defer ?? ((run) => run());
    this.#storage = options.storage ?? null;
    this.#partialEveryMs = options.partialEveryMs ?? 2000;
    this.#previewTrials = options.previewTrials ?? 0;
    this.#hashScenario = options.hashScenario ?? (async (s) => scenarioHash(s));
    this.saves = new SavesState(this.#storage);
  }

  resolve(preset: Preset, changes: Record<string, unknown>): ParseScenarioResult {
    const applied = applyScenarioChanges(preset.scenario, changes);
    if (!applied.ok) return applied;
    // An edited scenario is not the preset: its own id, name and description (scenarioIdentity.ts).
    const identity = editedIdentity(preset, changes, applied.value);
    return parseScenario(
      identity ? { ...(applied.value as Record<string, unknown>), ...identity } : applied.value,
    );
  }

  /** The preset's value at a path, and whether the user changed it. */
  presetValue(path: readonly (string | number)[]): unknown {
    return valueAt(this.preset.scenario, path);
  }

  /** The value the user sees at a path: their change (even one that does not parse) or the preset's. */
  draftValue(path: readonly (string | number)[]): unknown {
    return valueAt(this.draft, path);
  }

  /**
   * The change that added, whole, a section the preset has none of (a fund-raising programme),
   * when `path` lies inside it: its fields are then compared with what was added, not with the
   * preset's nothing.
   */
  addedSectionOf(path: readonly (string | number)[]): string | null {
    const key = dotted(path);
    for (const [k, value] of Object.entries(this.changes))
      if (
        key.startsWith(`${k}.`) &&
        isPlainObject(value) &&
        this.presetValue(k.split('.')) === undefined
      )
        return k;
    return null;
  }

  /** What a field is compared with to be "changed": the preset's value, or the added section's. */
  baselineValue(
    path: readonly (string | number)[],
    section: string | null = this.addedSectionOf(path),
  ): unknown {
    if (section === null) return this.presetValue(path);
    return valueAt(this.changes[section], path.slice(section.split('.').length));
  }

  isChanged(path: readonly (string | number)[]): boolean {
    const key = dotted(path);
    const section = this.addedSectionOf(path);
    const baseline = this.baselineValue(path, section);
    if (key in this.changes) return !sameJson(this.changes[key], baseline);
    // A field inside an object or list the user replaced (a changed tagged-union variant, a list
    // with a year added); the section added whole is what its fields are compared with.
    return Object.keys(this.changes).some(
      (k) =>
        k !== section && key.startsWith(`${k}.`) && !sameJson(valueAt(this.draft, path), baseline),
    );
  }

  /** The draft as `changes` make it, or null when they do not apply (a path the format lacks). */
  #draftOf(changes: Readonly<Record<string, unknown>>): unknown {
    const applied = applyScenarioChanges(this.preset.scenario, changes);
    return applied.ok ? applied.value : null;
  }

  setField(path: readonly (string | number)[], value: unknown): void {
    this.setFields([{ path, value }]);
  }

  /**
   * Several fields at once, one change of state (the editor's "apply to all angel sub-funds"). A
   * value that is what the field would be without the change (the preset's, or a replaced list's
   * or added section's) is no change and is dropped.
   */
  setFields(fields: readonly { path: readonly (string | number)[]; value: unknown }[]): void {
    const keys = fields.map((f) => dotted(f.path));
    const next = Object.fromEntries(
      Object.entries(this.changes).filter(([k]) => !keys.includes(k)),
    );
    const without = this.#draftOf(next);
    for (const { path, value } of fields) {
      const before = without === null ? this.baselineValue(path) : valueAt(without, path);
      if (!sameJson(value, before)) next[dotted(path)] = value;
    }
    this.changes = next;
  }

  /**
   * Replaces a whole part of the scenario (a list with a year added, a section added): earlier
   * changes inside it are dropped, not left to apply to a part that is gone. A value equal to what
   * the part would be without the change is no change.
   */
  setSection(path: readonly (string | number)[], value: unknown): void {
    const prefix = dotted(path);
    const next = Object.fromEntries(
      Object.entries(this.changes).filter(([k]) => k !== prefix && !k.startsWith(`${prefix}.`)),
    );
    const without = this.#draftOf(next);
    if (!sameJson(value, without === null ? this.presetValue(path) : valueAt(without, path)))
      next[prefix] = value;
    this.changes = next;
  }

  /** The scenario has a fund-raising programme (its preset's or one the user added). */
  get hasProgramme(): boolean {
    return isPlainObject(valueAt(this.draft, ['fundRaising']));
  }

  /** The programme is the user's addition to a preset without one: it can be taken out again. */
  get programmeAdded(): boolean {
    return this.presetValue(['fundRaising']) === undefined && 'fundRaising' in this.changes;
  }

  /**
   * Adds the Hebei programme preset's fund-raising programme, as one change: the listed
   * sub-funds stay, and the share link, the saved draft and a reset treat it as any other edit.
   */
  addProgramme(): void {
    const programme = programmeTemplate();
    if (!programme || this.presetValue(['fundRaising']) !== undefined) return;
    this.setSection(['fundRaising'], programme);
  }

  /**
   * Takes out a programme the user added, with every edit made inside it. A preset's own programme
   * stays: a change cannot remove a section yet (the format has no value for "absent").
   */
  removeProgramme(): void {
    if (!this.programmeAdded) return;
    this.changes = Object.fromEntries(
      Object.entries(this.changes).filter(
        ([k]) => k !== 'fundRaising' && !k.startsWith('fundRaising.'),
      ),
    );
  }

  /**
   * Picks the variant of a tagged union (e.g. a transfer pricing rule): the object is replaced by
   * that variant with its defaults, and earlier changes inside it are dropped, not left dangling.
   */
  setVariant(path: readonly (string | number)[], tag: string): void {
    this.setVariants([path], tag);
  }

  /** The same variant for several tagged unions at once (every angel sub-fund's pricing rule). */
  setVariants(paths: readonly (readonly (string | number)[])[], tag: string): void {
    let next = { ...this.changes };
    for (const path of paths) {
      const parent = path.slice(0, -1);
      const prefix = dotted(parent);
      next = Object.fromEntries(
        Object.entries(next).filter(([k]) => k !== prefix && !k.startsWith(`${prefix}.`)),
      );
      const preset = this.presetValue(parent) as Record<string, unknown> | undefined;
      if (preset?.[String(path.at(-1))] !== tag) next[prefix] = { [String(path.at(-1))]: tag };
    }
    this.changes = next;
  }

  /** Issues at exactly this path (a field's own problems, shown beside it). */
  issuesAt(path: readonly PathSegment[]): ScenarioIssue[] {
    const key = dotted(path);
    return this.issues.filter((i) => dotted(i.path) === key);
  }

  /** Shows a field in the editor and focuses it: the scenario tab, its group, no search hiding it. */
  goToField(path: readonly PathSegment[]): void {
    const group = groupOf(path);
    if (group) this.editorGroup = group;
    this.editorQuery = '';
    this.tab = 'scenario';
    this.focusRequest = { key: dotted(path), n: (this.focusRequest?.n ?? 0) + 1 };
  }

  // Replacing the user's work asks first ------------------------------------------------------

  /** Edits made since the scenario was last opened, saved or started from its preset. */
  get dirty(): boolean {
    return this.changeCount > 0 && changesKey(this.changes) !== this.saves.baseline;
  }

  /** Runs `action` now, or asks first when it would replace unsaved edits. */
  #replacing(
    what: Extract<Question, { kind: 'replaceEdits' }>['what'],
    action: () => void,
    name?: string,
  ) {
    if (!this.dirty) return action();
    this.#ask({ kind: 'replaceEdits', what, ...(name ? { name } : {}) }, action);
  }

  #ask(question: Question, onYes: () => void): void {
    this.question = question;
    this.#onYes = onYes;
  }

  answer(yes: boolean): void {
    const action = this.#onYes;
    this.question = null;
    this.#onYes = null;
    if (yes) action?.();
  }

  #replace(presetId: string, changes: Record<string, unknown>, savedAs: string | null): void {
    this.presetId = presetId;
    this.changes = changes;
    this.saves.opened(savedAs, changesKey(changes));
  }

  choosePreset(id: string): void {
    if (id === this.presetId && this.changeCount === 0) return;
    this.#replacing(id === this.presetId ? 'reset' : 'preset', () => this.#replace(id, {}, null));
  }

  // Runs ------------------------------------------------------------------------------------

  #pool(): Runner {
    return (this.#runner ??= this.createRunner());
  }

  /**
   * Gets the first run ready while the user reads the page: the workers start and compile the
   * engine on a few throwaway trials, and the scenario hasher starts. Nothing shown changes.
   */
  async prestart(): Promise<void> {
    const scenario = this.scenario;
    if (!scenario) return;
    // Only started here: a hash that fails fails again, and says so, when a run asks for it.
    this.#hashScenario(scenario).catch(() => {});
    await this.#pool().prestart(scenario);
    this.poolWarm = true;
  }

  async run(): Promise<void> {
    const scenario = this.scenario;
    if (!scenario || this.status === 'running' || this.compareStatus === 'running') return;
    const runId = ++this.#runs;
    const key = this.currentKey;
    const trials = scenario.simulation.trials;
    const controller = new AbortController();
    this.#runController = controller;
    this.latestRunId = runId;
    this.status = 'running';
    this.progress = null;
    this.runError = null;
    const runner = this.#pool();
    const started = nowIso();
    // Hashed once for the run, not for every view of it.
    const hashing = this.#hashScenario(scenario);
    let firstView = true;
    let ended = false;
    const show = (result: RunResult, complete: boolean, trialsDone: number) => {
      this.result = result;
      this.resultScenario = scenario;
      this.resultRecord = { runId, key, complete, trialsDone, trials };
      // The results tab opens once, at the run's first view: never again, and not while typing.
      if (firstView) {
        firstView = false;
        // The fund view shows the run's results too: it is not left for the dashboard.
        if (this.tab !== 'results' && this.tab !== 'fund' && this.mayLeaveTab())
          this.tab = 'results';
      }
    };
    // Every fund's quarterly series cost engine time: asked for only once the fund view is opened.
    const request: RunRequest = {
      scenario,
      ...(this.fundSeriesWanted ? { fundSeries: true } : {}),
    };
    const outcome = await runner.run(request, {
      signal: controller.signal,
      partialEveryMs: this.#partialEveryMs,
      previewTrials: this.#previewTrials,
      onProgress: (p) => {
        this.progress = p;
        const partial = p.partial;
        if (!partial) return;
        // A first view early, refined as blocks of trials complete. Building it and drawing it
        // are tasks of their own, apart from the one that received it.
        void hashing.then((hash) =>
          this.#defer(() => {
            if (ended) return;
            const result = runResultOf(scenario, hash, partial, {
              wallTimeMs: p.elapsedMs,
              workers: runner.workers,
              runner: runner.name,
              startedAt: started,
            });
            this.#defer(() => {
              if (!ended) show(result, false, partial.trials);
            });
          }),
        );
      },
    });
    ended = true;
    if (this.#runController === controller) this.#runController = null;
    if (outcome.ok) {
      // Built in one task, drawn in the next: neither holds the page for long.
      const result = runResultOf(scenario, await hashing, outcome.summary, outcome.info);
      await new Promise<void>((resolve) => this.#defer(resolve));
      show(result, true, trials);
      this.status = 'done';
    } else {
      this.runError = outcome.error;
      this.status = outcome.error.kind === 'cancelled' ? 'cancelled' : 'failed';
      // A cancelled or failed run ended its workers: the next one starts warm all the same.
      void this.prestart();
    }
  }

  /**
   * The fund view wants the series of the fund under `prefix`: from now on every run asks for
   * them, and when the result on screen lacks them and is of the scenario as it is, the same
   * scenario is run again (same seed: every other number stays as it was). True when a run was
   * started.
   */
  wantFundSeries(prefix: string): boolean {
    this.fundSeriesWanted = true;
    const current = this.resultState?.kind === 'complete' && !this.resultState.stale;
    if (!current || this.status === 'running' || hasFundSeries(this.result, prefix)) return false;
    void this.run();
    return true;
  }

  /** Stops the run (never the comparison). */
  cancelRun(): void {
    this.#runController?.abort();
  }

  /** The scenario the comparison runs against: the user's own preset unedited, or another. */
  get compareWith(): Preset | null {
    if (this.compareTarget === OWN_PRESET) return this.preset;
    return PRESETS.find((p) => p.id === this.compareTarget) ?? null;
  }

  async compare(): Promise<void> {
    const scenario = this.scenario;
    const other = this.compareWith;
    if (!scenario || !other || this.compareStatus === 'running' || this.status === 'running')
      return;
    // The same seed and trial count for both: common random numbers.
    const b: Scenario = {
      ...other.scenario,
      simulation: {
        ...other.scenario.simulation,
        seed: scenario.simulation.seed,
        trials: scenario.simulation.trials,
      },
    };
    const sides = {
      a: compareSide(this.presetId, this.preset.scenario.name, this.changes, this.draft),
      b: compareSide(other.id, other.scenario.name, {}, other.scenario),
    };
    const key = `${this.currentKey}|${this.compareTarget}`;
    const controller = new AbortController();
    this.#compareController = controller;
    this.compareStatus = 'running';
    this.compareProgress = null;
    this.compareError = null;
    const runner = this.#pool();
    const outcome = await runner.run(
      { scenario, compareWith: b },
      {
        signal: controller.signal,
        // No partial comparisons: merging one costs the page and nothing shows it.
        partialEveryMs: 0,
        onProgress: (p) => (this.compareProgress = p),
      },
    );
    if (this.#compareController === controller) this.#compareController = null;
    if (outcome.ok) {
      const comparison = buildComparisonResult(scenario, b, outcome.summary, outcome.info);
      // Drawn in a task of its own, apart from the hashing and merging that built it.
      await new Promise<void>((resolve) => this.#defer(resolve));
      this.comparison = comparison;
      this.compareSides = sides;
      this.compareScenarios = { a: scenario, b };
      this.compareKey = key;
      this.compareStatus = 'done';
    } else {
      this.compareError = outcome.error;
      this.compareStatus = outcome.error.kind === 'cancelled' ? 'cancelled' : 'failed';
    }
  }

  /** Stops the comparison (never the run). */
  cancelCompare(): void {
    this.#compareController?.abort();
  }

  // Sharing, saving, importing ---------------------------------------------------------------

  shareHash(): string {
    return encodeShareHash({ v: 1, preset: this.presetId, changes: this.changes });
  }

  /**
   * Opens a share link. A bad one leaves the current scenario as it was and says why; one that
   * would replace unsaved edits asks first.
   */
  openShareHash(hash: string): void {
    if (!hash || hash === '#') return;
    const decoded = decodeShareHash(hash);
    if (!decoded.ok) {
      this.notice = { kind: 'shareLink', error: decoded.error };
      return;
    }
    const { preset: id, changes } = decoded.state;
    // The page's own address, written as the user edits: nothing to open.
    if (id === this.presetId && changesKey(changes) === changesKey(this.changes)) return;
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) {
      this.notice = { kind: 'unknownPreset', preset: id };
      return;
    }
    const result = this.resolve(preset, changes);
    if (!result.ok) {
      this.notice = { kind: 'import', issues: result.issues };
      return;
    }
    this.#replacing('link', () => this.#replace(preset.id, changes, null));
  }

  /**
   * Where the page starts: the draft kept as the user edited (even with fields that do not parse:
   * they are the user's typing), or the share link in the address when it is another scenario.
   */
  restore(hash: string): void {
    this.saves.load();
    const draft = this.saves.readDraft();
    if (draft && PRESETS.some((p) => p.id === draft.preset)) {
      this.presetId = draft.preset;
      this.changes = draft.changes;
      this.saves.opened(draft.savedAs, draft.baseline);
    }
    this.openShareHash(hash);
  }

  /** Keeps the scenario being edited in storage (called as the user edits). */
  persist(): void {
    this.saves.writeDraft({
      v: 1,
      preset: this.presetId,
      changes: this.changes,
      savedAs: this.saves.savedAs,
      baseline: this.saves.baseline,
    });
  }

  /**
   * Imports a scenario file: its differences from the current preset become the changes. A file
   * with mistakes is rejected with every issue listed; the current scenario stays intact. One that
   * would replace unsaved edits asks first.
   */
  importScenario(text: string): void {
    const result = parseScenario(text);
    if (!result.ok) {
      this.notice = { kind: 'import', issues: result.issues };
      return;
    }
    const found: Record<string, unknown> = {};
    collectDifferences(this.preset.scenario, result.scenario, [], found);
    // A file this app exported for an edited scenario: its id and name are derived again.
    const derived = EDITED_ID.test(result.scenario.id);
    const changes = Object.fromEntries(
      Object.entries(found).filter(([k]) => !(derived && /^(id|name|description)(\.|$)/.test(k))),
    );
    this.notice = null;
    this.#replacing('import', () => this.#replace(this.presetId, changes, null));
  }

  exportScenario(): string {
    return JSON.stringify(this.scenario, null, 2);
  }

  /** Saves the scenario under `name`; asks before replacing another save of that name. */
  save(name: string): void {
    const entry = {
      name,
      savedAt: nowIso(),
      schemaVersion: 1,
      preset: this.presetId,
      changes: { ...this.changes },
    };
    const write = () => this.saves.write(entry);
    const existing = this.saves.find(name);
    if (existing && name !== this.saves.savedAs) this.#ask({ kind: 'overwriteSave', name }, write);
    else write();
  }

  openSave(name: string): void {
    const save = this.saves.find(name);
    if (!save) return;
    const preset = PRESETS.find((p) => p.id === save.preset);
    if (!preset) {
      this.notice = { kind: 'unknownPreset', preset: save.preset };
      return;
    }
    const result = this.resolve(preset, save.changes);
    if (!result.ok) {
      this.notice = { kind: 'import', issues: result.issues };
      return;
    }
    this.#replacing(
      'openSave',
      () => this.#replace(preset.id, { ...save.changes }, save.name),
      name,
    );
  }

  renameSave(from: string, to: string): void {
    if (!to || from === to) return;
    const rename = () => this.saves.rename(from, to);
    if (this.saves.find(to)) this.#ask({ kind: 'overwriteSave', name: to }, rename);
    else rename();
  }

  deleteSave(name: string): void {
    this.#ask({ kind: 'deleteSave', name }, () => this.saves.remove(name));
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
