/** Runs of this many rounds are ordered by insertion, then merged pairwise. */
const INSERTION_RUN = 16;

/**
 * Orders a quarter's round events by their firm's points, highest first, ties in event order (the
 * one order, whatever order `order` comes in). A merge sort over runs sorted by insertion,
 * O(n log n), with the comparison written inline (no comparator calls); `scratch` holds at least
 * `n` entries.
 */
export function sortByPointsDescending(
  order: Int32Array,
  n: number,
  eventFirm: Int32Array,
  points: Float64Array,
  scratch: Int32Array,
): void {
  // Round a goes before round b: more points, or as many and an earlier event.
  const before = (a: number, b: number) => {
    const pa = points[eventFirm[a]!]!;
    const pb = points[eventFirm[b]!]!;
    return pa > pb || (pa === pb && a < b);
  };
  for (let lo = 0; lo < n; lo += INSERTION_RUN) {
    const hi = Math.min(lo + INSERTION_RUN, n);
    for (let k = lo + 1; k < hi; k++) {
      const e = order[k]!;
      let j = k - 1;
      for (; j >= lo && !before(order[j]!, e); j--) order[j + 1] = order[j]!;
      order[j + 1] = e;
    }
  }
  let from = order;
  let to = scratch;
  for (let width = INSERTION_RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++)
        to[k] = i < mid && (j >= hi || !before(from[j]!, from[i]!)) ? from[i++]! : from[j++]!;
    }
    [from, to] = [to, from];
  }
  if (from !== order) order.set(from.subarray(0, n));
}
