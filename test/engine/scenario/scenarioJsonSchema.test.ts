import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/engine/index.ts';

type JsonSchema = { properties?: Record<string, JsonSchema>; [k: string]: unknown };

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema() as JsonSchema;

  it('describes each field with its unit, default, range and description', () => {
    const share = schema.properties!.concession!.properties!.angelStageShare!;
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
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties!.concession!.additionalProperties).toBe(false);
  });

  it('matches the copy written next to the scenarios (run `npm run schema:write` after a change)', () => {
    const written = JSON.parse(
      readFileSync(new URL('../../../scenarios/scenario.schema.json', import.meta.url), 'utf8'),
    );
    expect(written).toEqual(schema);
  });
});
