import * as z from 'zod';
import { fieldSchemaAt, type PathSegment } from '../../engine/index.ts';

function innerSchema(path: readonly PathSegment[], scenario: unknown): z.ZodType | undefined {
  let schema = fieldSchemaAt(path, scenario);
  while (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodOptional
  )
    schema = schema.def.innerType as z.ZodType;
  return schema;
}

/** The allowed values of an enumerated field (a select in the editor), or null for free input. */
export function enumOptions(path: readonly PathSegment[], scenario: unknown): string[] | null {
  const schema = innerSchema(path, scenario);
  return schema instanceof z.ZodEnum ? (schema.options as string[]).map(String) : null;
}

/** The range the schema allows for a numeric field, in stored units (null bounds when open). */
export function numericRange(
  path: readonly PathSegment[],
  scenario: unknown,
): { min: number | null; max: number | null } | null {
  const schema = innerSchema(path, scenario);
  if (!(schema instanceof z.ZodNumber)) return null;
  const finite = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);
  return { min: finite(schema.minValue), max: finite(schema.maxValue) };
}
