import * as z from 'zod';
import { UNITS } from '../scenario/units.ts';
import type { ParameterInfo } from './parameter.ts';

export const ParameterValueSchema = z.union([z.number(), z.boolean(), z.string()]);

/** A parameter as an exploration's result names it: path, labels, unit. */
export const ExploredParameterSchema = z.strictObject({
  pathText: z.string().meta({ description: 'The scenario path, `[*]` for every item of a list' }),
  label: z.strictObject({ zh: z.string(), en: z.string() }),
  unit: z.enum(UNITS).nullable(),
});
export type ExploredParameter = z.infer<typeof ExploredParameterSchema>;

export function exploredParameter(info: ParameterInfo): ExploredParameter {
  return { pathText: info.pathText, label: info.label, unit: info.unit };
}

/** A metric as a result names it: its key, label and unit from the metric catalog. */
export const ExploredMetricSchema = z.strictObject({
  key: z.string(),
  label: z.strictObject({ zh: z.string(), en: z.string() }),
  unit: z.string().nullable(),
});
