// The Sankey's numbers: flows from a run result (firms between stages, stakes between funds),
// cleaned and balanced (sankeyFlows.ts), laid out with d3-sankey, and turned into node
// rectangles, link paths, labels, tooltips, a legend and a table. Pure: tested without rendering.
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { ChartTable, LegendItem, TooltipContent, ValueFormat } from './chartTypes.ts';
import { categoryColor, STAGE_COLORS } from './palette.ts';
import {
  acyclicFlows,
  balanceFlows,
  cleanFlows,
  DEFAULT_ORDER,
  linkId,
  nodeTotals,
  type DroppedFlow,
  type Remainder,
  type SankeyFlow,
} from './sankeyFlows.ts';
import { FONT_SIZE, textWidth } from './textMetrics.ts';

export interface SankeyInput {
  flows: readonly SankeyFlow[] | null | undefined;
  /** Only flows of this kind ('firms' or 'stakes'). */
  kind?: string;
  width: number;
  height: number;
  /** Node order within a column, top to bottom (default DEFAULT_ORDER); unknown nodes follow. */
  order?: readonly string[];
  remainder?: Remainder | null;
  labelOf: (node: string) => string;
  valueFormat: ValueFormat;
  colorOf?: (node: string, index: number) => string;
  fontSize?: number;
  nodeWidth?: number;
  /** Wanted vertical gap between nodes (default: room for a two-line label). */
  nodePadding?: number;
}

export interface SankeyNodeView {
  id: string;
  label: string;
  valueLabel: string;
  /** max(inflow, outflow), the node's height in flow units. */
  value: number;
  inflow: number;
  outflow: number;
  layer: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  color: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface SankeyLinkView {
  id: string;
  source: string;
  target: string;
  value: number;
  /** Stroke width, px. */
  width: number;
  path: string;
  color: string;
  /** value / the source's outflow. */
  shareOfSource: number;
}

export interface SankeyModel {
  width: number;
  height: number;
  nodes: SankeyNodeView[];
  /** Sorted by the order of their source, then of their target. */
  links: SankeyLinkView[];
  dropped: DroppedFlow[];
  empty: boolean;
}

interface NodeDatum {
  id: string;
}
interface LinkDatum {
  value: number;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** Nodes and links of a Sankey laid out in `width`×`height`; never throws on bad flows. */
export function sankeyModel(input: SankeyInput): SankeyModel {
  const fontSize = input.fontSize ?? FONT_SIZE;
  const width = Math.max(0, Number.isFinite(input.width) ? input.width : 0);
  const height = Math.max(0, Number.isFinite(input.height) ? input.height : 0);
  const cleaned = cleanFlows(input.flows, input.kind);
  const acyclic = acyclicFlows(cleaned.flows);
  const flows = balanceFlows(acyclic.flows, input.remainder);
  const dropped = [...cleaned.dropped, ...acyclic.dropped];
  const empty: SankeyModel = { width, height, nodes: [], links: [], dropped, empty: true };
  if (flows.length === 0 || width <= 0 || height <= 0) return empty;

  const rank = new Map<string, number>();
  for (const id of input.order ?? DEFAULT_ORDER) if (!rank.has(id)) rank.set(id, rank.size);
  for (const f of flows) {
    if (!rank.has(f.from)) rank.set(f.from, rank.size);
    if (!rank.has(f.to)) rank.set(f.to, rank.size);
  }
  const ids = [...rank.keys()].filter((id) => flows.some((f) => f.from === id || f.to === id));
  const totals = nodeTotals(flows);
  const colorOf =
    input.colorOf ?? ((id: string, i: number) => STAGE_COLORS[id] ?? categoryColor(i));
  const colors = new Map(ids.map((id, i) => [id, colorOf(id, i)]));
  const labelLine = (id: string) =>
    [
      input.labelOf(id),
      input.valueFormat(Math.max(totals.get(id)!.inflow, totals.get(id)!.outflow)),
    ] as const;
  const labelWidth = (id: string) => Math.max(...labelLine(id).map((t) => textWidth(t, fontSize)));

  // Sources (no inflow) carry their labels on the left, sinks on the right: reserve the room.
  const sources = ids.filter((id) => totals.get(id)!.inflow === 0);
  const sinks = ids.filter((id) => totals.get(id)!.outflow === 0);
  const marginLeft = Math.ceil(Math.max(0, ...sources.map(labelWidth)) + 8);
  const marginRight = Math.ceil(Math.max(0, ...sinks.map(labelWidth)) + 8);
  // Labels are centred on their nodes: leave room for a label on a thin node at the edge.
  const top = fontSize;
  const bottom = fontSize;
  const nodeWidth = input.nodeWidth ?? 14;
  const innerHeight = Math.max(1, height - top - bottom);
  const wantedPadding = input.nodePadding ?? fontSize * 2.6;

  const layout = sankey<NodeDatum, LinkDatum>()
    .nodeId((d) => d.id)
    .nodeWidth(nodeWidth)
    .nodePadding(wantedPadding)
    .nodeSort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
    .extent([
      [marginLeft, top],
      [Math.max(marginLeft + nodeWidth * 2 + 1, width - marginRight), top + innerHeight],
    ]);
  // Keep nodes at least 1 px tall: never let padding take more than half the height.
  const columnsMax = maxColumnSize(flows, ids);
  if (columnsMax > 1)
    layout.nodePadding(Math.min(wantedPadding, (innerHeight * 0.5) / (columnsMax - 1)));

  const graph = layout({
    nodes: ids.map((id) => ({ id })),
    links: flows.map((f) => ({ source: f.from, target: f.to, value: f.meanCount })),
  });
  const path = sankeyLinkHorizontal<NodeDatum, LinkDatum>();
  const idOf = (n: SankeyNode<NodeDatum, LinkDatum> | string | number) =>
    typeof n === 'object' ? n.id : String(n);

  const nodes: SankeyNodeView[] = graph.nodes.map((n) => {
    const t = totals.get(n.id)!;
    const [label, valueLabel] = labelLine(n.id);
    const isSource = t.inflow === 0;
    const x0 = r2(n.x0 ?? 0);
    const x1 = r2(n.x1 ?? 0);
    const y0 = r2(n.y0 ?? 0);
    const y1 = r2(n.y1 ?? 0);
    return {
      id: n.id,
      label,
      valueLabel,
      value: n.value ?? 0,
      inflow: t.inflow,
      outflow: t.outflow,
      layer: (n as { layer?: number }).layer ?? n.depth ?? 0,
      x0,
      x1,
      y0,
      y1,
      color: colors.get(n.id)!,
      labelX: isSource ? x0 - 6 : x1 + 6,
      labelY: r2((y0 + y1) / 2),
      labelAnchor: isSource ? 'end' : 'start',
    };
  });
  nodes.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);

  const links: SankeyLinkView[] = graph.links.map((l: SankeyLink<NodeDatum, LinkDatum>) => {
    const source = idOf(l.source);
    const target = idOf(l.target);
    const outflow = totals.get(source)!.outflow;
    return {
      id: linkId(source, target),
      source,
      target,
      value: l.value,
      width: r2(Math.max(1, l.width ?? 0)),
      path: path(l) ?? '',
      color: colors.get(target)!,
      shareOfSource: outflow > 0 ? l.value / outflow : 0,
    };
  });
  links.sort(
    (a, b) =>
      rank.get(a.source)! - rank.get(b.source)! || rank.get(a.target)! - rank.get(b.target)!,
  );
  return { width, height, nodes, links, dropped, empty: false };
}

/** The most nodes any column can hold, from the longest-path depth of each node. */
function maxColumnSize(flows: readonly SankeyFlow[], ids: readonly string[]): number {
  const depth = new Map<string, number>(ids.map((id) => [id, 0]));
  // Longest path from a source by relaxation; the graph is acyclic, so |ids| passes suffice.
  for (let pass = 0; pass < ids.length; pass++) {
    let changed = false;
    for (const f of flows) {
      const d = depth.get(f.from)! + 1;
      if (d > depth.get(f.to)!) {
        depth.set(f.to, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const outgoing = new Set(flows.map((f) => f.from));
  const last = Math.max(...depth.values());
  const counts = new Map<number, number>();
  for (const id of ids) {
    const column = outgoing.has(id) ? depth.get(id)! : last; // sinks are justified to the right
    counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  return Math.max(...counts.values());
}

/** A legend of link colours: each link takes its target's colour. */
export function sankeyLegend(model: SankeyModel): LegendItem[] {
  const targets = new Set(model.links.map((l) => l.target));
  return model.nodes
    .filter((n) => targets.has(n.id))
    .map((n) => ({ label: `→ ${n.label}`, color: n.color, shape: 'band' as const, opacity: 0.5 }));
}

export interface SankeyLabels {
  from: string;
  to: string;
  /** 'Mean per trial'. */
  meanCount: string;
  /** 'Share of the source's outflow'. */
  shareOfSource: string;
  inflow: string;
  outflow: string;
}

/** Tooltip of a link: from → to, its mean count per trial and its share of the source's outflow. */
export function sankeyLinkTooltip(
  link: SankeyLinkView,
  labelOf: (node: string) => string,
  valueFormat: ValueFormat,
  shareFormat: ValueFormat,
  labels: SankeyLabels,
): TooltipContent {
  return {
    title: `${labelOf(link.source)} → ${labelOf(link.target)}`,
    rows: [
      { label: labels.meanCount, value: valueFormat(link.value), color: link.color },
      { label: labels.shareOfSource, value: shareFormat(link.shareOfSource) },
    ],
  };
}

/** Tooltip of a node: what flows in and out. */
export function sankeyNodeTooltip(
  node: SankeyNodeView,
  valueFormat: ValueFormat,
  labels: SankeyLabels,
): TooltipContent {
  const rows = [];
  if (node.inflow > 0) rows.push({ label: labels.inflow, value: valueFormat(node.inflow) });
  if (node.outflow > 0) rows.push({ label: labels.outflow, value: valueFormat(node.outflow) });
  return { title: node.label, rows };
}

/** The table view: one row per link. */
export function sankeyTable(
  model: SankeyModel,
  labelOf: (node: string) => string,
  valueFormat: ValueFormat,
  shareFormat: ValueFormat,
  labels: SankeyLabels,
): ChartTable {
  return {
    columns: [
      { label: labels.from },
      { label: labels.to },
      { label: labels.meanCount, numeric: true },
      { label: labels.shareOfSource, numeric: true },
    ],
    rows: model.links.map((l) => [
      labelOf(l.source),
      labelOf(l.target),
      valueFormat(l.value),
      shareFormat(l.shareOfSource),
    ]),
    raw: model.links.map((l) => [labelOf(l.source), labelOf(l.target), l.value, l.shareOfSource]),
  };
}
