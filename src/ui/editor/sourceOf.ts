import type { Scenario } from '../../engine/index.ts';

/** The citation a scenario gives for a field (or for a section containing it), if any. */
export function sourceOf(
  scenario: Scenario | null,
  dottedPath: string,
): Scenario['sources'][number] | undefined {
  if (!scenario) return undefined;
  let best: Scenario['sources'][number] | undefined;
  let bestLength = -1;
  for (const citation of scenario.sources) {
    for (const field of citation.fields) {
      const covers = dottedPath === field || dottedPath.startsWith(`${field}.`);
      if (covers && field.length > bestLength) {
        best = citation;
        bestLength = field.length;
      }
    }
  }
  return best;
}
