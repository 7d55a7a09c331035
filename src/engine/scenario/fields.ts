import * as z from 'zod';
import type { Unit } from './units.ts';

/** Metadata every scenario field carries; it flows into the JSON Schema and the editor. */
export type FieldMeta = { unit: Unit; description: string };

// Upper bounds keep typos (an extra 0 or three) from passing as valid input: CNY 1 trillion is
// beyond any provincial fund, loan or programme.
const MAX_MONEY_CNY = 1e12;

function numberField(base: z.ZodNumber, unit: Unit, defaultValue: number, description: string) {
  return base.default(defaultValue).meta({ unit, description } satisfies FieldMeta);
}

/** A non-negative amount of money in yuan. */
export const moneyCNY = (defaultValue: number, description: string, maxCNY = MAX_MONEY_CNY) =>
  numberField(z.number().min(0).max(maxCNY), 'CNY', defaultValue, description);

/** A fraction in [0, max] (max 1 unless a caller narrows it). */
export const share = (defaultValue: number, description: string, max = 1) =>
  numberField(z.number().min(0).max(max), 'share', defaultValue, description);

/** An annual rate as a fraction; negative rates are allowed only where a caller widens the range. */
export const ratePerYear = (defaultValue: number, description: string, min = 0, max = 1) =>
  numberField(z.number().min(min).max(max), 'ratePerYear', defaultValue, description);

/** A quarterly probability (hazard) in [0, 1]. */
export const probabilityPerQuarter = (defaultValue: number, description: string) =>
  numberField(z.number().min(0).max(1), 'probabilityPerQuarter', defaultValue, description);

export const years = (defaultValue: number, description: string, min = 0, max = 50) =>
  numberField(z.number().min(min).max(max), 'years', defaultValue, description);

export const wholeYears = (defaultValue: number, description: string, min = 0, max = 50) =>
  numberField(z.int().min(min).max(max), 'years', defaultValue, description);

export const quarters = (defaultValue: number, description: string, min = 0, max = 200) =>
  numberField(z.int().min(min).max(max), 'quarters', defaultValue, description);

export const count = (defaultValue: number, description: string, min = 0, max = 1_000_000) =>
  numberField(z.int().min(min).max(max), 'count', defaultValue, description);

/** A non-negative real count such as a Poisson mean. */
export const meanCount = (defaultValue: number, description: string, max = 100_000) =>
  numberField(z.number().min(0).max(max), 'count', defaultValue, description);

export const multiple = (defaultValue: number, description: string, min = 0, max = 1000) =>
  numberField(z.number().min(min).max(max), 'multiple', defaultValue, description);

export const logSd = (defaultValue: number, description: string) =>
  numberField(z.number().min(0).max(5), 'logSd', defaultValue, description);

export const perSd = (defaultValue: number, description: string) =>
  numberField(z.number().min(-5).max(5), 'perSd', defaultValue, description);

export const correlation = (defaultValue: number, description: string, min = 0, max = 0.999) =>
  numberField(z.number().min(min).max(max), 'correlation', defaultValue, description);

export const points = (defaultValue: number, description: string) =>
  numberField(z.number().min(0).max(100), 'points', defaultValue, description);

/** A bilingual label: the app speaks Chinese first, English one click away. */
export const bilingualText = z
  .strictObject({
    zh: z.string().min(1).max(400).meta({ description: 'Simplified Chinese text' }),
    en: z.string().min(1).max(400).meta({ description: 'English text' }),
  })
  .meta({ description: 'Text in Simplified Chinese and English' });

/** A short identifier used in account names and result keys. */
export const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/)
  .meta({
    description: 'Identifier: lower-case letters, digits and hyphens, starting with a letter',
  });
