/**
 * Ascending order for lists of firm indices (plain integers, so any correct sort gives the same
 * result): without the built-in typed-array sort's per-call set-up, which dominates for the short
 * lists a quarter makes.
 */

/** Past this many values out of order, the built-in sort is cheaper than inserting each. */
const INSERTION_MAX = 256;

/**
 * Sorts `values[0..n)` ascending, in place. The quarter's lists come mostly in order (firm events
 * are in firm order): the ascending run they start with is kept, and the values after it are
 * inserted into it, unless there are many.
 */
export function sortInts(values: Int32Array, n: number): void {
  let sorted = 1;
  while (sorted < n && values[sorted - 1]! <= values[sorted]!) sorted++;
  if (n - sorted <= INSERTION_MAX) insertIntoSorted(values, sorted, n);
  else values.subarray(0, n).sort();
}

/**
 * `values[0..sorted)` is ascending; inserts each of `values[sorted..n)` into it, so that all of
 * `values[0..n)` is ascending. For a long sorted list and a few new values: a binary search and a
 * block move each, not a sort of the whole list.
 */
export function insertIntoSorted(values: Int32Array, sorted: number, n: number): void {
  for (let k = sorted; k < n; k++) {
    const v = values[k]!;
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    if (lo < k) {
      values.copyWithin(lo + 1, lo, k);
      values[lo] = v;
    }
  }
}
