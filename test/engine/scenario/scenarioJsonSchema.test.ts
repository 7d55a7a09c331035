import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveScenario, scenarioJsonSchema } from '../../../src/engine/index.ts';

type JsonSchema = { properties?: Record<string, JsonSchema>; [k: string]: unknown };

const DIR = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(DIR).filter((n) => n.endsWith('.json') && n !== 'scenario.schema.json');
const texts = new Map(files.map((n) => [n, readFileSync(new URL(n, DIR), 'utf8')]));
const presets = new Map(
  [...texts.values()]
    .map((t) => JSON.parse(t) as { id: string })
    .map((s) => [s.id, s] as [string, unknown]),
);

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema() as JsonSchema & { $defs: Record<string, JsonSchema> };
  const full = schema.$defs.scenario!;
  // A standard validator: Ajv, JSON Schema draft 2020-12; `unit` is our own annotation.
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addKeyword({ keyword: 'unit', schemaType: 'string' });
  const validate = ajv.compile(schema);

  it('describes each field with its unit, default, range and description', () => {
    const share = full.properties!.concession!.properties!.angelStageShare!;
    expect(share).toMatchObject({
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.4,
      unit: 'share',
    });
    expect(share.description).toMatch(/conceded/);
  });

  it('forbids unknown keys', () => {
    expect(full.additionalProperties).toBe(false);
    expect(full.properties!.concession!.additionalProperties).toBe(false);
    expect(schema.$defs.derivedScenario!.additionalProperties).toBe(false);
  });

  it.each(files)('accepts the shipped scenario %s, full or derived', (name) => {
    const ok = validate(JSON.parse(texts.get(name)!));
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it('refuses only what the parser refuses too: 2,000 mutated files', () => {
    const values = fc.jsonValue({ maxDepth: 2 });
    let refusedBySchema = 0;
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(), values, (name, where, value) => {
        const json = JSON.parse(texts.get(name)!) as Record<string, unknown>;
        // Put any JSON value at one of the file's top-level or second-level keys.
        const top = Object.keys(json);
        const key = top[where % top.length]!;
        const inner = json[key];
        if (
          inner !== null &&
          typeof inner === 'object' &&
          !Array.isArray(inner) &&
          where % 2 === 1
        ) {
          const keys = Object.keys(inner);
          if (keys.length > 0)
            (inner as Record<string, unknown>)[keys[where % keys.length]!] = value;
        } else json[key] = value;
        if (!validate(json)) {
          refusedBySchema++;
          expect(resolveScenario(json, presets).ok).toBe(false);
        }
      }),
      { seed: 7, numRuns: 2000 },
    );
    expect(refusedBySchema).toBeGreaterThan(500);
  });

  it('matches the copy written next to the scenarios (run `npm run schema:write` after a change)', () => {
    const written = JSON.parse(readFileSync(new URL('scenario.schema.json', DIR), 'utf8'));
    expect(written).toEqual(schema);
  });
});
