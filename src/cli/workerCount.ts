/**
 * The worker threads a run uses: what the user asked for, but no more than the machine's cores
 * (more threads than cores only add memory and switching: 64 on 2 cores took 40 times as long)
 * and no more than the run's blocks; a warning says when the request was cut.
 */
export function workerCount(
  requested: number | undefined,
  cores: number,
  blocks: number,
): { workers: number; warning: string | null } {
  const most = Math.max(1, Math.min(cores, blocks));
  if (requested === undefined) return { workers: most, warning: null };
  if (requested <= cores)
    return { workers: Math.min(requested, Math.max(1, blocks)), warning: null };
  return {
    workers: most,
    warning: `--workers ${requested} is more than this machine's ${cores} core${cores === 1 ? '' : 's'}: using ${most}`,
  };
}
