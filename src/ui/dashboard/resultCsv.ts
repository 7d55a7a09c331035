import { runSummaryCsv, type RunResult } from '../../engine/index.ts';

/**
 * The result as CSV for a spreadsheet: a few `#` lines saying what produced it (engine version,
 * scenario and its hash, seed, trials), then one row per metric.
 */
export function resultCsv(result: RunResult): string {
  const header = [
    `# engineVersion,${result.engineVersion}`,
    `# scenarioId,${result.scenarioId}`,
    `# scenarioHash,${result.scenarioHash}`,
    `# seed,${result.seed}`,
    `# trials,${result.trials}`,
  ];
  return `${header.join('\r\n')}\r\n${runSummaryCsv(result)}`;
}
