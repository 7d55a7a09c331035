import { describe, expect, it } from 'vitest';
import {
  FIRM_REMAINDER,
  FIRM_STAGE_ORDER,
  STAKE_ORDER,
} from '../../../src/ui/charts/sankeyFlows.ts';
import {
  sankeyLegend,
  sankeyLinkTooltip,
  sankeyModel,
  sankeyNodeTooltip,
  sankeyTable,
  type SankeyLabels,
} from '../../../src/ui/charts/sankeyModel.ts';
import { FIRM_FLOWS } from './flowFixture.ts';

const LABELS: SankeyLabels = {
  from: 'From',
  to: 'To',
  meanCount: 'Mean per trial',
  shareOfSource: 'Share of outflow',
  inflow: 'In',
  outflow: 'Out',
};
const labelOf = (id: string) => id.toLowerCase();
const fmt = (v: number) => v.toFixed(1);
const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

const firmModel = (width = 1000, height = 400) =>
  sankeyModel({
    flows: FIRM_FLOWS,
    kind: 'firms',
    width,
    height,
    order: FIRM_STAGE_ORDER,
    remainder: FIRM_REMAINDER,
    labelOf,
    valueFormat: fmt,
  });

describe('sankeyModel lays out the firm flows', () => {
  const model = firmModel();

  it('has one node per stage that carries a flow, in stage order', () => {
    expect(model.nodes.map((n) => n.id)).toEqual([
      'ARRIVAL',
      'POC',
      'ANGEL',
      'EARLY',
      'GROWTH',
      'LISTED',
      'SOLD',
      'FAILED',
      'ACTIVE',
    ]);
  });

  it('drops the zero flows', () => {
    expect(model.dropped.map((d) => `${d.flow.from}->${d.flow.to}:${d.reason}`)).toEqual([
      'LISTED->SOLD:notPositive',
      'ARRIVAL->GROWTH:notPositive',
    ]);
  });

  it('sorts links by source, then target, in stage order', () => {
    expect(model.links.map((l) => l.id)).toEqual([
      'ARRIVAL->POC',
      'ARRIVAL->ANGEL',
      'ARRIVAL->EARLY',
      'POC->ANGEL',
      'POC->FAILED',
      'POC->ACTIVE',
      'ANGEL->EARLY',
      'ANGEL->SOLD',
      'ANGEL->FAILED',
      'ANGEL->ACTIVE',
      'EARLY->GROWTH',
      'EARLY->SOLD',
      'EARLY->FAILED',
      'EARLY->ACTIVE',
      'GROWTH->LISTED',
      'GROWTH->SOLD',
      'GROWTH->FAILED',
      'GROWTH->ACTIVE',
    ]);
  });

  it('balances every live stage: inflow = outflow = node value', () => {
    for (const id of FIRM_REMAINDER.from) {
      const node = model.nodes.find((n) => n.id === id)!;
      expect(node.inflow).toBeCloseTo(node.outflow, 9);
      expect(node.value).toBeCloseTo(node.inflow, 9);
    }
  });

  it('conserves firms: arrivals = firms in the terminal nodes', () => {
    const v = (id: string) => model.nodes.find((n) => n.id === id)!.value;
    const arrivals = v('ARRIVAL');
    expect(arrivals).toBeCloseTo(897.9 + 3599 + 3007, 6);
    expect(v('LISTED') + v('SOLD') + v('FAILED') + v('ACTIVE')).toBeCloseTo(arrivals, 6);
  });

  it('puts stages in columns left to right and outcomes in the last column', () => {
    const layer = Object.fromEntries(model.nodes.map((n) => [n.id, n.layer]));
    expect(layer).toEqual({
      ARRIVAL: 0,
      POC: 1,
      ANGEL: 2,
      EARLY: 3,
      GROWTH: 4,
      LISTED: 5,
      SOLD: 5,
      FAILED: 5,
      ACTIVE: 5,
    });
  });

  it('keeps every node inside the chart and nodes of a column apart, in order', () => {
    for (const n of model.nodes) {
      expect(n.x0).toBeGreaterThanOrEqual(0);
      expect(n.x1).toBeLessThanOrEqual(model.width);
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.y1).toBeLessThanOrEqual(model.height);
      expect(n.y1).toBeGreaterThan(n.y0);
    }
    const last = model.nodes.filter((n) => n.layer === 5);
    for (let i = 1; i < last.length; i++) expect(last[i]!.y0).toBeGreaterThan(last[i - 1]!.y1);
  });

  it('sizes nodes in proportion to their value', () => {
    const [a, b] = [model.nodes[0]!, model.nodes[2]!];
    expect((a.y1 - a.y0) / a.value).toBeCloseTo((b.y1 - b.y0) / b.value, 2);
  });

  it('gives each link its share of the source outflow; shares of a source add to 1', () => {
    const bySource = new Map<string, number>();
    for (const l of model.links)
      bySource.set(l.source, (bySource.get(l.source) ?? 0) + l.shareOfSource);
    for (const total of bySource.values()) expect(total).toBeCloseTo(1, 9);
    expect(model.links.find((l) => l.id === 'POC->ANGEL')!.shareOfSource).toBeCloseTo(
      273.4 / 897.9,
      9,
    );
  });

  it('labels sources on their left and the others on their right', () => {
    const arrival = model.nodes[0]!;
    expect([arrival.labelAnchor, arrival.labelX]).toEqual(['end', arrival.x0 - 6]);
    const failed = model.nodes.find((n) => n.id === 'FAILED')!;
    expect([failed.labelAnchor, failed.labelX]).toEqual(['start', failed.x1 + 6]);
    expect(failed.label).toBe('failed');
    expect(failed.valueLabel).toBe(fmt(failed.value));
  });

  it('colours links by their target', () => {
    const failed = model.nodes.find((n) => n.id === 'FAILED')!;
    expect(
      model.links.filter((l) => l.target === 'FAILED').every((l) => l.color === failed.color),
    ).toBe(true);
  });
});

describe('sankeyModel never throws on bad input', () => {
  it.each([
    ['no flows', []],
    ['null', null],
    ['only zero flows', [{ from: 'A', to: 'B', meanCount: 0 }]],
    ['only NaN flows', [{ from: 'A', to: 'B', meanCount: Number.NaN }]],
  ] as const)('%s gives an empty model', (_name, flows) => {
    const model = sankeyModel({ flows, width: 600, height: 300, labelOf, valueFormat: fmt });
    expect(model).toMatchObject({ nodes: [], links: [], empty: true });
  });

  it.each([0, -10, Number.NaN])('a width of %s gives an empty model', (width) => {
    expect(
      sankeyModel({ flows: FIRM_FLOWS, width, height: 300, labelOf, valueFormat: fmt }).empty,
    ).toBe(true);
  });

  it('a cycle is dropped, not thrown', () => {
    const model = sankeyModel({
      flows: [
        { from: 'A', to: 'B', meanCount: 2 },
        { from: 'B', to: 'A', meanCount: 1 },
      ],
      width: 400,
      height: 200,
      labelOf,
      valueFormat: fmt,
    });
    expect(model.links.map((l) => l.id)).toEqual(['A->B']);
    expect(model.dropped[0]!.reason).toBe('cycle');
  });

  it('a tiny height keeps nodes at least 1 px apart from padding', () => {
    const model = firmModel(800, 60);
    for (const n of model.nodes) expect(n.y1).toBeGreaterThanOrEqual(n.y0);
  });
});

describe('the stakes diagram: seed fund → angel sub-funds → guidance fund', () => {
  const model = sankeyModel({
    flows: FIRM_FLOWS,
    kind: 'stakes',
    order: STAKE_ORDER,
    width: 600,
    height: 160,
    labelOf,
    valueFormat: fmt,
  });

  it('has three nodes in three columns', () => {
    expect(model.nodes.map((n) => [n.id, n.layer])).toEqual([
      ['seedFund', 0],
      ['angelFunds', 1],
      ['guidanceFund', 2],
    ]);
  });

  it('sizes the middle node by the larger of its inflow and outflow', () => {
    const angel = model.nodes[1]!;
    expect([angel.inflow, angel.outflow, angel.value]).toEqual([35.95, 47.25, 47.25]);
  });
});

describe('tooltips, table and legend of the Sankey', () => {
  const model = firmModel();

  it('a link tooltip names both ends and gives the mean count and share', () => {
    const link = model.links.find((l) => l.id === 'POC->ANGEL')!;
    expect(sankeyLinkTooltip(link, labelOf, fmt, pct, LABELS)).toEqual({
      title: 'poc → angel',
      rows: [
        { label: 'Mean per trial', value: '273.4', color: link.color },
        { label: 'Share of outflow', value: '30%' },
      ],
    });
  });

  it('a node tooltip gives what flows in and out, leaving out zero', () => {
    const arrival = model.nodes[0]!;
    expect(sankeyNodeTooltip(arrival, fmt, LABELS)).toEqual({
      title: 'arrival',
      rows: [{ label: 'Out', value: '7503.9' }],
    });
  });

  it('the table has a row per link in link order', () => {
    const table = sankeyTable(model, labelOf, fmt, pct, LABELS);
    expect(table.columns.map((c) => c.label)).toEqual([
      'From',
      'To',
      'Mean per trial',
      'Share of outflow',
    ]);
    expect(table.rows).toHaveLength(model.links.length);
    expect(table.rows[0]).toEqual(['arrival', 'poc', '897.9', '12%']);
    expect(table.raw![0]).toEqual(['arrival', 'poc', 897.9, 897.9 / 7503.9]);
  });

  it('the legend lists each link colour by its target, in node order', () => {
    expect(sankeyLegend(model).map((i) => i.label)).toEqual([
      '→ poc',
      '→ angel',
      '→ early',
      '→ growth',
      '→ listed',
      '→ sold',
      '→ failed',
      '→ active',
    ]);
  });
});
