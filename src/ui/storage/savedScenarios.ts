import * as z from 'zod';
import { SCHEMA_VERSION } from '../../engine/index.ts';

/**
 * Scenarios the user saved in the browser, one storage entry each, so one entry that is damaged
 * (by hand, by another version of the app, by a full disk mid-write) loses nothing else. A save is
 * the preset it started from and the changes made to it, with the scenario format's version, so
 * a save made before a format change still opens (if its changes still name existing fields) or
 * says clearly why not.
 */
export const SavedScenarioSchema = z.strictObject({
  name: z.string().min(1).max(100),
  savedAt: z.string(),
  schemaVersion: z.int(),
  preset: z.string(),
  changes: z.record(z.string(), z.unknown()),
});
export type SavedScenario = z.infer<typeof SavedScenarioSchema>;

/** Each save lives at this prefix and its name. */
export const SAVE_PREFIX = 'fund-chain-simulator.save:';
/** The single entry that held every save before they had one each; read once and split. */
export const LEGACY_KEY = 'fund-chain-simulator.saved';

const LegacyStoreSchema = z.strictObject({
  storeVersion: z.literal(1),
  scenarios: z.array(z.unknown()),
});

export type SaveProblem = {
  /** The save's name when it could be read, else its storage key. */
  name: string;
  reason: 'unreadable' | 'newerFormat' | 'olderFormat';
};

export type LoadedSaves = {
  /** By name. */
  saves: SavedScenario[];
  /** Saves that could not be read, with why, so nothing disappears silently. */
  problems: SaveProblem[];
};

type ReadStorage = Pick<Storage, 'getItem' | 'key' | 'length'>;
type WriteStorage = Pick<Storage, 'setItem' | 'removeItem'>;

export function saveKey(name: string): string {
  return SAVE_PREFIX + name;
}

function check(item: unknown, fallbackName: string): SavedScenario | SaveProblem {
  const parsed = SavedScenarioSchema.safeParse(item);
  if (!parsed.success) {
    const name = (item as { name?: unknown } | null)?.name;
    return { name: typeof name === 'string' && name ? name : fallbackName, reason: 'unreadable' };
  }
  if (parsed.data.schemaVersion > SCHEMA_VERSION)
    return { name: parsed.data.name, reason: 'newerFormat' };
  // No older format exists yet; when one does, its migration goes here.
  if (parsed.data.schemaVersion < SCHEMA_VERSION)
    return { name: parsed.data.name, reason: 'olderFormat' };
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isSave = (x: SavedScenario | SaveProblem): x is SavedScenario => 'changes' in x;

/** Every save in `storage`, and a problem for each entry that cannot be read. */
export function readSaves(storage: ReadStorage): LoadedSaves {
  const saves: SavedScenario[] = [];
  const problems: SaveProblem[] = [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(SAVE_PREFIX)) keys.push(key);
  }
  for (const key of keys.sort()) {
    const name = key.slice(SAVE_PREFIX.length);
    const item = check(parseJson(storage.getItem(key) ?? ''), name);
    // An entry whose name is not its key's was not written by this app: not trusted.
    if (!isSave(item)) problems.push(item);
    else if (item.name !== name) problems.push({ name, reason: 'unreadable' });
    else saves.push(item);
  }
  // Saves from the single entry of earlier versions, for those not yet split (migrateLegacy).
  const legacy = readLegacy(storage);
  for (const item of legacy.items) if (!saves.some((s) => s.name === item.name)) saves.push(item);
  problems.push(...legacy.problems);
  saves.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { saves, problems };
}

function readLegacy(storage: Pick<Storage, 'getItem'>): {
  items: SavedScenario[];
  problems: SaveProblem[];
  present: boolean;
} {
  const text = storage.getItem(LEGACY_KEY);
  if (text === null) return { items: [], problems: [], present: false };
  const store = LegacyStoreSchema.safeParse(parseJson(text));
  if (!store.success)
    return { items: [], problems: [{ name: LEGACY_KEY, reason: 'unreadable' }], present: true };
  const items: SavedScenario[] = [];
  const problems: SaveProblem[] = [];
  store.data.scenarios.forEach((item, i) => {
    const checked = check(item, `${LEGACY_KEY}#${i + 1}`);
    if (isSave(checked)) items.push(checked);
    else problems.push(checked);
  });
  return { items, problems, present: true };
}

/**
 * Splits the single entry of earlier versions into one entry a save, then removes it, but only
 * when every save in it could be read and written: a damaged one stays where it was, reported.
 */
export function migrateLegacy(storage: ReadStorage & WriteStorage): void {
  const legacy = readLegacy(storage);
  if (!legacy.present || legacy.problems.length > 0) return;
  for (const item of legacy.items)
    if (storage.getItem(saveKey(item.name)) === null) {
      const written = writeSave(storage, item);
      if (!written.ok) return;
    }
  storage.removeItem(LEGACY_KEY);
}

export type StorageResult = { ok: true } | { ok: false; reason: 'full' | 'refused' };

/** Writes one save (replacing one of the same name); a full or refused storage is data. */
export function writeSave(storage: Pick<Storage, 'setItem'>, save: SavedScenario): StorageResult {
  try {
    storage.setItem(saveKey(save.name), JSON.stringify(save));
    return { ok: true };
  } catch (e) {
    const full = e instanceof Error && /quota/i.test(`${e.name} ${e.message}`);
    return { ok: false, reason: full ? 'full' : 'refused' };
  }
}

export function deleteSave(storage: Pick<Storage, 'removeItem'>, name: string): void {
  storage.removeItem(saveKey(name));
}

/** Renames a save: the new entry is written before the old one is removed. */
export function renameSave(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  save: SavedScenario,
  to: string,
): StorageResult {
  const written = writeSave(storage, { ...save, name: to });
  if (written.ok && to !== save.name) deleteSave(storage, save.name);
  return written;
}

// The scenario being edited, kept as it is edited so a reload, a crash or a closed tab loses
// nothing (values that do not parse included: they are the user's typing).

export const DRAFT_KEY = 'fund-chain-simulator.draft';

const DraftSchema = z.strictObject({
  v: z.literal(1),
  preset: z.string(),
  changes: z.record(z.string(), z.unknown()),
  /** The save it was opened from or saved as, if any. */
  savedAs: z.string().nullable(),
  /** Changes when it was last opened or saved: what "unsaved edits" are measured from. */
  baseline: z.string(),
});
export type Draft = z.infer<typeof DraftSchema>;

export function readDraft(storage: Pick<Storage, 'getItem'>): Draft | null {
  const text = storage.getItem(DRAFT_KEY);
  if (text === null) return null;
  const parsed = DraftSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}

export function writeDraft(storage: Pick<Storage, 'setItem'>, draft: Draft): StorageResult {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return { ok: true };
  } catch {
    return { ok: false, reason: 'full' };
  }
}
