// Exporting a chart: its <svg> with computed styles written inline, framed with its title,
// legend and caption into one standalone SVG document; a PNG of that at 2× on white; its table
// as CSV. The string building is pure and tested without a browser; the functions at the end
// that touch the DOM are thin.
import type { ChartTable, LegendItem } from './chartTypes.ts';
import { INK, MUTED_INK } from './palette.ts';
import { textWidth, wrapText } from './textMetrics.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Text made safe for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Presentation properties copied from the page's computed style into the exported SVG. */
export const EXPORT_STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

const NOT_INHERITED: Readonly<Record<string, string>> = { opacity: '1' };

/**
 * The `style` attribute value that pins an element's computed presentation: each property from
 * `get`, left out when empty, when an inherited property equals the parent's (it would inherit
 * it anyway) or when a non-inherited one has its initial value.
 */
export function styleDeclarations(
  get: (property: string) => string,
  parentGet: ((property: string) => string) | null,
  properties: readonly string[] = EXPORT_STYLE_PROPERTIES,
): string {
  const parts: string[] = [];
  for (const property of properties) {
    const value = get(property).trim();
    if (value === '') continue;
    const initial = NOT_INHERITED[property];
    if (initial !== undefined) {
      if (value === initial) continue;
    } else if (parentGet !== null && parentGet(property).trim() === value) continue;
    parts.push(`${property}: ${value.replace(/"/g, "'")}`);
  }
  return parts.join('; ');
}

/**
 * `markup` (an <svg> element's source) with attributes set on its root tag: replaced where the
 * tag has them, added otherwise. Throws a TypeError when the markup does not start with <svg.
 */
export function setRootAttributes(
  markup: string,
  attributes: Record<string, string | number>,
): string {
  const match = /^(\s*(?:<\?xml[^>]*\?>\s*)?<svg\b)([^>]*?)(\/?>)/.exec(markup);
  if (!match)
    throw new TypeError(
      `expected markup that starts with an <svg> tag; got ${JSON.stringify(markup.slice(0, 40))}`,
    );
  let attrs = match[2]!;
  for (const [name, value] of Object.entries(attributes)) {
    const text = `${name}="${escapeXml(String(value))}"`;
    const re = new RegExp(`(\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}="[^"]*"`);
    attrs = re.test(attrs) ? attrs.replace(re, `$1${text}`) : `${attrs} ${text}`;
  }
  return match[1]! + attrs + match[3]! + markup.slice(match[0].length);
}

/** Diagonal hatching of a 20×10 px swatch at (x, y), as one path. */
export function hatchPath(x: number, y: number): string {
  const parts: string[] = [];
  for (let i = -5; i < 20; i += 5) {
    const x0 = Math.max(i, 0);
    const x1 = Math.min(i + 10, 20);
    parts.push(`M${x + x0},${y + 10 - (x0 - i)}L${x + x1},${y + 10 - (x1 - i)}`);
  }
  return parts.join('');
}

/** A legend swatch 20×10 px with its top-left corner at (x, y). */
export function legendSwatchMarkup(item: LegendItem, x: number, y: number): string {
  const c = escapeXml(item.color);
  const o = item.opacity ?? 1;
  const mid = y + 5;
  switch (item.shape) {
    case 'band':
    case 'bar':
      return `<rect x="${x}" y="${y}" width="20" height="10" fill="${c}" fill-opacity="${o}"/>`;
    case 'outline':
      return `<rect x="${x + 1}" y="${y + 1}" width="18" height="8" fill="none" stroke="${c}" stroke-width="2"/>`;
    case 'line':
      return `<line x1="${x}" x2="${x + 20}" y1="${mid}" y2="${mid}" stroke="${c}" stroke-width="2.5"/>`;
    case 'dashed':
      return `<line x1="${x}" x2="${x + 20}" y1="${mid}" y2="${mid}" stroke="${c}" stroke-width="2" stroke-dasharray="5 3"/>`;
    case 'dotted':
      return `<line x1="${x}" x2="${x + 20}" y1="${mid}" y2="${mid}" stroke="${c}" stroke-width="1.5" stroke-dasharray="2 2"/>`;
    case 'hatch':
      return `<path d="${hatchPath(x, y)}" fill="none" stroke="${c}" stroke-width="1.25"/>`;
    case 'rule':
      return `<line x1="${x + 10}" x2="${x + 10}" y1="${y - 2}" y2="${y + 12}" stroke="${c}" stroke-width="2"/>`;
    case 'errorbar':
      return `<path d="M${x + 2},${mid}H${x + 18}M${x + 2},${y + 1}V${y + 9}M${x + 18},${y + 1}V${y + 9}" fill="none" stroke="${c}" stroke-width="1.5"/>`;
    default:
      return item.shape satisfies never;
  }
}

export interface ExportFrame {
  title: string;
  caption?: string;
  legend?: readonly LegendItem[];
  /** The chart's own <svg> markup, styles inlined. */
  chartMarkup: string;
  chartWidth: number;
  chartHeight: number;
  fontFamily?: string;
  background?: string;
  /** Space around everything (default 16 px). */
  padding?: number;
}

export const EXPORT_FONT_FAMILY =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

/**
 * One standalone SVG document: a white background, the title, the legend in rows that wrap,
 * the chart, and the caption wrapped to the chart's width.
 */
export function composeExportSvg(frame: ExportFrame): {
  svg: string;
  width: number;
  height: number;
} {
  const pad = frame.padding ?? 16;
  const chartWidth = Math.max(0, frame.chartWidth);
  const chartHeight = Math.max(0, frame.chartHeight);
  const width = Math.ceil(chartWidth + 2 * pad);
  const inner = Math.max(1, width - 2 * pad);
  const parts: string[] = [];
  let y = pad;

  const titleSize = 16;
  for (const line of wrapText(frame.title, inner, titleSize)) {
    y += titleSize * 1.3;
    parts.push(
      `<text x="${pad}" y="${y - 4}" font-size="${titleSize}" font-weight="600" fill="${INK}">${escapeXml(line)}</text>`,
    );
  }

  const legend = frame.legend ?? [];
  if (legend.length > 0) {
    y += 6;
    let x = pad;
    const rowHeight = 18;
    let rowTop = y;
    for (const item of legend) {
      const w = 26 + textWidth(item.label, 12) + 16;
      if (x > pad && x + w > pad + inner) {
        x = pad;
        rowTop += rowHeight;
      }
      parts.push(legendSwatchMarkup(item, x, rowTop + 3));
      parts.push(
        `<text x="${x + 26}" y="${rowTop + 12}" font-size="12" fill="${INK}">${escapeXml(item.label)}</text>`,
      );
      x += w;
    }
    y = rowTop + rowHeight;
  }

  y += 6;
  parts.push(
    setRootAttributes(frame.chartMarkup, { x: pad, y, width: chartWidth, height: chartHeight }),
  );
  y += chartHeight;

  if (frame.caption) {
    y += 4;
    for (const line of wrapText(frame.caption, inner, 12)) {
      y += 17;
      parts.push(
        `<text x="${pad}" y="${y - 4}" font-size="12" fill="${MUTED_INK}">${escapeXml(line)}</text>`,
      );
    }
  }
  const height = Math.ceil(y + pad);
  const font = escapeXml(frame.fontFamily ?? EXPORT_FONT_FAMILY);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">` +
    `<title>${escapeXml(frame.title)}</title>` +
    `<rect width="100%" height="100%" fill="${escapeXml(frame.background ?? '#ffffff')}"/>` +
    parts.join('') +
    `</svg>\n`;
  return { svg, width, height };
}

/**
 * A table as CSV (RFC 4180: fields quoted when they hold commas, quotes or line breaks): its raw
 * values when it has them and `values` is 'raw' (numbers at full precision, empty for missing),
 * else its formatted cells.
 */
export function tableToCsv(table: ChartTable, values: 'raw' | 'formatted' = 'raw'): string {
  const field = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = values === 'raw' && table.raw ? table.raw : table.rows;
  const lines = [table.columns.map((c) => field(c.label)).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name from a chart title: characters file systems reject become '-'. */
export function exportFileName(title: string, extension: string): string {
  const printable = Array.from(title, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, '_')
    .replace(/^[-_.]+|[-_.]+$/g, '')
    .slice(0, 80);
  return `${base || 'chart'}.${extension}`;
}

/** Pixel size of the PNG of a `width`×`height` chart at `scale` (whole pixels, at least 1). */
export function pngSize(
  width: number,
  height: number,
  scale = 2,
): { width: number; height: number } {
  if (!(scale > 0)) throw new RangeError(`PNG scale must be > 0; got ${scale}`);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

// ——— DOM: thin wrappers over the pure functions above ———

/** Copies computed styles from `source` and its descendants onto the same nodes of `target`. */
function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null) {
  const computed = getComputedStyle(source);
  const style = styleDeclarations(
    (p) => computed.getPropertyValue(p),
    parent ? (p) => parent.getPropertyValue(p) : null,
  );
  if (style) target.setAttribute('style', style);
  target.removeAttribute('class');
  for (let i = 0; i < source.children.length; i++) {
    const s = source.children[i]!;
    const t = target.children[i];
    if (t) inlineStyles(s, t, computed);
  }
}

/** The markup of `svg` with computed styles inlined and interaction-only parts removed. */
export function serializeSvgElement(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  clone.querySelectorAll('[data-export="skip"]').forEach((el) => el.remove());
  clone.setAttribute('xmlns', SVG_NS);
  return new XMLSerializer().serializeToString(clone);
}

/** The chart `svg` framed with title, legend and caption as one standalone SVG document. */
export function exportSvgDocument(
  svg: SVGSVGElement,
  frame: Omit<ExportFrame, 'chartMarkup' | 'chartWidth' | 'chartHeight'>,
): { svg: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  return composeExportSvg({
    ...frame,
    chartMarkup: serializeSvgElement(svg),
    chartWidth: Number(svg.getAttribute('width')) || box.width,
    chartHeight: Number(svg.getAttribute('height')) || box.height,
  });
}

/** Saves `blob` as `fileName` through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function svgBlob(svgText: string): Blob {
  return new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' });
}

/** A PNG of an SVG document, drawn on white at `scale`× on an offscreen canvas. */
export async function svgToPngBlob(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const size = pngSize(width, height, scale);
  const url = URL.createObjectURL(svgBlob(svgText));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(size.width, size.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas context for the PNG');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, size.width, size.height);
      ctx.drawImage(image, 0, 0, size.width, size.height);
      return await canvas.convertToBlob({ type: 'image/png' });
    }
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context for the PNG');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** CSV with a byte-order mark, so spreadsheet programs read Chinese text as UTF-8. */
export function csvBlob(table: ChartTable, values: 'raw' | 'formatted' = 'raw'): Blob {
  return new Blob(['\ufeff', tableToCsv(table, values)], { type: 'text/csv;charset=utf-8' });
}
