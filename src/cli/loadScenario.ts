import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  decodeScenarioInput,
  formatScenarioIssue,
  parseScenario,
  resolveScenario,
  type ParseScenarioResult,
  type Scenario,
} from '../engine/index.ts';
import { applySets } from './applySets.ts';
import { fileProblem } from './fileProblem.ts';
import { readScenarioFile } from './readScenarioFile.ts';
import type { SetAssignment } from './setPath.ts';

/** A scenario ready to run, or every reason it is not, one line each. */
export type LoadScenarioResult = { ok: true; scenario: Scenario } | { ok: false; lines: string[] };

/**
 * Reads a scenario file, applies the `--set` assignments to it, and parses it. Every problem of
 * the scenario is listed (as the app lists them), under a line naming the file.
 */
export function loadScenario(
  file: string,
  sets: readonly SetAssignment[],
  read: (file: string) => string = readScenarioFile,
): LoadScenarioResult {
  let text: string;
  try {
    text = read(file);
  } catch (e) {
    return { ok: false, lines: [`cannot read ${file}: ${fileProblem(e)}`] };
  }
  // Decoded as the app decodes it (a byte-order mark skipped, the JSON error worded alike).
  const decoded = decodeScenarioInput(text);
  if (!decoded.ok) {
    const issues = decoded.issues.map((i) => formatScenarioIssue(i, 'en'));
    return { ok: false, lines: [`${file} is not valid JSON:`, ...issues.map((l) => `  ${l}`)] };
  }
  let raw = decoded.value;
  // A derived scenario (`extends`) is resolved against the scenario files beside it and the presets.
  if (raw !== null && typeof raw === 'object' && 'extends' in raw) {
    const resolved = resolveScenario(raw, presetsFor(file, read));
    if (!resolved.ok) return problems(file, [], resolved);
    raw = resolved.scenario;
  }
  const changed = applySets(raw, sets);
  if (!changed.ok) return { ok: false, lines: [`${file}: ${changed.message}`] };
  const parsed = parseScenario(changed.value);
  return parsed.ok ? parsed : problems(file, sets, parsed);
}

function problems(
  file: string,
  sets: readonly SetAssignment[],
  parsed: Extract<ParseScenarioResult, { ok: false }>,
): LoadScenarioResult {
  const n = parsed.issues.length;
  return {
    ok: false,
    lines: [
      `${file}${sets.length > 0 ? ' (with the command-line values)' : ''} is not a valid scenario: ` +
        `${n} problem${n === 1 ? '' : 's'}`,
      ...parsed.issues.map((issue) => `  ${formatScenarioIssue(issue, 'en')}`),
    ],
  };
}

const PRESET_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Scenarios a derived file may extend: the presets, then the files beside it (which win). */
function presetsFor(file: string, read: (file: string) => string): Map<string, unknown> {
  const presets = new Map<string, unknown>();
  for (const dir of [PRESET_DIR, dirname(file)]) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'scenario.schema.json');
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        presets.set(name.replace(/\.json$/, ''), JSON.parse(read(join(dir, name))));
      } catch {
        // A file that cannot be read or parsed cannot be a base; resolve reports an unknown base.
      }
    }
  }
  return presets;
}
