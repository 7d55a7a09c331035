/**
 * Boundary checks for fund metrics. A negative amount or a NaN reaching a metric is a
 * bug upstream, so it throws, naming the function, the argument and the value given.
 */

/** Throws RangeError unless value is a finite number ≥ 0. */
export function requireNonNegative(
  functionName: string,
  argumentName: string,
  value: number,
): void {
  if (!(value >= 0 && value < Infinity)) {
    throw new RangeError(
      `${functionName}: ${argumentName} must be a finite number >= 0; got ${describe(value)}`,
    );
  }
}

/** Throws RangeError unless value is a finite number > 0. */
export function requirePositive(functionName: string, argumentName: string, value: number): void {
  if (!(value > 0 && value < Infinity)) {
    throw new RangeError(
      `${functionName}: ${argumentName} must be a finite number > 0; got ${describe(value)}`,
    );
  }
}

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : `${String(value)} (of type ${typeof value})`;
}
