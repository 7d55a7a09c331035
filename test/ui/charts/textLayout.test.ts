import { describe, expect, it } from 'vitest';
import { tooltipToText, type TooltipContent } from '../../../src/ui/charts/chartTypes.ts';
import { stackLabels } from '../../../src/ui/charts/labelLayout.ts';
import { maxAbs, moneyAxis } from '../../../src/ui/charts/moneyAxis.ts';
import { textWidth, truncateToWidth, wrapText } from '../../../src/ui/charts/textMetrics.ts';
import { placeTooltip } from '../../../src/ui/charts/tooltipPlacement.ts';

describe('textWidth estimates rendered width', () => {
  it.each([
    ['', 0],
    ['中文', 24],
    ['第10年', 12 * (1 + 0.58 * 2 + 1)],
  ])('%j at 12 px is %s', (text, width) => {
    expect(textWidth(text)).toBeCloseTo(width, 6);
  });

  it('counts a CJK character wider than a digit and scales with font size', () => {
    expect(textWidth('亿')).toBeGreaterThan(textWidth('8'));
    expect(textWidth('abc', 24)).toBeCloseTo(2 * textWidth('abc', 12), 6);
  });
});

describe('truncateToWidth', () => {
  it('leaves text that fits', () => {
    expect(truncateToWidth('Seed fund', 200)).toBe('Seed fund');
  });

  it('cuts text that does not and ends it with …', () => {
    const cut = truncateToWidth('风险补偿资金池的代偿支出', 60);
    expect(cut).toBe('风险补偿…');
    expect(textWidth(cut)).toBeLessThanOrEqual(60);
  });
});

describe('wrapText', () => {
  it('breaks Latin text between words', () => {
    expect(wrapText('one two three four', textWidth('one two three'))).toEqual([
      'one two three',
      'four',
    ]);
  });

  it('breaks CJK text between characters', () => {
    expect(wrapText('一二三四五六', 36)).toEqual(['一二三', '四五六']);
  });

  it('gives a word wider than a line its own line', () => {
    expect(wrapText('a supercalifragilistic b', 30)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('   ', 100)).toEqual([]);
  });
});

describe('stackLabels', () => {
  it.each([
    ['apart: one row', [100, 300], [0, 0]],
    ['touching: two rows', [100, 120], [0, 1]],
    ['three on one spot: three rows', [200, 200, 200], [0, 1, 2]],
    ['third clears the first: back to row 0', [100, 130, 160], [0, 1, 0]],
  ] as const)('%s', (_name, centers, rows) => {
    const placed = stackLabels(
      centers.map((center) => ({ center, width: 40 })),
      [0, 1000],
    );
    expect(placed.map((p) => p.row)).toEqual(rows);
  });

  it('keeps labels inside the bounds', () => {
    const placed = stackLabels(
      [
        { center: 0, width: 40 },
        { center: 500, width: 40 },
      ],
      [0, 500],
    );
    expect(placed.map((p) => p.center)).toEqual([20, 480]);
  });
});

describe('placeTooltip', () => {
  const box = { width: 100, height: 60, boundsWidth: 500, boundsHeight: 300 };
  it.each([
    ['right of the pointer', 100, 150, { left: 112, top: 120 }],
    ['flipped left near the right edge', 450, 150, { left: 338, top: 120 }],
    ['kept below the top', 100, 10, { left: 112, top: 0 }],
    ['kept above the bottom', 100, 295, { left: 112, top: 240 }],
  ])('%s', (_name, x, y, position) => {
    expect(placeTooltip({ x, y, ...box })).toEqual(position);
  });

  it('pins a box wider than its container to the left', () => {
    expect(
      placeTooltip({ x: 50, y: 50, width: 600, height: 10, boundsWidth: 500, boundsHeight: 300 })
        .left,
    ).toBe(0);
  });
});

describe('moneyAxis puts a whole axis in one unit', () => {
  it.each([
    [2.3e9, 'zh', '亿元', 1e8, 1.5e9, '15'],
    [5e5, 'zh', '万元', 1e4, 2.5e5, '25'],
    [800, 'zh', '元', 1, 500, '500'],
    [2.3e9, 'en', 'CNY bn', 1e9, 1.5e9, '1.5'],
    [5e7, 'en', 'CNY m', 1e6, 2.5e7, '25'],
    [0, 'en', 'CNY', 1, 0, '0'],
  ] as const)('max %s in %s: %s', (max, locale, unit, divisor, value, label) => {
    const axis = moneyAxis(max, locale);
    expect([axis.unit, axis.divisor, axis.format(value)]).toEqual([unit, divisor, label]);
  });

  it('maxAbs skips missing values', () => {
    expect(maxAbs([1, -5, null, Number.NaN, undefined, 3])).toBe(5);
    expect(maxAbs([])).toBe(0);
  });
});

describe('tooltipToText reads a tooltip as one line', () => {
  it.each([
    [{ title: 'T', rows: [] }, 'T'],
    [
      {
        title: 'Y1 Q1',
        rows: [
          { label: 'P95', value: '5%' },
          { label: 'Median', value: '1%' },
        ],
      },
      'Y1 Q1: P95 5%, Median 1%',
    ],
    [
      {
        title: 'Y1 Q1',
        rows: [
          { label: 'A', value: '', heading: true },
          { label: 'Median', value: '1%' },
          { label: 'B', value: '', heading: true },
          { label: 'Median', value: '2%' },
        ],
      },
      'Y1 Q1: A: Median 1%; B: Median 2%',
    ],
  ] as [TooltipContent, string][])('%j', (content, text) => {
    expect(tooltipToText(content)).toBe(text);
  });
});

describe('placeTooltip below a point', () => {
  const box = {
    width: 100,
    height: 60,
    boundsWidth: 500,
    boundsHeight: 300,
    side: 'below' as const,
  };
  it.each([
    ['centred under the point', 200, 100, { left: 150, top: 112 }],
    ['above the point near the bottom', 200, 280, { left: 150, top: 208 }],
    ['kept inside on the left', 20, 100, { left: 0, top: 112 }],
    ['kept inside on the right', 490, 100, { left: 400, top: 112 }],
  ])('%s', (_name, x, y, position) => {
    expect(placeTooltip({ x, y, ...box })).toEqual(position);
  });
});
