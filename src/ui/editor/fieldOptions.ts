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
  if (schema instanceof z.ZodEnum) return (schema.options as string[]).map(String);
  const variants = discriminatorOptions(path, scenario);
  return variants;
}

/**
 * When `path` is the tag of a tagged union (a pricing `rule`, a response `rule`), the tags of its
 * variants; choosing one replaces the whole object with that variant's defaults.
 */
export function discriminatorOptions(
  path: readonly PathSegment[],
  scenario: unknown,
): string[] | null {
  const last = path.at(-1);
  if (typeof last !== 'string') return null;
  const parent = innerSchema(path.slice(0, -1), scenario);
  if (!(parent instanceof z.ZodDiscriminatedUnion) || parent.def.discriminator !== last)
    return null;
  return (parent.options as z.ZodObject[]).map((option) => {
    const tag = option.shape[last];
    return tag instanceof z.ZodLiteral ? String(tag.value) : '';
  });
}

/** `fundRaising.<offer>.terms.vintageQuarter`. */
function isOfferVintage(path: readonly PathSegment[]): boolean {
  return (
    path.length === 4 &&
    path[0] === 'fundRaising' &&
    path[2] === 'terms' &&
    path[3] === 'vintageQuarter'
  );
}

/** The range the schema allows for a numeric field, in stored units (null bounds when open). */
export function numericRange(
  path: readonly PathSegment[],
  scenario: unknown,
): { min: number | null; max: number | null } | null {
  const schema = innerSchema(path, scenario);
  if (!(schema instanceof z.ZodNumber)) return null;
  // An offer's terms reuse a sub-fund's schema (vintage 0–200), but the quarter is one within
  // each offer year: the scenario's quarterWithinYear rule allows 0–3, so the editor says so.
  if (isOfferVintage(path)) return { min: 0, max: 3 };
  const finite = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);
  return { min: finite(schema.minValue), max: finite(schema.maxValue) };
}

/**
 * The schema's description of the field at `path` (in English), with or without a unit: enums,
 * switches and ids have one too. '' when the schema gives none.
 */
export function schemaDescription(path: readonly PathSegment[], scenario: unknown): string {
  let schema = fieldSchemaAt(path, scenario);
  while (schema) {
    const description = schema.meta()?.description;
    if (typeof description === 'string') return description;
    if (
      schema instanceof z.ZodDefault ||
      schema instanceof z.ZodPrefault ||
      schema instanceof z.ZodOptional
    )
      schema = schema.def.innerType as z.ZodType;
    else break;
  }
  // A list item (a stage of stageFocus): the list's description.
  if (typeof path.at(-1) === 'number') return schemaDescription(path.slice(0, -1), scenario);
  return '';
}

/** Fields that hold the id of one of the scenario's industries: their options are its industries. */
export function isIndustryRef(path: readonly PathSegment[]): boolean {
  const list = path.at(-2);
  return (
    typeof path.at(-1) === 'number' && (list === 'industryFocus' || list === 'eligibleIndustries')
  );
}
