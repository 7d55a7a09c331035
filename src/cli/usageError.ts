/** A mistake on the command line: its message names the flag, what it needs and what was given. */
export class UsageError extends Error {}

/** A whole number written in digits only (no sign, exponent or decimals), within [min, max]. */
export function parseWholeNumber(
  flag: string,
  text: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
  throw new UsageError(`${flag} must be a whole number ${range}; got '${text}'`);
}
