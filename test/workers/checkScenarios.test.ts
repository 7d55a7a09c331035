import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../src/engine/index.ts';
import { checkScenarios } from '../../src/workers/checkScenarios.ts';
import { createRunner } from '../../src/workers/runner.ts';
import { createSimulationApi, type RunSetup } from '../../src/workers/simulationApi.ts';
import { smallScenario } from './smallScenario.ts';

const scenario = smallScenario();
// Valid JSON, not a valid scenario: its funds are not a list.
const broken = {
  ...scenario,
  funds: { ...scenario.funds, angelFunds: null },
} as unknown as Scenario;

describe('a run’s scenarios are checked by the runner, before any worker', () => {
  it('passes a valid scenario on as the schema reads it', () => {
    const parsed = parseScenario(structuredClone(scenario));
    expect(parsed.ok).toBe(true);
    const checked = checkScenarios(scenario, scenario);
    expect(checked).toEqual({
      ok: true,
      scenario: parsed.ok && parsed.scenario,
      compareWith: parsed.ok && parsed.scenario,
    });
  });

  it('lists what is wrong with either scenario, each issue labelled by the one it is in', () => {
    for (const [a, b, label] of [
      [scenario, broken, 'compared'],
      [broken, scenario, 'scenario'],
    ] as const) {
      const checked = checkScenarios(a, b);
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.issues).toEqual([
        expect.stringMatching(new RegExp(`^${label}: funds\\.angelFunds: expected a list`)),
      ]);
    }
    const both = checkScenarios(broken, broken);
    expect(both.ok ? [] : both.issues.map((issue) => issue.split(':')[0])).toEqual([
      'scenario',
      'compared',
    ]);
  });

  it('refuses a broken scenario without sending it, or any block, to a worker', async () => {
    const setups: RunSetup[] = [];
    const orders: number[] = [];
    const runner = createRunner('recording', 2, () => {
      const api = createSimulationApi();
      return {
        prepare: async (setup) => void setups.push(setup),
        runBlock: async (order) => (orders.push(order.block), api.runBlock(order)),
        terminate: () => {},
      };
    });
    const outcome = await runner.run({ scenario: broken, trials: 64 });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'badScenario' } });
    expect(setups).toEqual([]);
    expect(orders).toEqual([]);
    await runner.prestart(broken);
    expect(setups).toEqual([]);
  });

  it('keeps zod out of every worker’s bundle (it would be about 12 MiB more in each)', () => {
    const entries = [
      'simulationNodeEntry.ts',
      'simulation.worker.ts',
      'aggregate.worker.ts',
      'hash.worker.ts',
    ];
    for (const entry of entries) {
      const { metafile } = buildSync({
        entryPoints: [fileURLToPath(new URL(`../../src/workers/${entry}`, import.meta.url))],
        bundle: true,
        platform: entry.endsWith('Entry.ts') ? 'node' : 'browser',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(metafile.inputs);
      expect(inputs.some((path) => path.includes('src/engine/run/runBlock.ts'))).toBe(
        entry.startsWith('simulation'),
      );
      expect(
        inputs.filter((path) => /node_modules\/zod\//.test(path)),
        entry,
      ).toEqual([]);
    }
  });
});
