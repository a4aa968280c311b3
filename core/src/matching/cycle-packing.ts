/**
 * Trades with a cap on cycle length (2 = swaps only, 3 = swaps and three-way cycles, as the
 * marketplace proposes): enumerate every cycle of at most `maxLength` items, then choose
 * disjoint cycles trading as many items as possible (then the best total score).
 * - exact: branch and bound over cycles, for components small enough (≤ EXACT_LIMIT cycles);
 * - beyond: a greedy pass that places the hardest-to-place items first, then local search
 *   (drop one chosen cycle, refill its items and the unplaced ones, keep it if more trade).
 * Each connected component is solved on its own.
 */
import { seededRandom } from "./seeded-random.ts";
export type CycleGraph = { size: number; arcs: number[][]; score?: (from: number, to: number) => number };
/** `resources`: what the cycle uses up (default its nodes); chosen cycles never share one. */
export type Cycle = { nodes: number[]; score: number; resources?: string[] };

const keysOf = (cycle: Cycle): (string | number)[] => cycle.resources ?? cycle.nodes;
export type PackingResult = { cycles: Cycle[]; exactComponents: number; heuristicComponents: number; truncated: boolean };

export const EXACT_LIMIT = 60;
const ENUMERATION_LIMIT = 2_000_000;

/** Every simple cycle of 2..maxLength nodes, each once (rotation starting at its smallest node). */
export function enumerateCycles(graph: CycleGraph, maxLength: number): { cycles: Cycle[]; truncated: boolean } {
  const cycles: Cycle[] = [];
  const adjacency = graph.arcs.map((list) => new Set(list));
  const score = graph.score ?? (() => 1);
  const path: number[] = [];
  let truncated = false;
  const extend = (start: number, node: number) => {
    if (truncated) return;
    for (const next of graph.arcs[node] ?? []) {
      if (next < start) continue;
      if (next === start) {
        if (path.length >= 2) {
          let total = 0;
          for (let i = 0; i < path.length; i++) total += score(path[i] ?? 0, path[(i + 1) % path.length] ?? 0);
          cycles.push({ nodes: [...path], score: total });
          if (cycles.length >= ENUMERATION_LIMIT) truncated = true;
        }
        continue;
      }
      if (path.length >= maxLength || path.includes(next)) continue;
      // Close enough to come back? (prunes the last step)
      if (path.length === maxLength - 1 && !adjacency[next]?.has(start)) continue;
      path.push(next);
      extend(start, next);
      path.pop();
    }
  };
  for (let start = 0; start < graph.size; start++) {
    path.push(start);
    extend(start, start);
    path.pop();
  }
  return { cycles, truncated };
}

function better(a: { items: number; score: number }, b: { items: number; score: number }) {
  return a.items > b.items || (a.items === b.items && a.score > b.score + 1e-9);
}

/** Branch and bound: the best set of disjoint cycles (items, then score). */
export function exactPacking(cycles: Cycle[]): Cycle[] {
  const byNode = new Map<string | number, number[]>();
  cycles.forEach((cycle, i) => {
    for (const node of keysOf(cycle)) byNode.set(node, [...(byNode.get(node) ?? []), i]);
  });
  const nodes = [...byNode.keys()].sort((a, b) => (byNode.get(a)?.length ?? 0) - (byNode.get(b)?.length ?? 0));
  const used = new Set<string | number>();
  // Items traded per resource used, at most: bounds what the free resources can still add.
  const itemsPerKey = Math.max(...cycles.map((c) => c.nodes.length / keysOf(c).length), 0);
  const chosen: number[] = [];
  let best: { items: number; score: number; chosen: number[] } = { items: 0, score: 0, chosen: [] };
  const maxScorePerItem = Math.max(0, ...cycles.map((c) => c.score / c.nodes.length));
  const search = (position: number, items: number, score: number) => {
    // Bound: every remaining free node traded, at the best score per item.
    let free = 0;
    for (let i = position; i < nodes.length; i++) if (!used.has(nodes[i] ?? -1)) free++;
    const remaining = Math.floor(free * itemsPerKey + 1e-9);
    if (!better({ items: items + remaining, score: score + remaining * maxScorePerItem + 1e-9 }, best) && items + remaining <= best.items) {
      if (items + remaining < best.items || score + remaining * maxScorePerItem <= best.score) return;
    }
    let index = position;
    while (index < nodes.length && used.has(nodes[index] ?? -1)) index++;
    if (index >= nodes.length) {
      if (better({ items, score }, best)) best = { items, score, chosen: [...chosen] };
      return;
    }
    const node = nodes[index] ?? -1;
    for (const c of byNode.get(node) ?? []) {
      const cycle = cycles[c];
      if (!cycle || keysOf(cycle).some((n) => used.has(n))) continue;
      for (const n of keysOf(cycle)) used.add(n);
      chosen.push(c);
      search(index + 1, items + cycle.nodes.length, score + cycle.score);
      chosen.pop();
      for (const n of keysOf(cycle)) used.delete(n);
    }
    // or leave this node out
    used.add(node);
    search(index + 1, items, score);
    used.delete(node);
  };
  search(0, 0, 0);
  return best.chosen.map((i) => cycles[i]!).filter(Boolean);
}

/**
 * Greedy (scarce resources first) then local search, from several starts (the first exactly
 * by scarcity, the others with deterministic noise); the best packing wins. Local moves:
 * force in a cycle that uses a free resource, evicting the cycles it conflicts with, refill
 * greedily around them, and keep the change only when more items trade (then better score).
 */
export function heuristicPacking(cycles: Cycle[], starts = 12, rounds = 4): Cycle[] {
  const byNode = new Map<string | number, number[]>();
  cycles.forEach((cycle, i) => {
    for (const node of keysOf(cycle)) byNode.set(node, [...(byNode.get(node) ?? []), i]);
  });
  const scarcity = cycles.map((c) => keysOf(c).reduce((sum: number, n) => sum + 1 / (byNode.get(n)?.length ?? 1), 0));
  const noise = seededRandom(12345);
  let best: { chosen: number[]; items: number; score: number } = { chosen: [], items: 0, score: 0 };

  for (let start = 0; start < starts; start++) {
    const weight = cycles.map(
      (c, i) => (scarcity[i] ?? 0) * (start === 0 ? 1 : 0.7 + noise() * 0.6) + c.nodes.length * 1e-3 + c.score * 1e-6,
    );
    const order = cycles.map((_, i) => i).sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0));
    const rank = new Map(order.map((c, i) => [c, i]));
    const owner = new Map<string | number, number>(); // resource → chosen cycle
    const fits = (c: number) => keysOf(cycles[c]!).every((n) => !owner.has(n));
    const take = (c: number) => {
      for (const n of keysOf(cycles[c]!)) owner.set(n, c);
    };
    const release = (c: number) => {
      for (const n of keysOf(cycles[c]!)) if (owner.get(n) === c) owner.delete(n);
    };
    const total = () => {
      let items = 0;
      let score = 0;
      for (const c of new Set(owner.values())) {
        items += cycles[c]!.nodes.length;
        score += cycles[c]!.score;
      }
      return { items, score };
    };
    for (const c of order) if (fits(c)) take(c);

    for (let round = 0; round < rounds; round++) {
      let improved = false;
      for (const c of order) {
        if (keysOf(cycles[c]!).every((n) => owner.get(n) === c)) continue; // already chosen
        const before = total();
        const evicted = [...new Set(keysOf(cycles[c]!).flatMap((n) => (owner.has(n) ? [owner.get(n)!] : [])))];
        if (evicted.length > 2) continue;
        for (const e of evicted) release(e);
        take(c);
        const around = [...new Set(evicted.flatMap((e) => keysOf(cycles[e]!).flatMap((n) => byNode.get(n) ?? [])))].sort(
          (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
        );
        const added: number[] = [];
        for (const candidate of around) {
          if (fits(candidate)) {
            take(candidate);
            added.push(candidate);
          }
        }
        if (better(total(), before)) {
          improved = true;
        } else {
          for (const a of added) release(a);
          release(c);
          for (const e of evicted) take(e);
        }
      }
      if (!improved) break;
    }
    const result = total();
    if (better(result, best)) best = { chosen: [...new Set(owner.values())], ...result };
  }
  return best.chosen.map((c) => cycles[c]!);
}

/** Splits cycles into connected components (cycles sharing a node). */
function components(cycles: Cycle[]): Cycle[][] {
  const parent = new Map<string | number, string | number>();
  const find = (x: string | number): string | number => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const cycle of cycles) {
    const keys = keysOf(cycle);
    for (const node of keys) if (!parent.has(node)) parent.set(node, node);
    const first = find(keys[0] ?? 0);
    for (const node of keys) parent.set(find(node), first);
  }
  const groups = new Map<string | number, Cycle[]>();
  for (const cycle of cycles) {
    const root = find(keysOf(cycle)[0] ?? 0);
    groups.set(root, [...(groups.get(root) ?? []), cycle]);
  }
  return [...groups.values()];
}

export function packCycles(graph: CycleGraph, maxLength: number, resourcesOf?: (cycle: Cycle) => string[] | undefined): PackingResult {
  const enumerated = enumerateCycles(graph, maxLength);
  const truncated = enumerated.truncated;
  const cycles = resourcesOf
    ? enumerated.cycles.map((cycle) => ({ ...cycle, resources: resourcesOf(cycle) })).filter((c) => c.resources !== undefined)
    : enumerated.cycles;
  const result: PackingResult = { cycles: [], exactComponents: 0, heuristicComponents: 0, truncated };
  for (const group of components(cycles)) {
    if (group.length <= EXACT_LIMIT) {
      result.cycles.push(...exactPacking(group));
      result.exactComponents++;
    } else {
      result.cycles.push(...heuristicPacking(group));
      result.heuristicComponents++;
    }
  }
  return result;
}
