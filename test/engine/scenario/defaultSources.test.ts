import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenScenario, parseScenario } from '../../../src/engine/index.ts';

// Labels, not parameters: the file's own id, names and sources, and funds' and industries' names.
const NOT_PARAMETERS =
  /^(\$schema|schemaVersion|id|name|description|sources)(\.|$)|\.(id|name\.zh|name\.en)$/;

describe('the default scenario (hebei-2022)', () => {
  it('cites a policy clause, a public figure or a stated assumption for every parameter', () => {
    const parsed = parseScenario(
      readFileSync(new URL('../../../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
    );
    if (!parsed.ok) throw new Error('the default scenario does not parse');
    const cited = parsed.scenario.sources.flatMap((s) => s.fields);
    const uncited = flattenScenario(parsed.scenario)
      .map((leaf) => leaf.path.join('.'))
      .filter((path) => !NOT_PARAMETERS.test(path))
      .filter((path) => !cited.some((field) => path === field || path.startsWith(`${field}.`)));
    expect(uncited).toEqual([]);
  });
});
