import { describe, expect, it } from 'vitest';
import { resultBanner, resultFileBase } from '../../../src/ui/dashboard/resultBanner.ts';
import { resultStatus, type ResultRecord } from '../../../src/ui/state/resultStatus.ts';

const record = (over: Partial<ResultRecord> = {}): ResultRecord => ({
  runId: 2,
  key: 'k',
  complete: false,
  trialsDone: 256,
  trials: 1000,
  ...over,
});

describe('what the result on screen is', () => {
  it.each([
    // record, run status, latest run, current key, kind, stale
    [record(), 'running', 2, 'k', 'partial', false],
    [record({ complete: true, trialsDone: 1000 }), 'done', 2, 'k', 'complete', false],
    [record(), 'cancelled', 2, 'k', 'cancelled', false],
    [record(), 'failed', 2, 'k', 'failed', false],
    // A new run is going and has no first view yet: the old result is the previous one.
    [record({ complete: true }), 'running', 3, 'k', 'previous', false],
    // Edited since: out of date, whatever it is.
    [record({ complete: true }), 'done', 2, 'k2', 'complete', true],
    [record(), 'cancelled', 2, 'k2', 'cancelled', true],
  ] as const)('%j, %s, run %d, key %s: %s (stale %s)', (r, status, latest, key, kind, stale) => {
    expect(resultStatus(r, status, latest, key)).toMatchObject({ kind, stale });
  });

  it('is nothing without a result', () => {
    expect(resultStatus(null, 'running', 1, 'k')).toBeNull();
  });
});

describe('the banner over a result', () => {
  it.each([
    ['partial', 'zh', '初步结果：已完成 256/1,000 次模拟，模拟仍在进行，数字还会变化。'],
    ['cancelled', 'zh', '部分结果：模拟已取消，以下只含已完成的 256/1,000 次模拟，不是完整结果。'],
    [
      'cancelled',
      'en',
      'Partial result: the run was cancelled; this covers only the 256 of 1,000 trials done.',
    ],
  ] as const)('%s (%s)', (kind, locale, text) => {
    expect(
      resultBanner(
        { kind, trialsDone: 256, trials: 1000, newRunGoing: false, stale: false },
        locale,
      ),
    ).toEqual([{ kind, text }]);
  });

  it('says an old result is not the new run’s, and that an edit made it out of date', () => {
    expect(
      resultBanner(
        { kind: 'previous', trialsDone: 1000, trials: 1000, newRunGoing: true, stale: true },
        'zh',
      ),
    ).toEqual([
      { kind: 'previous', text: '新的模拟正在进行，尚无初步结果：以下是上一次模拟的结果。' },
      { kind: 'stale', text: '参数已修改：以下结果来自修改前的方案，请重新运行以更新。' },
    ]);
    expect(
      resultBanner(
        { kind: 'complete', trialsDone: 1000, trials: 1000, newRunGoing: false, stale: false },
        'zh',
      ),
    ).toEqual([]);
  });

  it('names a partial result’s files by how far it got', () => {
    const r = { scenarioId: 'hebei-2022-edited-1a2b3c4d' };
    const partial = {
      kind: 'cancelled',
      trialsDone: 256,
      trials: 1000,
      newRunGoing: false,
      stale: false,
    } as const;
    expect(resultFileBase(r, partial)).toBe('hebei-2022-edited-1a2b3c4d-partial-256-of-1000');
    expect(resultFileBase(r, { ...partial, kind: 'complete', trialsDone: 1000 })).toBe(
      'hebei-2022-edited-1a2b3c4d',
    );
  });
});
