/**
 * Runs a math trade on parsed want lists: unbounded (exact maximum, dummies as pass-through
 * nodes) or capped (cycles of at most N real items, dummies folded into direct wants).
 */
import { maximumCycleCover } from "./cycle-cover.ts";
import { packCycles } from "./cycle-packing.ts";
import type { WantList } from "./want-lists.ts";

export type TradePlan = {
  /** Each cycle lists real item names; item i goes to the owner of item i+1 (the last to the first's owner). */
  cycles: { items: string[]; owners: string[] }[];
  itemsTraded: number;
  usersTrading: number;
  itemsTotal: number;
  method: "exact" | "exact+heuristic";
};

/** Real items each real item can be traded for, following chains of dummies. */
export function realItemGraph(list: WantList): { ids: number[]; arcs: number[][] } {
  const ids = list.nodes.flatMap((node, i) => (node.dummy ? [] : [i]));
  const position = new Map(ids.map((id, i) => [id, i]));
  const arcs = ids.map((id) => {
    const out = new Set<number>();
    const seen = new Set<number>([id]);
    const stack = [...(list.arcs[id] ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      if (list.nodes[next]?.dummy) stack.push(...(list.arcs[next] ?? []));
      else if (list.nodes[next]?.owner !== list.nodes[id]?.owner) out.add(position.get(next) ?? -1);
    }
    out.delete(-1);
    return [...out];
  });
  return { ids, arcs };
}

function summarize(list: WantList, cycles: number[][], method: TradePlan["method"]): TradePlan {
  const named = cycles.map((cycle) => ({
    items: cycle.map((i) => list.nodes[i]?.name ?? "?"),
    owners: cycle.map((i) => list.nodes[i]?.owner ?? "?"),
  }));
  const users = new Set(named.flatMap((c) => c.owners));
  return {
    cycles: named,
    itemsTraded: named.reduce((sum, c) => sum + c.items.length, 0),
    usersTrading: users.size,
    itemsTotal: list.nodes.filter((n) => !n.dummy).length,
    method,
  };
}

export function planTrades(list: WantList, maxCycle: number): TradePlan {
  if (maxCycle === 0) {
    const successor = maximumCycleCover({ size: list.nodes.length, arcs: list.arcs, dummy: (i) => list.nodes[i]?.dummy ?? false });
    const seen = new Uint8Array(successor.length);
    const cycles: number[][] = [];
    for (let start = 0; start < successor.length; start++) {
      if (seen[start] || successor[start] === start) continue;
      const cycle: number[] = [];
      for (let node = start; !seen[node]; node = successor[node] ?? node) {
        seen[node] = 1;
        if (!list.nodes[node]?.dummy) cycle.push(node);
      }
      if (cycle.length > 0) cycles.push(cycle);
    }
    return summarize(list, cycles, "exact");
  }
  const graph = realItemGraph(list);
  const packing = packCycles({ size: graph.ids.length, arcs: graph.arcs }, maxCycle);
  const cycles = packing.cycles.map((cycle) => cycle.nodes.map((i) => graph.ids[i] ?? 0));
  return summarize(list, cycles, packing.heuristicComponents > 0 ? "exact+heuristic" : "exact");
}
