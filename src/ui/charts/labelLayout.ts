// Placing annotation labels so they never overlap: each label goes on the first row where it
// clears the labels already there.

export interface LabelRequest {
  /** Wanted centre of the label, px. */
  center: number;
  /** Width of the label, px. */
  width: number;
}

export interface PlacedLabel {
  /** Centre after keeping the label inside the bounds, px. */
  center: number;
  /** 0 for the first row, 1 for the next… */
  row: number;
}

/**
 * Rows and centres for labels: each is kept inside [min, max], then put on the lowest row whose
 * labels it does not touch (with `gap` px between). The result is in the order of `labels`.
 */
export function stackLabels(
  labels: readonly LabelRequest[],
  bounds: [number, number],
  gap = 6,
): PlacedLabel[] {
  const [min, max] = bounds;
  const placed: PlacedLabel[] = labels.map(() => ({ center: 0, row: 0 }));
  const rows: { left: number; right: number }[][] = [];
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.center - labels[b]!.center);
  for (const i of order) {
    const { width } = labels[i]!;
    const half = width / 2;
    const center = Math.max(min + half, Math.min(max - half, labels[i]!.center));
    const left = center - half;
    const right = center + half;
    let row = 0;
    while (rows[row]?.some((s) => left < s.right + gap && right + gap > s.left)) row++;
    (rows[row] ??= []).push({ left, right });
    placed[i] = { center, row };
  }
  return placed;
}
