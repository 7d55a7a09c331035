/** The typed arrays the engine keeps its state in. */
export type TypedArray = Int32Array | Uint8Array | Uint16Array | Float64Array;

/**
 * A copy of `array` at least `minLength` long (at least twice as long, so repeated growth stays
 * linear), the old values kept and the new slots set to `fill`.
 */
export function grown<T extends TypedArray>(array: T, minLength: number, fill = 0): T {
  const bigger = new (array.constructor as new (n: number) => T)(
    Math.max(minLength, array.length * 2),
  );
  if (fill !== 0) bigger.fill(fill);
  (bigger as unknown as { set(source: ArrayLike<number>): void }).set(array);
  return bigger;
}

/** Grows every listed column of a struct of typed arrays to at least `minLength`. */
export function growColumns<K extends string>(
  table: { [key in K]: TypedArray },
  columns: readonly K[],
  minLength: number,
): void {
  for (const column of columns) table[column] = grown(table[column], minLength);
}
