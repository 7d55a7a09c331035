// Where a tooltip box goes: beside the pointer, flipped to the other side near the right edge,
// and kept inside its container.

export interface TooltipPlacementInput {
  /** Pointer position within the container, px. */
  x: number;
  y: number;
  /** Size of the tooltip box, px. */
  width: number;
  height: number;
  /** Size of the container, px. */
  boundsWidth: number;
  boundsHeight: number;
  /** Gap between the pointer and the box (default 12). */
  offset?: number;
  /**
   * 'beside' (default): right of the point, or left near the right edge, centred vertically.
   * 'below': centred under the point, or above it near the bottom edge, to leave a row visible.
   */
  side?: 'beside' | 'below';
}

/** Top-left corner of the tooltip box within the container. */
export function placeTooltip(input: TooltipPlacementInput): { left: number; top: number } {
  const { x, y, width, height, boundsWidth, boundsHeight } = input;
  const offset = input.offset ?? 12;
  if (input.side === 'below') {
    let top = y + offset;
    if (top + height > boundsHeight) top = y - offset - height;
    top = Math.max(0, Math.min(top, boundsHeight - height));
    const left = Math.max(0, Math.min(x - width / 2, boundsWidth - width));
    return { left: Math.round(left), top: Math.round(top) };
  }
  let left = x + offset;
  if (left + width > boundsWidth) left = x - offset - width;
  left = Math.max(0, Math.min(left, boundsWidth - width));
  let top = y - height / 2;
  top = Math.max(0, Math.min(top, boundsHeight - height));
  return { left: Math.round(left), top: Math.round(top) };
}
