import { describe, expect, it } from 'vitest';
import {
  createProgressBar,
  formatDuration,
  renderProgress,
  type ProgressState,
} from '../../src/cli/progressBar.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0.0s'],
    [420, '0.4s'],
    [9_949, '9.9s'],
    [12_400, '12s'],
    [59_400, '59s'],
    [185_000, '3m05s'],
    [3_723_000, '1h02m'],
    [Number.NaN, '?'],
    [Number.POSITIVE_INFINITY, '?'],
    [-1, '?'],
  ])('%s ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('renderProgress', () => {
  it.each<[ProgressState, string]>([
    [
      { trialsDone: 0, trials: 1000, elapsedMs: 0, etaMs: Number.NaN },
      '[░░░░░░░░░░]    0/1000 trials   0%  elapsed 0.0s  ETA ?',
    ],
    [
      { trialsDone: 640, trials: 1000, elapsedMs: 12_000, etaMs: 6_750 },
      '[██████░░░░]  640/1000 trials  64%  elapsed 12s  ETA 6.8s',
    ],
    [
      { trialsDone: 1000, trials: 1000, elapsedMs: 19_000, etaMs: 0 },
      '[██████████] 1000/1000 trials 100%  elapsed 19s  ETA 0.0s',
    ],
  ])('shows trials done of all, the percentage, the time taken and the time left', (p, line) => {
    expect(renderProgress(p, 10)).toBe(line);
  });
});

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { sink: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

const step = (trialsDone: number, trials = 1000): ProgressState => ({
  trialsDone,
  trials,
  elapsedMs: trialsDone,
  etaMs: trials - trialsDone,
});

describe('createProgressBar', () => {
  it('redraws one line in place on a terminal, and ends it when done', () => {
    const { sink, writes } = recorder(true);
    const bar = createProgressBar(sink);
    for (const done of [0, 64, 128]) bar.update(step(done, 128));
    bar.done();
    expect(writes).toHaveLength(4);
    expect(writes.slice(0, 3).every((w) => w.startsWith('\r') && !w.includes('\n'))).toBe(true);
    expect(writes[2]).toContain('128/128 trials 100%');
    expect(writes[3]).toBe('\n');
  });

  it('writes a line each tenth of the way in a log or a pipe, and the last one', () => {
    const { sink, writes } = recorder(false);
    const bar = createProgressBar(sink);
    bar.update(step(0));
    for (let done = 64; done < 1000; done += 64) bar.update(step(done));
    bar.update(step(1000));
    bar.done();
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    expect(writes.map((w) => /(\d+)%/.exec(w)![1])).toEqual([
      '0',
      '12',
      '25',
      '32',
      '44',
      '51',
      '64',
      '70',
      '83',
      '96',
      '100',
    ]);
  });
});
