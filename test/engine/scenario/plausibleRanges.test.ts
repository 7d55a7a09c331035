import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fieldMetaAt,
  formatScenarioIssue,
  parseScenario,
  parseScenarioPath,
  PLAUSIBLE_RANGES,
  scenarioValuesAt,
  setScenarioValue,
} from '../../../src/engine/index.ts';
import { RANGE_TABLE_END, RANGE_TABLE_START, rangeRow } from '../../../scripts/rangeTable.ts';
import { defaultScenario } from '../defaultScenario.ts';

const scenarioDir = new URL('../../../scenarios/', import.meta.url);
const shipped = readdirSync(scenarioDir)
  .filter((n) => n.endsWith('.json') && n !== 'scenario.schema.json')
  .map((n) => JSON.parse(readFileSync(new URL(n, scenarioDir), 'utf8')) as Record<string, unknown>);
/** Every document a shipped scenario cites: the policy files' names as the project spells them. */
const citedDocuments = new Set(
  shipped.flatMap((s) => ((s.sources ?? []) as Array<{ document: string }>).map((c) => c.document)),
);

describe('the plausible ranges of the sensitivity analysis', () => {
  const scenario = defaultScenario();

  it('has at least twelve parameters, each once, with a low below its high', () => {
    expect(PLAUSIBLE_RANGES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PLAUSIBLE_RANGES.map((r) => r.path)).size).toBe(PLAUSIBLE_RANGES.length);
    for (const range of PLAUSIBLE_RANGES) expect(range.low, range.path).toBeLessThan(range.high);
  });

  it.each(PLAUSIBLE_RANGES.map((r) => [r.path, r] as const))(
    '%s names fields of the default scenario, holds its value, and both ends are valid',
    (_path, range) => {
      const parsed = parseScenarioPath(range.path);
      if (!parsed.ok) throw new Error(formatScenarioIssue(parsed.issue, 'en'));
      const values = scenarioValuesAt(scenario, parsed.path);
      if (!values.ok) throw new Error(formatScenarioIssue(values.issue, 'en'));
      for (const { path, value } of values.values) {
        expect(fieldMetaAt(path, scenario)?.unit).toBe(range.unit);
        expect(value).toBeGreaterThanOrEqual(range.low);
        expect(value).toBeLessThanOrEqual(range.high);
      }
      for (const end of [range.low, range.high]) {
        const set = setScenarioValue(scenario, parsed.path, end);
        const result = set.ok ? parseScenario(set.value) : null;
        expect(
          result?.ok || (result && result.issues.map((i) => formatScenarioIssue(i, 'en'))),
        ).toBe(true);
      }
    },
  );

  it('cites for each range a policy file the scenarios cite, CALIBRATION.md, a publication or a stated assumption', () => {
    for (const { path, source, label } of PLAUSIBLE_RANGES) {
      expect(source.clause.length, path).toBeGreaterThan(20);
      expect(label.zh, path).toMatch(/[\u4e00-\u9fff]/);
      if (/\.(txt|md)$/.test(source.document) && source.document !== 'CALIBRATION.md')
        expect(citedDocuments.has(source.document), source.document).toBe(true);
    }
  });
});

describe('the README’s table of plausible ranges', () => {
  it('is the catalog, row for row (npx tsx scripts/write-metric-table.ts)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const block = readme.slice(readme.indexOf(RANGE_TABLE_START), readme.indexOf(RANGE_TABLE_END));
    const rows = block
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(PLAUSIBLE_RANGES.map(rangeRow));
  });
});
