/** A rate that changes at given quarters (steps sorted by `fromQuarter`, the first at 0). */
export type RatePath = ReadonlyArray<{ fromQuarter: number; ratePerYear: number }>;

export function rateAtQuarter(path: RatePath, quarter: number): number {
  let rate = path[0]?.ratePerYear ?? 0;
  for (const step of path) {
    if (step.fromQuarter > quarter) break;
    rate = step.ratePerYear;
  }
  return rate;
}
