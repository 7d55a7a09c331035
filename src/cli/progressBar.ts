/** What the bar shows: the runner's progress, less its partial summary. */
export type ProgressState = {
  trialsDone: number;
  trials: number;
  elapsedMs: number;
  /** NaN while unknown. */
  etaMs: number;
};

/** `0.4s`, `12s`, `3m05s`, `1h02m`; `?` when unknown. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m${pad(s % 60)}s`;
  return `${Math.floor(s / 3600)}h${pad(Math.floor((s % 3600) / 60))}m`;
}

/** `[██████░░░░░░░░░░░░░░] 640/2000 trials  32%  elapsed 12s  ETA 25s` */
export function renderProgress(p: ProgressState, width = 24): string {
  const fraction = p.trials > 0 ? Math.min(1, Math.max(0, p.trialsDone / p.trials)) : 0;
  const filled = Math.round(fraction * width);
  const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const done = String(p.trialsDone).padStart(String(p.trials).length);
  return (
    `[${bar}] ${done}/${p.trials} trials ${percent}  elapsed ${formatDuration(p.elapsedMs)}` +
    `  ETA ${p.trialsDone >= p.trials ? '0.0s' : formatDuration(p.etaMs)}`
  );
}

export type ProgressSink = { write(text: string): unknown; isTTY?: boolean };

export type ProgressBar = {
  update(p: ProgressState): void;
  /** Ends the bar's line (on a terminal) so what follows starts on a fresh one. */
  done(): void;
};

/**
 * A progress bar on `sink` (stderr): redrawn in place with `\r` on a terminal; in a log or a
 * pipe, one line each time another tenth of the trials is done, so a log stays short.
 */
export function createProgressBar(sink: ProgressSink): ProgressBar {
  const tty = sink.isTTY === true;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(p) {
      if (tty) {
        sink.write(`\r${renderProgress(p)}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = p.trials > 0 ? Math.floor((10 * p.trialsDone) / p.trials) : 10;
      if (tenth > lastTenth) {
        lastTenth = tenth;
        sink.write(`${renderProgress(p)}\n`);
      }
    },
    done() {
      if (tty && drawn) sink.write('\n');
      drawn = false;
    },
  };
}
