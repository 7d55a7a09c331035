import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/loadScenario.ts';
import { MAX_SCENARIO_BYTES, readScenarioFile } from '../../src/cli/readScenarioFile.ts';

describe('reading a scenario file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sim-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file as text, a byte-order mark and all (the parser skips it)', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, '\ufeff{"a":1}');
    expect(readScenarioFile(path)).toBe('\ufeff{"a":1}');
  });

  it('refuses what is not a regular file, without reading it: /dev/zero, a directory', () => {
    expect(loadScenario('/dev/zero', [])).toEqual({
      ok: false,
      lines: ['cannot read /dev/zero: not a regular file'],
    });
    expect(loadScenario(dir, [])).toEqual({
      ok: false,
      lines: [`cannot read ${dir}: not a regular file`],
    });
  });

  it(`refuses a file larger than ${MAX_SCENARIO_BYTES / 1024 / 1024} MB before reading it`, () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, Buffer.alloc(53 * 1024 * 1024, 0x20));
    expect(loadScenario(path, [])).toEqual({
      ok: false,
      lines: [`cannot read ${path}: 53.0 MB; a scenario file may be at most 8.0 MB`],
    });
  });

  it('reads a scenario file with a byte-order mark as the scenario it is', () => {
    const path = join(dir, 'bom.json');
    const text = readScenarioFile(
      new URL('../../scenarios/hebei-2022.json', import.meta.url).pathname,
    );
    writeFileSync(path, `\ufeff${text}`);
    expect(loadScenario(path, []).ok).toBe(true);
  });
});
