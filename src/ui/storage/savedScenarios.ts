import * as z from 'zod';
import { SCHEMA_VERSION } from '../../engine/index.ts';

/**
 * A scenario the user saved: the preset it started from and the changes made to it. Saves carry
 * the scenario format's version, so a save made before a format change still opens (if the changes
 * still name existing fields) or says clearly why not.
 */
export const SavedScenarioSchema = z.strictObject({
  name: z.string().min(1).max(100),
  savedAt: z.string(),
  schemaVersion: z.int(),
  preset: z.string(),
  changes: z.record(z.string(), z.unknown()),
});
export type SavedScenario = z.infer<typeof SavedScenarioSchema>;

const StoreSchema = z.strictObject({
  storeVersion: z.literal(1),
  scenarios: z.array(z.unknown()),
});

export const STORAGE_KEY = 'fund-chain-simulator.saved';

export type LoadedSaves = {
  saves: SavedScenario[];
  /** Saves that could not be read, with why, so nothing disappears silently. */
  problems: Array<{
    index: number;
    reason: 'unreadable' | 'newerFormat' | 'olderFormat';
    detail: string;
  }>;
};

export function readSaves(storage: Pick<Storage, 'getItem'>): LoadedSaves {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return { saves: [], problems: [] };
  let store: z.infer<typeof StoreSchema>;
  try {
    store = StoreSchema.parse(JSON.parse(text));
  } catch (e) {
    return {
      saves: [],
      problems: [
        { index: -1, reason: 'unreadable', detail: e instanceof Error ? e.message : String(e) },
      ],
    };
  }
  const saves: SavedScenario[] = [];
  const problems: LoadedSaves['problems'] = [];
  store.scenarios.forEach((item, index) => {
    const parsed = SavedScenarioSchema.safeParse(item);
    if (!parsed.success)
      problems.push({ index, reason: 'unreadable', detail: parsed.error.issues[0]?.message ?? '' });
    else if (parsed.data.schemaVersion > SCHEMA_VERSION)
      problems.push({
        index,
        reason: 'newerFormat',
        detail: `format ${parsed.data.schemaVersion} > ${SCHEMA_VERSION}`,
      });
    else if (parsed.data.schemaVersion < SCHEMA_VERSION)
      // No older format exists yet; when one does, its migration goes here.
      problems.push({
        index,
        reason: 'olderFormat',
        detail: `format ${parsed.data.schemaVersion} < ${SCHEMA_VERSION}`,
      });
    else saves.push(parsed.data);
  });
  return { saves, problems };
}

export function writeSaves(
  storage: Pick<Storage, 'setItem'>,
  saves: readonly SavedScenario[],
): void {
  storage.setItem(STORAGE_KEY, JSON.stringify({ storeVersion: 1, scenarios: saves }));
}
