import * as z from 'zod';
import { fieldSchemaAt, type PathSegment } from '../../engine/index.ts';

/** The allowed values of an enumerated field (a select in the editor), or null for free input. */
export function enumOptions(path: readonly PathSegment[], scenario: unknown): string[] | null {
  let schema = fieldSchemaAt(path, scenario);
  while (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodOptional
  )
    schema = schema.def.innerType as z.ZodType;
  if (schema instanceof z.ZodEnum) return (schema.options as string[]).map(String);
  return null;
}
