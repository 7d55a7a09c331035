import { describe, expect, it } from 'vitest';
import { chartParameters, type ComparisonResult } from '../../../src/engine/index.ts';
import {
  COMPARISON_CSV_COLUMNS,
  comparisonCsv,
  comparisonFileBase,
  comparisonJson,
} from '../../../src/ui/compare/comparisonExport.ts';
import { PRESETS } from '../../../src/ui/state/presets.ts';

const a = PRESETS.find((p) => p.id === 'hebei-2022')!.scenario;
const b = PRESETS.find((p) => p.id === 'no-concession')!.scenario;
const s = (mean: number) => ({
  mean,
  stderr: 0.1,
  p5: mean - 1,
  p25: mean,
  p50: mean,
  p75: mean,
  p95: mean + 1,
  min: mean - 2,
  max: mean + 2,
  count: 64,
  undefinedCount: 0,
  histogram: { edges: [], counts: [] },
});
const comparison: ComparisonResult = {
  engineVersion: '0.1.0',
  a: {
    scenarioId: 'hebei-2022-edited-1a2b3c4d',
    scenarioHash: 'a'.repeat(64),
    chartParameters: chartParameters(a),
  },
  b: {
    scenarioId: 'no-concession',
    scenarioHash: 'b'.repeat(64),
    chartParameters: chartParameters(b),
  },
  seed: 2022,
  trials: 64,
  perFiscalYuan: null,
  metrics: {
    'guidanceFund.tvpi': {
      a: s(1.25),
      b: s(1.34),
      difference: { mean: -0.09, stderr: 0.01, p5: -0.2, p95: 0 },
    },
  },
  series: {},
  run: { wallTimeMs: 1, workers: 2, runner: 'test', startedAt: '2026-01-01T00:00:00.000Z' },
};
const data = {
  comparison,
  scenarios: { a, b },
  names: {
    a: { zh: '当前方案（已修改 1 处：天使期让利比例 60%）', en: 'Current scenario (1 change: …)' },
    b: { zh: '无让利（预设）', en: 'No concession (preset)' },
  },
};

describe('a comparison as files', () => {
  it('CSV: both sides named and embedded, one row per metric with A, B and A − B', () => {
    const csv = comparisonCsv(data);
    const lines = csv.split('\r\n');
    expect(lines).toContain('# a.scenarioId,hebei-2022-edited-1a2b3c4d');
    expect(lines).toContain('# b.name.zh,无让利（预设）');
    // Each scenario whole, as one quoted CSV field of canonical JSON
    const embedded = lines.find((l) => l.startsWith('# a.scenario,'))!;
    const json = embedded.slice('# a.scenario,'.length).replace(/^"|"$/g, '').replaceAll('""', '"');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(a)));
    expect(lines).toContain(COMPARISON_CSV_COLUMNS.join(','));
    expect(lines).toContain(
      'guidanceFund.tvpi,1.25,0.1,0.25,1.25,2.25,64,0,1.34,0.1,0.3400000000000001,1.34,2.34,64,0,-0.09,0.01,-0.2,0',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('JSON: the result, the names and both scenarios, read back whole', () => {
    const back = JSON.parse(comparisonJson(data)) as typeof data;
    expect(back.comparison).toEqual(comparison);
    expect(back.scenarios.a.id).toBe(a.id);
    expect(back.scenarios.b.concession.enabled).toBe(false);
    expect(back.names.a.zh).toContain('天使期让利比例 60%');
  });

  it('names the files by both scenarios', () => {
    expect(comparisonFileBase(comparison)).toBe('hebei-2022-edited-1a2b3c4d-vs-no-concession');
  });
});
