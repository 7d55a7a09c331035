import {
  canonicalJson,
  perFiscalYuanRows,
  type ComparisonResult,
  type Scenario,
} from '../../engine/index.ts';

/**
 * A comparison as files: JSON with the result and both scenarios whole (so it can be run again),
 * and CSV for a spreadsheet, one row per metric with A's, B's and the paired difference's
 * statistics, after `#` lines naming both sides and holding both scenarios as canonical JSON.
 */
export type ComparisonExport = {
  comparison: ComparisonResult;
  scenarios: { a: Scenario; b: Scenario };
  /** What each side is, in both languages (as the page names them). */
  names: { a: { zh: string; en: string }; b: { zh: string; en: string } };
};

export const COMPARISON_CSV_COLUMNS = [
  'key',
  'a.mean',
  'a.stderr',
  'a.p5',
  'a.p50',
  'a.p95',
  'a.count',
  'a.undefinedCount',
  'b.mean',
  'b.stderr',
  'b.p5',
  'b.p50',
  'b.p95',
  'b.count',
  'b.undefinedCount',
  'diff.mean',
  'diff.stderr',
  'diff.p5',
  'diff.p95',
] as const;

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const cell = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));

export function comparisonJson(data: ComparisonExport): string {
  return JSON.stringify(
    { comparison: data.comparison, names: data.names, scenarios: data.scenarios },
    null,
    2,
  );
}

export function comparisonCsv(data: ComparisonExport): string {
  const c = data.comparison;
  const header = [
    `# engineVersion,${field(c.engineVersion)}`,
    `# seed,${c.seed}`,
    `# trials,${c.trials}`,
    `# a.scenarioId,${field(c.a.scenarioId)}`,
    `# a.scenarioHash,${c.a.scenarioHash}`,
    `# a.name.zh,${field(data.names.a.zh)}`,
    `# a.name.en,${field(data.names.a.en)}`,
    `# b.scenarioId,${field(c.b.scenarioId)}`,
    `# b.scenarioHash,${c.b.scenarioHash}`,
    `# b.name.zh,${field(data.names.b.zh)}`,
    `# b.name.en,${field(data.names.b.en)}`,
    `# a.scenario,${field(canonicalJson(data.scenarios.a))}`,
    `# b.scenario,${field(canonicalJson(data.scenarios.b))}`,
    '# diff = A − B, paired over trials with common random numbers',
    '# perFiscalYuan.<cost>.<outcome> rows: diff A − B of the outcome per yuan of diff A − B of the cost (in the diff mean and stderr columns)',
  ];
  const rows = Object.entries(c.metrics).map(([key, m]) =>
    [
      field(key),
      ...[m.a, m.b].flatMap((s) => [
        cell(s.mean),
        cell(s.stderr),
        cell(s.p5),
        cell(s.p50),
        cell(s.p95),
        String(s.count),
        String(s.undefinedCount),
      ]),
      cell(m.difference.mean),
      cell(m.difference.stderr),
      cell(m.difference.p5),
      cell(m.difference.p95),
    ].join(','),
  );
  const empty = Array.from({ length: 14 }, () => '');
  const perYuan = perFiscalYuanRows(c.perFiscalYuan).map((r) =>
    [field(r.key), ...empty, cell(r.perYuan), cell(r.stderr), '', ''].join(','),
  );
  return [...header, COMPARISON_CSV_COLUMNS.join(','), ...rows, ...perYuan].join('\r\n') + '\r\n';
}

/** `hebei-2022-edited-1a2b3c4d-vs-hebei-2022`, for the files' names. */
export function comparisonFileBase(c: Pick<ComparisonResult, 'a' | 'b'>): string {
  return `${c.a.scenarioId}-vs-${c.b.scenarioId}`;
}
