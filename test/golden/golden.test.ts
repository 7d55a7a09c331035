import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/loadScenario.ts';
import { goldenDifferences, goldenSummary, type GoldenSummary } from './goldenSummary.ts';

// Every scenario file is run (64 trials, its own seed) and its rounded headline summary compared
// with the golden file next to this test. A change that moves a number fails here, naming the
// metric; after reading the diff, refresh with `UPDATE_GOLDEN=1 npx vitest run test/golden`.
const SCENARIOS = new URL('../../scenarios/', import.meta.url);
const GOLDEN = new URL('./', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

const files = readdirSync(SCENARIOS)
  .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
  .sort();

describe('golden results of every scenario file', () => {
  it('has a scenario file for each golden file, and the other way round', () => {
    const goldens = readdirSync(GOLDEN).filter((name) => name.endsWith('.golden.json'));
    expect(goldens.map((name) => name.replace('.golden.json', '.json')).sort()).toEqual(files);
  });

  for (const file of files) {
    it(`${file}: parses, runs, and gives its golden headline figures`, () => {
      const loaded = loadScenario(new URL(file, SCENARIOS).pathname, []);
      // A scenario that does not parse says why, issue by issue.
      expect(loaded.ok ? [] : loaded.lines, `${file} does not parse`).toEqual([]);
      if (!loaded.ok) return;
      const now = goldenSummary(loaded.scenario);
      const target = new URL(file.replace('.json', '.golden.json'), GOLDEN);
      if (update || !existsSync(target)) {
        writeFileSync(target, `${JSON.stringify(now, null, 2)}\n`);
        if (!update) throw new Error(`${file}: no golden file yet; wrote one, check it in`);
        return;
      }
      const golden = JSON.parse(readFileSync(target, 'utf8')) as GoldenSummary;
      expect(goldenDifferences(golden, now), `${file}: moved from its golden figures`).toEqual([]);
    });
  }
});
