import * as z from 'zod';
import { bilingualText, slug } from './fields.ts';
import { capIssues, inputLimitIssues } from './inputLimits.ts';
import { decodeScenarioInput, parseScenario, type ParseScenarioResult } from './parseScenario.ts';
import { applyScenarioChanges } from './scenarioChanges.ts';
import { fromZodIssue, pathToText } from './scenarioIssue.ts';
import { CitationSchema, SCHEMA_VERSION } from './schema.ts';

/**
 * A scenario written as changes to another: `extends` names the base (a preset id), `changes`
 * maps dotted field paths to new values. What a researcher compares is then visible at a glance.
 */
export const DerivedScenarioSchema = z
  .strictObject({
    $schema: z.string().max(1000).optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    extends: slug.meta({ description: 'Id of the scenario this one changes' }),
    id: slug,
    name: bilingualText,
    description: bilingualText,
    changes: z.record(z.string().min(1).max(200), z.unknown()).meta({
      description: 'New values by dotted field path, e.g. "bank.tolerance.nplToleranceShare"',
    }),
    sources: z.array(CitationSchema).max(2000).default([]),
  })
  .meta({ title: 'Derived fund-chain scenario' });

/**
 * Parses a scenario file, full or derived (`extends`): a derived one is its base with the changes
 * applied, its own id, name and description, and the base's sources followed by its own. Every
 * problem is reported with its path, as for a full scenario.
 */
export function resolveScenario(
  input: unknown,
  presets: ReadonlyMap<string, unknown>,
): ParseScenarioResult {
  const decoded = decodeScenarioInput(input);
  if (!decoded.ok) return decoded;
  const { value } = decoded;
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, 'extends'))
    return parseScenario(value);
  const tooLarge = inputLimitIssues(value);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  const derived = DerivedScenarioSchema.safeParse(value, { reportInput: true });
  if (!derived.success)
    return { ok: false, issues: capIssues(derived.error.issues.flatMap(fromZodIssue)) };
  const { extends: baseId, changes, id, name, description, sources } = derived.data;
  const base = presets.get(baseId);
  if (base === undefined) {
    return {
      ok: false,
      issues: [
        {
          code: 'notOneOf',
          key: 'scenario.notOneOf',
          path: ['extends'],
          pathText: pathToText(['extends']),
          params: { options: [...presets.keys()].map((k) => JSON.stringify(k)).join(', ') },
          received: JSON.stringify(baseId),
        },
      ],
    };
  }
  const changed = applyScenarioChanges(base, changes);
  if (!changed.ok) return changed;
  const merged = changed.value as Record<string, unknown>;
  const baseSources = Array.isArray(merged.sources) ? merged.sources : [];
  return parseScenario({ ...merged, id, name, description, sources: [...baseSources, ...sources] });
}
