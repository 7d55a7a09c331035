import { describe, expect, it } from 'vitest';
import { readSaves, STORAGE_KEY, writeSaves } from '../../../src/ui/storage/savedScenarios.ts';

function memoryStorage(initial?: string) {
  const map = new Map<string, string>();
  if (initial !== undefined) map.set(STORAGE_KEY, initial);
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
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

describe('saved scenarios', () => {
  it('round-trip through storage', () => {
    const storage = memoryStorage();
    writeSaves(storage, [save()]);
    expect(readSaves(storage)).toEqual({ saves: [save()], problems: [] });
  });

  it('say why a save cannot be opened instead of dropping it silently', () => {
    const storage = memoryStorage(
      JSON.stringify({
        storeVersion: 1,
        scenarios: [save(), save({ schemaVersion: 9 }), { name: 3 }],
      }),
    );
    const loaded = readSaves(storage);
    expect(loaded.saves).toEqual([save()]);
    expect(loaded.problems.map((p) => [p.index, p.reason])).toEqual([
      [1, 'newerFormat'],
      [2, 'unreadable'],
    ]);
  });

  it('report an unreadable store', () => {
    expect(readSaves(memoryStorage('{not json')).problems[0]?.reason).toBe('unreadable');
    expect(readSaves(memoryStorage())).toEqual({ saves: [], problems: [] });
  });
});
