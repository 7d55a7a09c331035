/**
 * The old-generation heap limit of a Node worker, in MiB. Left alone, V8 lets a busy worker's
 * heap grow to several times what it holds (the default run then peaked near 320 MiB for two
 * workers); a limit makes it collect sooner. A trial keeps its firms, postings, positions and
 * loans in typed arrays, whose memory lies outside this heap, so the JavaScript objects a worker
 * holds (code, one block's aggregate, a trial's funds and metrics) do not grow with the firms:
 * test/workers/heapLimit.test.ts runs the heaviest workload the scenario schema admits within it.
 * 20 MiB, measured on 2,000 default trials with 2 workers: 32 MiB peaked at 148–162 MiB for the
 * process, 20 MiB at 147–151 MiB in the same time; 16 MiB at 137–140 MiB but 8% slower (GC).
 */
export const WORKER_HEAP_LIMIT_MIB = 20;
