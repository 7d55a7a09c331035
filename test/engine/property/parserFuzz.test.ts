import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatScenarioIssue,
  resolveScenario,
  type PathSegment,
  type ScenarioIssue,
} from '../../../src/engine/index.ts';

// Mutated scenario files, seeded: values replaced by any JSON (and by hostile keys), keys dropped
// or added, text cut or spliced. The parser must never throw, and every issue must say where,
// what was expected and what was given, in both languages.
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = 424242;
const DIR = new URL('../../../scenarios/', import.meta.url);
const texts = readdirSync(DIR)
  .filter((n) => n.endsWith('.json') && n !== 'scenario.schema.json')
  .map((n) => readFileSync(new URL(n, DIR), 'utf8'));
const presets = new Map(
  texts.map((t) => JSON.parse(t) as { id: string }).map((s) => [s.id, s] as [string, unknown]),
);
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

/** Every container path of a JSON value, to pick a place to mutate. */
function paths(value: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

type Mutation =
  | { op: 'replace'; where: number; value: unknown }
  | { op: 'delete'; where: number }
  | { op: 'addKey'; where: number; key: string; value: unknown }
  | { op: 'cut'; at: number }
  | { op: 'splice'; at: number; text: string };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('replace' as const),
    where: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({ op: fc.constant('delete' as const), where: fc.nat() }),
  fc.record({
    op: fc.constant('addKey' as const),
    where: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('splice' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 8 }),
  }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let value: unknown = JSON.parse(text);
  let out = text;
  for (const m of mutations) {
    if (m.op === 'cut') out = out.slice(0, m.at % (out.length + 1));
    else if (m.op === 'splice') {
      const at = m.at % (out.length + 1);
      out = out.slice(0, at) + m.text + out.slice(at);
    } else {
      const all = paths(value);
      const path = all[m.where % all.length]!;
      if (path.length === 0) {
        if (m.op === 'replace') value = m.value;
      } else {
        let parent = value as Record<PathSegment, unknown>;
        for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<PathSegment, unknown>;
        const last = path.at(-1)!;
        const target = parent[last];
        if (m.op === 'replace') parent[last] = m.value;
        else if (m.op === 'delete') {
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else Reflect.deleteProperty(parent, last);
        } else if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
          // An own property even for '__proto__', as JSON.parse would make it.
          Object.defineProperty(target, m.key, {
            value: m.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      out = JSON.stringify(value);
    }
  }
  return out;
}

function checkIssue(issue: ScenarioIssue): void {
  expect(typeof issue.pathText).toBe('string');
  expect(issue.pathText.length).toBeGreaterThan(0);
  expect(typeof issue.received).toBe('string');
  for (const locale of ['zh', 'en'] as const) {
    const text = formatScenarioIssue(issue, locale);
    if (issue.code === 'moreIssues') continue;
    expect(text.startsWith(issue.pathText)).toBe(true);
    expect(text).toMatch(locale === 'en' ? /: expected .+, got / : /：应为 .+，实际为 /);
  }
}

describe('the parser under mutated files (fuzz)', () => {
  it(`${RUNS} mutated scenario files: never throws; every issue names a path, the expectation and what was given`, () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
        (file, mutations) => {
          const text = mutate(texts[file]!, mutations);
          const result = resolveScenario(text, presets);
          if (!result.ok) {
            refused++;
            expect(result.issues.length).toBeGreaterThan(0);
            result.issues.forEach(checkIssue);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // Most mutations break a file; a parser that accepted everything would be broken too.
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
