// The flows behind a Sankey, made drawable: bad values and cycles dropped with the reason, pairs
// merged, and what stays in a stage at the horizon sent to a remainder node so stages balance.

/** A flow as in a run result: a mean number per trial moving from one node to another. */
export interface SankeyFlow {
  kind?: string;
  from: string;
  to: string;
  meanCount: number;
}

/** Firm stages in the order the diagram lists them, top to bottom within a column. */
export const FIRM_STAGE_ORDER = [
  'ARRIVAL',
  'POC',
  'ANGEL',
  'EARLY',
  'GROWTH',
  'LISTED',
  'SOLD',
  'FAILED',
  'ACTIVE',
] as const;

/** Stages a firm can still be in at the horizon: their surplus of inflow goes to ACTIVE. */
export const FIRM_REMAINDER = {
  node: 'ACTIVE',
  from: ['POC', 'ANGEL', 'EARLY', 'GROWTH'],
} as const;

export const STAKE_ORDER = ['seedFund', 'angelFunds', 'guidanceFund'] as const;

/** Node order when none is given: firm stages, then funds; other ids follow in order of appearance. */
export const DEFAULT_ORDER: readonly string[] = [...FIRM_STAGE_ORDER, ...STAKE_ORDER];

export type DropReason = 'notFinite' | 'notPositive' | 'selfLoop' | 'cycle';

export interface DroppedFlow {
  flow: SankeyFlow;
  reason: DropReason;
}

export interface Remainder {
  /** Id of the node that collects what stays in `from` nodes (e.g. 'ACTIVE'). */
  node: string;
  from: readonly string[];
}

/** Id of a link. */
export const linkId = (from: string, to: string) => `${from}->${to}`;

/**
 * Flows that can be drawn: finite, positive, not a node to itself, of `kind` when given, and
 * merged when the same pair appears twice. The others are returned with the reason.
 */
export function cleanFlows(
  flows: readonly SankeyFlow[] | null | undefined,
  kind?: string,
): { flows: SankeyFlow[]; dropped: DroppedFlow[] } {
  const merged = new Map<string, SankeyFlow>();
  const dropped: DroppedFlow[] = [];
  for (const flow of flows ?? []) {
    if (kind !== undefined && flow.kind !== kind) continue;
    const v = flow.meanCount;
    if (typeof v !== 'number' || !Number.isFinite(v)) dropped.push({ flow, reason: 'notFinite' });
    else if (v <= 0) dropped.push({ flow, reason: 'notPositive' });
    else if (flow.from === flow.to) dropped.push({ flow, reason: 'selfLoop' });
    else {
      const id = linkId(flow.from, flow.to);
      const prev = merged.get(id);
      merged.set(id, prev ? { ...prev, meanCount: prev.meanCount + v } : { ...flow });
    }
  }
  return { flows: [...merged.values()], dropped };
}

/**
 * The flows without cycles (d3-sankey cannot lay them out): flows are added largest first, and
 * one that would close a loop is dropped.
 */
export function acyclicFlows(flows: readonly SankeyFlow[]): {
  flows: SankeyFlow[];
  dropped: DroppedFlow[];
} {
  const out = new Map<string, string[]>();
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === to) return true;
      for (const next of out.get(node) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return false;
  };
  const kept = new Set<SankeyFlow>();
  const dropped: DroppedFlow[] = [];
  for (const flow of [...flows].sort((a, b) => b.meanCount - a.meanCount)) {
    if (reaches(flow.to, flow.from)) dropped.push({ flow, reason: 'cycle' });
    else {
      kept.add(flow);
      const list = out.get(flow.from) ?? [];
      list.push(flow.to);
      out.set(flow.from, list);
    }
  }
  return { flows: flows.filter((f) => kept.has(f)), dropped };
}

/** Sum of flows into and out of each node. */
export function nodeTotals(
  flows: readonly SankeyFlow[],
): Map<string, { inflow: number; outflow: number }> {
  const totals = new Map<string, { inflow: number; outflow: number }>();
  const get = (id: string) => {
    let t = totals.get(id);
    if (!t) totals.set(id, (t = { inflow: 0, outflow: 0 }));
    return t;
  };
  for (const f of flows) {
    get(f.from).outflow += f.meanCount;
    get(f.to).inflow += f.meanCount;
  }
  return totals;
}

/**
 * The flows plus, for each `remainder.from` node that takes in more than it sends on, a flow of
 * the difference to `remainder.node`: afterwards inflow equals outflow at each of those nodes.
 */
export function balanceFlows(
  flows: readonly SankeyFlow[],
  remainder: Remainder | null | undefined,
): SankeyFlow[] {
  if (!remainder) return [...flows];
  const totals = nodeTotals(flows);
  const out = [...flows];
  for (const id of remainder.from) {
    const t = totals.get(id);
    if (!t) continue;
    const surplus = t.inflow - t.outflow;
    // Ignore rounding noise of float sums (relative 1e-9).
    if (surplus > 1e-9 * Math.max(1, t.inflow)) {
      out.push({ kind: flows[0]?.kind, from: id, to: remainder.node, meanCount: surplus });
    }
  }
  return out;
}
