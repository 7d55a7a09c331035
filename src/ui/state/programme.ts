import type { Scenario } from '../../engine/index.ts';
import { PRESETS, type Preset } from './presets.ts';

export type FundRaising = NonNullable<Scenario['fundRaising']>;

/**
 * The fund-raising programme the editor adds to a scenario that has none: the Hebei programme
 * preset's, with every field filled (parsed), so the draft stays valid and each field shows.
 */
export const PROGRAMME_PRESET_ID = 'hebei-2022-programme';

/** The preset the programme comes from, or null if the app ships without it. */
export function programmePreset(presets: readonly Preset[] = PRESETS): Preset | null {
  const preset = presets.find((p) => p.id === PROGRAMME_PRESET_ID);
  return preset?.scenario.fundRaising ? preset : null;
}

/** A fresh copy of the programme to add (plain JSON: it is stored as one change). */
export function programmeTemplate(presets: readonly Preset[] = PRESETS): FundRaising | null {
  const programme = programmePreset(presets)?.scenario.fundRaising;
  return programme ? (JSON.parse(JSON.stringify(programme)) as FundRaising) : null;
}
