import { describe, expect, it } from 'vitest';
import {
  composeExportSvg,
  escapeXml,
  EXPORT_STYLE_PROPERTIES,
  exportFileName,
  hatchPath,
  legendSwatchMarkup,
  pngSize,
  setRootAttributes,
  styleDeclarations,
  tableToCsv,
} from '../../../src/ui/charts/exportChart.ts';
import type { LegendItem, LegendShape } from '../../../src/ui/charts/chartTypes.ts';

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="10" height="10"/></svg>';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'R&D'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;R&amp;D&apos;&lt;/a&gt;',
    );
  });
});

describe('styleDeclarations pins computed styles as a style attribute', () => {
  const computed: Record<string, string> = {
    fill: 'rgb(0, 114, 178)',
    stroke: 'none',
    opacity: '1',
    'font-size': '12px',
    'font-family': '"Noto Sans CJK SC", sans-serif',
  };
  const get = (p: string) => computed[p] ?? '';

  it('writes every property with a value; an initial opacity is left out', () => {
    expect(styleDeclarations(get, null)).toBe(
      "fill: rgb(0, 114, 178); stroke: none; font-family: 'Noto Sans CJK SC', sans-serif; font-size: 12px",
    );
  });

  it('leaves out inherited properties equal to the parent’s', () => {
    const parent: Record<string, string> = { ...computed, fill: 'black' };
    expect(styleDeclarations(get, (p) => parent[p] ?? '')).toBe('fill: rgb(0, 114, 178)');
  });

  it('keeps opacity when it is not 1', () => {
    expect(styleDeclarations((p) => (p === 'opacity' ? '0.5' : ''), null)).toBe('opacity: 0.5');
  });

  it('covers the presentation properties charts use', () => {
    for (const p of [
      'fill',
      'stroke',
      'stroke-width',
      'stroke-dasharray',
      'font-family',
      'paint-order',
    ]) {
      expect(EXPORT_STYLE_PROPERTIES).toContain(p);
    }
  });
});

describe('setRootAttributes', () => {
  it.each([
    [
      'replaces existing attributes',
      CHART,
      { width: 300 },
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">',
    ],
    ['adds missing ones', '<svg><g/></svg>', { x: 16, y: 40 }, '<svg x="16" y="40">'],
    ['escapes values', '<svg>', { 'aria-label': 'a"b' }, '<svg aria-label="a&quot;b">'],
    ['handles a self-closing tag', '<svg/>', { x: 1 }, '<svg x="1"/>'],
  ])('%s', (_name, markup, attributes, start) => {
    expect(setRootAttributes(markup, attributes).startsWith(start)).toBe(true);
  });

  it('does not touch attributes of the same name deeper in', () => {
    expect(setRootAttributes(CHART, { width: 300 })).toContain('<rect width="10"');
  });

  it.each(['', '<g/>', 'svg'])('throws a TypeError for %j', (markup) => {
    expect(() => setRootAttributes(markup, {})).toThrow(TypeError);
  });
});

describe('legendSwatchMarkup', () => {
  const shapes: LegendShape[] = [
    'band',
    'line',
    'dashed',
    'dotted',
    'hatch',
    'bar',
    'outline',
    'rule',
    'errorbar',
  ];
  it.each(shapes)('draws a %s swatch in the item colour', (shape) => {
    const item: LegendItem = { label: 'x', color: '#D55E00', shape, opacity: 0.3 };
    const markup = legendSwatchMarkup(item, 10, 20);
    expect(markup).toMatch(/^<(rect|line|path) /);
    expect(markup).toContain('#D55E00');
  });

  it('hatches a 20×10 box with lines that stay inside it', () => {
    const nums = (hatchPath(0, 0).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const xs = nums.filter((_, i) => i % 2 === 0);
    const ys = nums.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(20);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(10);
  });
});

describe('composeExportSvg frames the chart as a standalone document', () => {
  const doc = composeExportSvg({
    title: '科技贷款不良率 <NPL>',
    caption: 'Bands over 100 trials.',
    legend: [
      { label: 'Median', color: '#0072B2', shape: 'line' },
      { label: 'P5–P95', color: '#0072B2', shape: 'band', opacity: 0.2 },
    ],
    chartMarkup: CHART,
    chartWidth: 400,
    chartHeight: 200,
  });

  it('is an XML document with the SVG namespace, size and viewBox', () => {
    expect(
      doc.svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(doc.width).toBe(432);
    expect(doc.svg).toContain(`width="432" height="${doc.height}" viewBox="0 0 432 ${doc.height}"`);
    expect(doc.svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('has a white background, the escaped title as <title> and as text, legend, chart and caption', () => {
    expect(doc.svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(doc.svg).toContain('<title>科技贷款不良率 &lt;NPL&gt;</title>');
    expect(doc.svg).toContain('>科技贷款不良率 &lt;NPL&gt;</text>');
    expect(doc.svg).toContain('>Median</text>');
    expect(doc.svg).toContain('>P5–P95</text>');
    expect(doc.svg).toContain('>Bands over 100 trials.</text>');
  });

  it('nests the chart at the padding, below title and legend, at its own size', () => {
    const m =
      /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="200" x="16" y="([\d.]+)"/.exec(
        doc.svg,
      );
    expect(m).not.toBeNull();
    const y = Number(m![1]);
    expect(y).toBeGreaterThan(40);
    expect(doc.height).toBeGreaterThan(y + 200);
  });

  it('puts the caption below the chart', () => {
    const chartAt = doc.svg.indexOf('<rect width="10"');
    expect(doc.svg.indexOf('Bands over 100 trials.')).toBeGreaterThan(chartAt);
  });

  it('wraps a legend wider than the chart onto more rows', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      label: `Series number ${i}`,
      color: '#000',
      shape: 'line' as const,
    }));
    const narrow = composeExportSvg({
      title: 'T',
      legend: many,
      chartMarkup: CHART,
      chartWidth: 400,
      chartHeight: 200,
    });
    const wide = composeExportSvg({
      title: 'T',
      legend: many,
      chartMarkup: CHART,
      chartWidth: 2000,
      chartHeight: 200,
    });
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('takes a custom background', () => {
    expect(
      composeExportSvg({
        title: 'T',
        chartMarkup: CHART,
        chartWidth: 1,
        chartHeight: 1,
        background: '#000',
      }).svg,
    ).toContain('fill="#000"');
  });
});

describe('tableToCsv', () => {
  it('quotes fields with commas, quotes or line breaks and ends lines with CRLF', () => {
    expect(
      tableToCsv({
        columns: [{ label: 'Quarter' }, { label: 'Median, CNY', numeric: true }],
        rows: [
          ['Y1 Q1', '1,234'],
          ['say "hi"', 'a\nb'],
        ],
      }),
    ).toBe('Quarter,"Median, CNY"\r\nY1 Q1,"1,234"\r\n"say ""hi""","a\nb"\r\n');
  });

  it('writes raw values at full precision by default, empty for missing', () => {
    const table = {
      columns: [{ label: 'Quarter' }, { label: 'P50', numeric: true }],
      rows: [
        ['Y1 Q1', '1.23%'],
        ['Y1 Q2', '—'],
      ],
      raw: [
        ['Y1 Q1', 0.012345678],
        ['Y1 Q2', null],
      ],
    };
    expect(tableToCsv(table)).toBe('Quarter,P50\r\nY1 Q1,0.012345678\r\nY1 Q2,\r\n');
    expect(tableToCsv(table, 'formatted')).toBe('Quarter,P50\r\nY1 Q1,1.23%\r\nY1 Q2,—\r\n');
  });

  it('writes only the header for an empty table', () => {
    expect(tableToCsv({ columns: [{ label: 'A' }], rows: [] })).toBe('A\r\n');
  });
});

describe('exportFileName', () => {
  it.each([
    ['科技贷款不良率', 'svg', '科技贷款不良率.svg'],
    ['NPL ratio: A/B', 'png', 'NPL_ratio-_A-B.png'],
    ['  ', 'csv', 'chart.csv'],
    ['a*b?c"d<e>f|g', 'svg', 'a-b-c-d-e-f-g.svg'],
  ])('%j → %s', (title, ext, name) => {
    expect(exportFileName(title, ext)).toBe(name);
  });

  it('keeps names short', () => {
    expect(exportFileName('x'.repeat(200), 'svg')).toHaveLength(84);
  });
});

describe('pngSize', () => {
  it.each([
    [400, 300, 2, { width: 800, height: 600 }],
    [400.4, 300.6, 2, { width: 801, height: 601 }],
    [0, 0, 2, { width: 1, height: 1 }],
  ])('%s×%s at %s×', (w, h, s, size) => {
    expect(pngSize(w, h, s)).toEqual(size);
  });

  it.each([0, -1, Number.NaN])('rejects a scale of %s with a RangeError', (scale) => {
    expect(() => pngSize(10, 10, scale)).toThrow(RangeError);
  });
});

describe('exportFileName with control characters', () => {
  it('turns them into separators', () => {
    expect(exportFileName('a\tb\u0001c', 'svg')).toBe('a_b_c.svg');
  });
});
