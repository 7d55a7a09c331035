import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioIssue, resolveScenario } from '../../../src/engine/index.ts';

const dir = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const raw = new Map(
  files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(new URL(f, dir), 'utf8'))]),
);

describe('preset scenarios', () => {
  it.each(files)('%s resolves, with names and descriptions in both languages', (file) => {
    const result = resolveScenario(raw.get(file.replace(/\.json$/, '')), raw);
    if (!result.ok) expect(result.issues.map((i) => formatScenarioIssue(i, 'en'))).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.id).toBe(file.replace(/\.json$/, ''));
    expect(result.scenario.name.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(result.scenario.description.en.length).toBeGreaterThan(10);
  });

  it('include the presets the app offers', () => {
    expect([...raw.keys()].sort()).toEqual(
      expect.arrayContaining([
        'hebei-2022',
        'no-concession',
        'hebei-2022-programme',
        'tau-baseline',
        'tau-raised',
        'icbc-shibaiqianwan',
        'bocom-five-ones',
        'lianyungang',
      ]),
    );
  });
});
