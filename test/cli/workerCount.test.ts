import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/cli/workerCount.ts';

describe('workerCount', () => {
  it.each([
    // [asked, cores, blocks] → workers, warned?
    [undefined, 2, 16, 2, false],
    [undefined, 8, 3, 3, false],
    [1, 2, 16, 1, false],
    [2, 2, 1, 1, false],
    [64, 2, 16, 2, true],
    [3, 2, 1, 1, true],
  ] as const)(
    'asked %s on %d cores for %d blocks: %d workers (warned: %s)',
    (asked, cores, blocks, workers, warned) => {
      const result = workerCount(asked, cores, blocks);
      expect(result.workers).toBe(workers);
      expect(result.warning !== null).toBe(warned);
    },
  );

  it('says what it did when it cuts a request', () => {
    expect(workerCount(64, 2, 16).warning).toBe(
      "--workers 64 is more than this machine's 2 cores: using 2",
    );
  });
});
