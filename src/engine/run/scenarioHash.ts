import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Scenario } from '../scenario/schema.ts';

/** JSON with object keys sorted at every depth, so equal scenarios give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 of the parsed scenario (every default filled in, `$schema` left out) as hex: two files
 * that mean the same model get the same hash, whatever their layout or omitted defaults.
 */
export function scenarioHash(scenario: Scenario): string {
  const { $schema: _ignored, ...model } = scenario;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(model))));
}
