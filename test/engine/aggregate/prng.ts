/**
 * Seeded draws for the aggregation specs and benchmarks, with no dependency on the engine's own
 * random module or on vitest: mulberry32 (Tommy Ettinger's 32-bit generator) and a few
 * transforms of it.
 */

/** Uniform draws in [0, 1), multiples of 2^-32. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller (one of the pair; clarity over speed). */
export function normal(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Pareto with minimum 1 and tail index `shape`: heavy-tailed, infinite variance below 2. */
export function pareto(rng: () => number, shape: number): number {
  return (1 - rng()) ** (-1 / shape);
}
