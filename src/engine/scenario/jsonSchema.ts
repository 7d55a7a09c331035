import * as z from 'zod';
import { ScenarioSchema } from './schema.ts';

/**
 * The scenario format as JSON Schema (draft 2020-12), for editors and other tools. It describes
 * what a file may contain, so fields with defaults are optional; `unit` and `default` are kept.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
