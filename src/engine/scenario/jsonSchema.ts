import * as z from 'zod';
import { DerivedScenarioSchema } from './resolveScenario.ts';
import { ScenarioSchema } from './schema.ts';

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  return json;
}

/**
 * The scenario file format as JSON Schema (draft 2020-12), for editors and other tools: either
 * form of a file — a full scenario, or a derived one (`extends` a preset with `changes`). It
 * describes what a file may contain, so fields with defaults are optional; `unit` and `default`
 * are kept. Cross-field rules (shares that add up, the work budget, known industries) are checked
 * by `parseScenario` alone: what this schema refuses, the parser refuses too, not the other way.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Fund-chain scenario file',
    description: 'A full scenario, or one derived from a preset by changes to its fields',
    anyOf: [{ $ref: '#/$defs/scenario' }, { $ref: '#/$defs/derivedScenario' }],
    $defs: {
      scenario: jsonSchemaOf(ScenarioSchema),
      derivedScenario: jsonSchemaOf(DerivedScenarioSchema),
    },
  };
}
