import {
  deleteSave,
  migrateLegacy,
  readDraft,
  readSaves,
  renameSave,
  writeDraft,
  writeSave,
  type Draft,
  type SavedScenario,
  type SaveProblem,
} from '../storage/savedScenarios.ts';
import { changesKey } from './scenarioIdentity.ts';

/** What the app says once a save, rename or delete is done, or why it could not be. */
export type SaveMessage =
  | { kind: 'saved' | 'deleted'; name: string }
  | { kind: 'renamed'; name: string; from: string }
  | { kind: 'storageFull' | 'storageRefused'; name: string };

/**
 * The saved scenarios in the browser's storage, the save the scenario being edited came from, and
 * what it was when opened or saved (so the app knows which edits are unsaved). Without storage
 * (tests, a browser that refuses it) saves live in memory only.
 */
export class SavesState {
  list = $state.raw<SavedScenario[]>([]);
  problems = $state.raw<SaveProblem[]>([]);
  message = $state.raw<SaveMessage | null>(null);
  /** The save the scenario was opened from or last saved as. */
  savedAs = $state<string | null>(null);
  /** The changes (canonical text) when it was opened or saved. */
  baseline = $state(changesKey({}));

  constructor(private readonly storage: Storage | null) {}

  load(): void {
    if (!this.storage) return;
    try {
      migrateLegacy(this.storage);
    } catch {
      // A storage that refuses writes still reads: the old entry is read below.
    }
    const loaded = readSaves(this.storage);
    this.list = loaded.saves;
    this.problems = loaded.problems;
  }

  find(name: string): SavedScenario | undefined {
    return this.list.find((s) => s.name === name);
  }

  opened(savedAs: string | null, baseline: string): void {
    this.savedAs = savedAs;
    this.baseline = baseline;
  }

  #set(save: SavedScenario): void {
    this.list = [...this.list.filter((s) => s.name !== save.name), save].sort((a, b) =>
      a.name.localeCompare(b.name, 'zh-CN'),
    );
  }

  write(save: SavedScenario): void {
    const written = this.storage ? writeSave(this.storage, save) : { ok: true as const };
    if (!written.ok) {
      this.message = {
        kind: written.reason === 'full' ? 'storageFull' : 'storageRefused',
        name: save.name,
      };
      return;
    }
    this.#set(save);
    this.opened(save.name, changesKey(save.changes));
    this.message = { kind: 'saved', name: save.name };
  }

  rename(from: string, to: string): void {
    const save = this.find(from);
    if (!save) return;
    const written = this.storage ? renameSave(this.storage, save, to) : { ok: true as const };
    if (!written.ok) {
      this.message = {
        kind: written.reason === 'full' ? 'storageFull' : 'storageRefused',
        name: to,
      };
      return;
    }
    this.list = this.list.filter((s) => s.name !== from);
    this.#set({ ...save, name: to });
    if (this.savedAs === from) this.savedAs = to;
    this.message = { kind: 'renamed', name: to, from };
  }

  remove(name: string): void {
    if (this.storage) deleteSave(this.storage, name);
    this.list = this.list.filter((s) => s.name !== name);
    if (this.savedAs === name) this.savedAs = null;
    this.message = { kind: 'deleted', name };
  }

  readDraft(): Draft | null {
    return this.storage ? readDraft(this.storage) : null;
  }

  writeDraft(draft: Draft): void {
    if (this.storage) writeDraft(this.storage, draft);
  }
}
