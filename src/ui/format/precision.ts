/**
 * How precisely a figure is worth showing. A quantile over trials is within 0.5% of a trial's
 * value (the sketch), so three significant digits say all it knows; a mean with a Monte Carlo
 * standard error is worth the error's two significant digits, and the error itself no more
 * ("± 343.07 万元" on an error of about 300 万元 is noise). Steps are in the value's own unit.
 */

/** The place of the `digits`-th significant digit of `x`: 4,539.34 and 3 → 10. */
export function significantStep(x: number, digits = 3): number {
  const abs = Math.abs(x);
  if (!(abs > 0) || !Number.isFinite(abs)) return 0;
  return 10 ** (Math.floor(Math.log10(abs)) - digits + 1);
}

/** The step a mean with standard error `se` is shown at: two significant digits of the error. */
export function errorStep(se: number): number {
  return significantStep(se, 2);
}

/** `x` rounded to a multiple of `step` (no float noise: 0.1 + 0.2 steps give 0.3, not 0.30000000000000004). */
export function roundToStep(x: number, step: number): number {
  if (!(step > 0) || !Number.isFinite(x)) return x;
  const decimals = Math.max(0, decimalsFor(step));
  return Number((Math.round(x / step) * step).toFixed(Math.min(20, decimals)));
}

/** Decimals that show a multiple of `step`: 0.01 → 2, 10 → 0. */
export function decimalsFor(step: number): number {
  if (!(step > 0)) return 0;
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}
