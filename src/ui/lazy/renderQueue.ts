/**
 * A queue of rendering jobs run one per task, so no single task of the page draws more than one
 * chart: a redraw of the whole dashboard becomes a series of short tasks the browser can
 * interleave with input. Jobs are keyed (a chart's latest data replaces its earlier job, keeping
 * its place) and come in two priorities: what is on screen first, the rest when nothing is.
 * `defer` schedules the next turn (a macrotask in the page); tests pass their own.
 */
export type Defer = (run: () => void) => void;

export type Priority = 'visible' | 'idle';

export interface RenderQueue {
  push(key: object, job: () => void, priority?: Priority): void;
  cancel(key: object): void;
  /** Jobs waiting, of both priorities. */
  readonly size: number;
}

export function createRenderQueue(defer: Defer): RenderQueue {
  const visible = new Map<object, () => void>();
  const idle = new Map<object, () => void>();
  let scheduled = false;

  const next = (): (() => void) | null => {
    for (const jobs of [visible, idle]) {
      const first = jobs.entries().next();
      if (!first.done) {
        jobs.delete(first.value[0]);
        return first.value[1];
      }
    }
    return null;
  };

  function turn() {
    scheduled = false;
    const job = next();
    // A job that throws must not stop the others: the error is reported, the queue goes on.
    try {
      job?.();
    } finally {
      if (visible.size + idle.size > 0) schedule();
    }
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    defer(turn);
  }

  return {
    push(key, job, priority = 'visible') {
      if (priority === 'visible') {
        idle.delete(key);
        visible.set(key, job);
      } else if (visible.has(key)) visible.set(key, job);
      else idle.set(key, job);
      schedule();
    },
    cancel(key) {
      visible.delete(key);
      idle.delete(key);
    },
    get size() {
      return visible.size + idle.size;
    },
  };
}

/** Runs a job in a macrotask of its own (a message to itself, not throttled like timers). */
export function macrotask(): Defer {
  if (typeof MessageChannel === 'undefined') return (run) => setTimeout(run, 0);
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return (run) => {
    waiting.push(run);
    channel.port2.postMessage(null);
  };
}

export const pageRenderQueue: RenderQueue = createRenderQueue(macrotask());
