import * as z from 'zod';
import type { FieldMeta } from './fields.ts';
import type { PathSegment } from './scenarioIssue.ts';
import { ScenarioSchema } from './schema.ts';

/** Strips the wrappers (default, prefault, optional, pipe) that carry no structure. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodOptional) {
      s = s.def.innerType as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      s = s.def.in as z.ZodType;
    } else {
      return s;
    }
  }
}

/**
 * A field of an object schema by name: its own fields only, so a key named like a member of
 * Object.prototype (`constructor`, `toString`, `__proto__`) is no field, never an inherited one.
 */
function ownField(shape: Readonly<Record<string, unknown>>, key: string): z.ZodType | undefined {
  return Object.hasOwn(shape, key) ? (shape[key] as z.ZodType) : undefined;
}

/** A value's own member at `key` (a scenario may hold anything; inherited members are not it). */
function ownValue(node: unknown, key: PathSegment): unknown {
  if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
  return (node as Record<PathSegment, unknown>)[key];
}

/**
 * The schema of the field at `path` (as the UI and error messages need it), or undefined when
 * the path names no field. Within a tagged union, `value` (the scenario being edited) picks the
 * variant; without it the first variant that has the key is used.
 */
export function fieldSchemaAt(
  path: readonly PathSegment[],
  value?: unknown,
  root: z.ZodType = ScenarioSchema,
): z.ZodType | undefined {
  let schema: z.ZodType = root;
  let node: unknown = value;
  for (const seg of path) {
    const s = unwrapSchema(schema);
    let next: z.ZodType | undefined;
    if (s instanceof z.ZodObject && typeof seg === 'string') {
      next = ownField(s.shape, seg);
    } else if (s instanceof z.ZodArray && typeof seg === 'number') {
      next = s.element as z.ZodType;
    } else if (s instanceof z.ZodUnion && typeof seg === 'string') {
      const options = s.options as z.ZodType[];
      const objects = options
        .map(unwrapSchema)
        .filter((o): o is z.ZodObject => o instanceof z.ZodObject);
      const chosen =
        objects.find((o) => o.safeParse(node).success) ??
        objects.find((o) => ownField(o.shape, seg) !== undefined);
      next = chosen ? ownField(chosen.shape, seg) : undefined;
    }
    if (next === undefined) return undefined;
    schema = next;
    node = ownValue(node, seg);
  }
  return schema;
}

/** Unit and description of the field at `path`, when it has them. */
export function fieldMetaAt(path: readonly PathSegment[], value?: unknown): FieldMeta | undefined {
  const schema = fieldSchemaAt(path, value);
  if (!schema) return undefined;
  const meta = schema.meta() ?? unwrapSchema(schema).meta();
  return meta && typeof meta.unit === 'string' && typeof meta.description === 'string'
    ? (meta as FieldMeta)
    : undefined;
}
