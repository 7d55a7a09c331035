import { resolveScenario, type Scenario } from '../../engine/index.ts';

/** A preset scenario from scenarios/: its raw file (the base of edits and share links) and parse. */
export type Preset = { id: string; raw: Record<string, unknown>; scenario: Scenario };

/** The order presets are offered in; any other file in scenarios/ follows. */
const ORDER = [
  'hebei-2022',
  'no-concession',
  'hebei-2022-programme',
  'tau-baseline',
  'tau-raised',
  'icbc-shibaiqianwan',
  'bocom-five-ones',
  'lianyungang',
];

/**
 * Every scenario file as a preset, derived files resolved against the others. A file that does
 * not parse is a bug caught by the test suite (each file is parsed there), so it is left out here.
 */
export function loadPresets(files: Record<string, unknown>): Preset[] {
  const raw = new Map<string, Record<string, unknown>>();
  for (const [path, json] of Object.entries(files)) {
    const id = path
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    if (id === 'scenario.schema') continue;
    raw.set(id, json as Record<string, unknown>);
  }
  const presets: Preset[] = [];
  for (const [id, json] of raw) {
    const result = resolveScenario(json, raw);
    if (result.ok) presets.push({ id, raw: json, scenario: result.scenario });
  }
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return presets.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** The presets shipped with the app. */
export const PRESETS: Preset[] = loadPresets(
  import.meta.glob('../../../scenarios/*.json', { eager: true, import: 'default' }),
);
