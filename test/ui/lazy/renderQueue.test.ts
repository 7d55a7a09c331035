import { describe, expect, it } from 'vitest';
import { createRenderQueue } from '../../../src/ui/lazy/renderQueue.ts';

/** A queue whose turns the test takes by hand: one job a turn, as the page takes a task. */
function manual() {
  const turns: Array<() => void> = [];
  const queue = createRenderQueue((run) => turns.push(run));
  const step = () => turns.shift()?.();
  return { queue, turns, step };
}

describe('the render queue', () => {
  it('runs one job per turn, in order, so no task draws more than one chart', () => {
    const { queue, turns, step } = manual();
    const done: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    queue.push(a, () => done.push('a'));
    queue.push(b, () => done.push('b'));
    queue.push(c, () => done.push('c'));
    expect(turns).toHaveLength(1);
    step();
    expect(done).toEqual(['a']);
    step();
    step();
    expect(done).toEqual(['a', 'b', 'c']);
    expect(queue.size).toBe(0);
    expect(turns).toHaveLength(0);
  });

  it('replaces a waiting job of the same key with its latest data, keeping its place', () => {
    const { queue, step } = manual();
    const done: string[] = [];
    const [a, b] = [{}, {}];
    queue.push(a, () => done.push('a1'));
    queue.push(b, () => done.push('b'));
    queue.push(a, () => done.push('a2'));
    step();
    step();
    step();
    expect(done).toEqual(['a2', 'b']);
  });

  it('draws what is on screen before what is not', () => {
    const { queue, step } = manual();
    const done: string[] = [];
    const [off, on] = [{}, {}];
    queue.push(off, () => done.push('off'), 'idle');
    queue.push(on, () => done.push('on'), 'visible');
    step();
    step();
    expect(done).toEqual(['on', 'off']);
  });

  it('drops a cancelled job, and goes on after one that throws', () => {
    const { queue, step } = manual();
    const done: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    queue.push(a, () => {
      throw new Error('chart failed');
    });
    queue.push(b, () => done.push('b'));
    queue.push(c, () => done.push('c'));
    queue.cancel(b);
    expect(() => step()).toThrow('chart failed');
    step();
    expect(done).toEqual(['c']);
  });
});
