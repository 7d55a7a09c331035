import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../../engine/index.ts';
import { changeItems, isModelChange, joinItems } from './changeSummary.ts';
import type { Preset } from './presets.ts';

/**
 * What an edited scenario is called: its own id and name, so its exports and result files are not
 * taken for the preset's (four runs of edited τ all used to download as tau-baseline-results.csv).
 * The id is the preset's with `-edited-` and 8 hex digits of the changes' hash: the same changes
 * give the same id, on any machine and in a share link.
 */

/** The changes as canonical text: equal changes, equal text, whatever the order they were made in. */
export function changesKey(changes: Readonly<Record<string, unknown>>): string {
  return canonicalJson(changes);
}

/** The model changes among `changes` (the file's own id, name and sources apart). */
export function modelChangeCount(changes: Readonly<Record<string, unknown>>): number {
  return Object.keys(changes).filter(isModelChange).length;
}

export const EDITED_ID = /-edited-[0-9a-f]{8}$/;

/** `hebei-2022-edited-1a2b3c4d`: at most 40 characters, as the scenario format allows. */
export function editedId(presetId: string, changes: Readonly<Record<string, unknown>>): string {
  const hash = bytesToHex(sha256(utf8ToBytes(changesKey(changes)))).slice(0, 8);
  const base = presetId.replace(EDITED_ID, '').slice(0, 23).replace(/-+$/, '');
  return `${base}-edited-${hash}`;
}

const MAX_TEXT = 400;

function fit(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}

/**
 * The id, name and description of the preset with `changes` made, or null when nothing of the
 * model was changed or the user set an id of their own (an imported file keeps its name).
 */
export function editedIdentity(
  preset: Preset,
  changes: Readonly<Record<string, unknown>>,
  draft: unknown,
): {
  id: string;
  name: { zh: string; en: string };
  description: { zh: string; en: string };
} | null {
  const n = modelChangeCount(changes);
  if (n === 0 || Object.keys(changes).some((k) => /^(id|name|description)(\.|$)/.test(k)))
    return null;
  const name = preset.scenario.name;
  const zh = changeItems(changes, draft, 'zh');
  const en = changeItems(changes, draft, 'en');
  return {
    id: editedId(preset.id, changes),
    name: {
      zh: fit(`${name.zh}（已修改 ${n} 处）`),
      en: fit(`${name.en} (edited: ${n} ${n === 1 ? 'change' : 'changes'})`),
    },
    description: {
      zh: fit(`在预设“${name.zh}”基础上修改 ${n} 处：${joinItems(zh, 'zh', 12)}。`),
      en: fit(
        `The preset “${name.en}” with ${n} ${n === 1 ? 'change' : 'changes'}: ${joinItems(en, 'en', 12)}.`,
      ),
    },
  };
}
