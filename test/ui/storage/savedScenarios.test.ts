import { describe, expect, it } from 'vitest';
import {
  DRAFT_KEY,
  LEGACY_KEY,
  migrateLegacy,
  readDraft,
  readSaves,
  renameSave,
  saveKey,
  writeDraft,
  writeSave,
  deleteSave,
} from '../../../src/ui/storage/savedScenarios.ts';

/** Storage as the browser's: keys by index, getItem, setItem, removeItem; optionally full. */
function memoryStorage(initial: Record<string, string> = {}, full = false): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('exceeded the quota', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const save = (over: Record<string, unknown> = {}) => ({
  name: '试算一',
  savedAt: '2026-11-22T00:00:00.000Z',
  schemaVersion: 1,
  preset: 'hebei-2022',
  changes: { 'concession.angelStageShare': 0.3 },
  ...over,
});

describe('saved scenarios, one storage entry each', () => {
  it('round-trip through storage', () => {
    const storage = memoryStorage();
    expect(writeSave(storage, save())).toEqual({ ok: true });
    expect(storage.getItem(saveKey('试算一'))).not.toBeNull();
    expect(readSaves(storage)).toEqual({ saves: [save()], problems: [] });
  });

  it('lose nothing else when one entry is damaged, and say which', () => {
    const storage = memoryStorage({
      [saveKey('好的')]: JSON.stringify(save({ name: '好的' })),
      [saveKey('坏的')]: '{"name": "坏的", "changes": ',
      [saveKey('新版')]: JSON.stringify(save({ name: '新版', schemaVersion: 9 })),
      // An entry whose name is not its key's: not written by this app.
      [saveKey('别名')]: JSON.stringify(save({ name: '另一个' })),
      'unrelated.key': 'x',
    });
    const loaded = readSaves(storage);
    expect(loaded.saves.map((s) => s.name)).toEqual(['好的']);
    expect(loaded.problems).toEqual(
      expect.arrayContaining([
        { name: '坏的', reason: 'unreadable' },
        { name: '新版', reason: 'newerFormat' },
        { name: '别名', reason: 'unreadable' },
      ]),
    );
    expect(loaded.problems).toHaveLength(3);
  });

  it('split the single entry of earlier versions, keeping it while any save in it is damaged', () => {
    const legacy = JSON.stringify({
      storeVersion: 1,
      scenarios: [save(), save({ name: '试算二' })],
    });
    const storage = memoryStorage({ [LEGACY_KEY]: legacy });
    // In the order of the names as Chinese readers sort them (by pinyin: èr before yī).
    expect(readSaves(storage).saves.map((s) => s.name)).toEqual(['试算二', '试算一']);
    migrateLegacy(storage);
    expect(storage.getItem(LEGACY_KEY)).toBeNull();
    expect(readSaves(storage)).toEqual({
      saves: [save({ name: '试算二' }), save()],
      problems: [],
    });

    const damaged = memoryStorage({
      [LEGACY_KEY]: JSON.stringify({ storeVersion: 1, scenarios: [save(), { name: 3 }] }),
    });
    migrateLegacy(damaged);
    expect(damaged.getItem(LEGACY_KEY)).not.toBeNull();
    expect(readSaves(damaged).saves).toEqual([save()]);
    expect(readSaves(damaged).problems).toEqual([
      { name: `${LEGACY_KEY}#2`, reason: 'unreadable' },
    ]);
  });

  it('rename (new entry first) and delete', () => {
    const storage = memoryStorage();
    writeSave(storage, save());
    expect(renameSave(storage, save(), '试算甲')).toEqual({ ok: true });
    expect(readSaves(storage).saves.map((s) => s.name)).toEqual(['试算甲']);
    deleteSave(storage, '试算甲');
    expect(readSaves(storage).saves).toEqual([]);
  });

  it('report a full storage as data, and keep the old entry', () => {
    const storage = memoryStorage({ [saveKey('试算一')]: JSON.stringify(save()) }, true);
    expect(writeSave(storage, save({ changes: {} }))).toEqual({ ok: false, reason: 'full' });
    expect(renameSave(storage, save(), '试算甲')).toEqual({ ok: false, reason: 'full' });
    expect(readSaves(storage).saves).toEqual([save()]);
  });
});

describe('the draft being edited', () => {
  it('is kept, fields that do not parse included', () => {
    const storage = memoryStorage();
    const draft = {
      v: 1 as const,
      preset: 'hebei-2022',
      changes: { 'concession.angelStageShare': '六成' },
      savedAs: null,
      baseline: '{}',
    };
    writeDraft(storage, draft);
    expect(readDraft(storage)).toEqual(draft);
    storage.setItem(DRAFT_KEY, '{broken');
    expect(readDraft(storage)).toBeNull();
  });
});
