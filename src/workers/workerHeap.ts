/**
 * The old-generation heap limit of a Node worker, in MiB. Left alone, V8 lets a busy worker's
 * heap grow to several times what it holds (the default run then peaked near 320 MiB for two
 * workers); a limit makes it collect sooner. A trial keeps its firms, postings, positions and
 * loans in typed arrays, whose memory lies outside this heap, so the JavaScript objects a worker
 * holds (code, one block's aggregate, a trial's funds and metrics) do not grow with the firms:
 * test/workers/heapLimit.test.ts runs the heaviest workload the scenario schema admits within it.
 */
export const WORKER_HEAP_LIMIT_MIB = 32;
