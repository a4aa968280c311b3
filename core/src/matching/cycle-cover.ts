/**
 * Maximum trade: the cycle cover of the want graph that trades the most real items, found
 * exactly as TradeMaximizer does — a minimum-cost perfect matching between "gives" and
 * "receives" copies of every node, where a node matched to itself does not trade (cost 1 for
 * a real item, 0 for a dummy). Solved by primal-dual shortest augmenting paths (Dijkstra with
 * potentials), augmenting along a maximal set of disjoint shortest paths per phase, so the
 * number of phases stays small. Typed arrays throughout: thousands of items and hundreds of
 * thousands of wants take seconds, not minutes.
 */
export type Graph = { size: number; arcs: number[][]; dummy: (node: number) => boolean };

/** successor[i] = the node whose owner receives i's item… precisely: i is traded for successor[i]; i itself when it does not trade. */
export function maximumCycleCover(graph: Graph): Int32Array {
  const n = graph.size;
  // Left u (gives) → right v (receives): arcs plus the self-loop.
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) offsets[u + 1] = (offsets[u] ?? 0) + (graph.arcs[u]?.length ?? 0) + 1;
  const targets = new Int32Array(offsets[n] ?? 0);
  const costs = new Float64Array(offsets[n] ?? 0);
  for (let u = 0; u < n; u++) {
    let k = offsets[u] ?? 0;
    for (const v of graph.arcs[u] ?? []) {
      targets[k] = v;
      costs[k++] = 0;
    }
    targets[k] = u;
    costs[k] = graph.dummy(u) ? 0 : 1;
  }
  const matchL = new Int32Array(n).fill(-1); // left u → right v
  const matchR = new Int32Array(n).fill(-1); // right v → left u
  const matchCost = new Float64Array(n); // cost of the edge matched at left u
  const potL = new Float64Array(n);
  const potR = new Float64Array(n);
  const distL = new Float64Array(n);
  const distR = new Float64Array(n);
  const heap = new MinHeap(2 * n);
  let free = n;

  while (free > 0) {
    // Dijkstra from every free left node over the residual graph (reduced costs ≥ 0).
    distL.fill(Number.POSITIVE_INFINITY);
    distR.fill(Number.POSITIVE_INFINITY);
    heap.clear();
    for (let u = 0; u < n; u++) {
      if (matchL[u] === -1) {
        distL[u] = 0;
        heap.push(u, 0);
      }
    }
    let best = Number.POSITIVE_INFINITY;
    while (heap.size > 0) {
      const [node, d] = heap.pop();
      if (node < n) {
        const u = node;
        if (d > (distL[u] ?? 0) || d >= best) continue;
        for (let k = offsets[u] ?? 0, end = offsets[u + 1] ?? 0; k < end; k++) {
          const v = targets[k] ?? 0;
          if (matchL[u] === v) continue;
          const nd = d + (costs[k] ?? 0) + (potL[u] ?? 0) - (potR[v] ?? 0);
          if (nd < (distR[v] ?? 0)) {
            distR[v] = nd;
            heap.push(n + v, nd);
          }
        }
      } else {
        const v = node - n;
        if (d > (distR[v] ?? 0) || d >= best) continue;
        const u = matchR[v] ?? -1;
        if (u === -1) {
          best = Math.min(best, d);
          continue;
        }
        // Matched edges are tight: the backward arc has reduced cost 0.
        const nd = d + (potR[v] ?? 0) - (potL[u] ?? 0) - (matchCost[u] ?? 0);
        if (nd < (distL[u] ?? 0)) {
          distL[u] = nd;
          heap.push(u, nd);
        }
      }
    }
    if (!Number.isFinite(best)) throw new Error("no perfect matching: impossible with self-loops");
    for (let u = 0; u < n; u++) potL[u] = (potL[u] ?? 0) + Math.min(distL[u] ?? 0, best);
    for (let v = 0; v < n; v++) potR[v] = (potR[v] ?? 0) + Math.min(distR[v] ?? 0, best);
    // Augment along vertex-disjoint zero-reduced-cost paths from free left to free right nodes.
    const usedR = new Uint8Array(n);
    const visitedL = new Uint8Array(n);
    const tight = (u: number, k: number) => Math.abs((costs[k] ?? 0) + (potL[u] ?? 0) - (potR[targets[k] ?? 0] ?? 0)) < 1e-9;
    const augment = (start: number): boolean => {
      // iterative DFS: stack of [left node, next arc index]
      const stackU: number[] = [start];
      const stackK: number[] = [offsets[start] ?? 0];
      const viaV: number[] = [];
      visitedL[start] = 1;
      while (stackU.length > 0) {
        const top = stackU.length - 1;
        const u = stackU[top] ?? 0;
        const k = stackK[top] ?? 0;
        if (k >= (offsets[u + 1] ?? 0)) {
          stackU.pop();
          stackK.pop();
          viaV.pop();
          continue;
        }
        stackK[top] = k + 1;
        const v = targets[k] ?? 0;
        if (matchL[u] === v || usedR[v] || !tight(u, k)) continue;
        const next = matchR[v] ?? -1;
        if (next === -1) {
          // Found: flip the path.
          viaV.push(v);
          for (let i = stackU.length - 1; i >= 0; i--) {
            const uu = stackU[i] ?? 0;
            const vv = viaV[i] ?? 0;
            const arc = findArc(offsets, targets, uu, vv);
            usedR[vv] = 1;
            matchL[uu] = vv;
            matchR[vv] = uu;
            matchCost[uu] = costs[arc] ?? 0;
          }
          return true;
        }
        if (visitedL[next]) continue;
        visitedL[next] = 1;
        viaV.push(v);
        stackU.push(next);
        stackK.push(offsets[next] ?? 0);
      }
      return false;
    };
    let augmented = 0;
    for (let u = 0; u < n; u++) {
      if (matchL[u] === -1 && (distL[u] ?? 1) === 0 && augment(u)) augmented++;
    }
    if (augmented === 0) throw new Error("no augmenting path in a phase (numerical issue)");
    free -= augmented;
  }
  return matchL;
}

function findArc(offsets: Int32Array, targets: Int32Array, u: number, v: number): number {
  for (let k = offsets[u] ?? 0, end = offsets[u + 1] ?? 0; k < end; k++) if (targets[k] === v) return k;
  return -1;
}

/** Binary min-heap of (node, key) pairs over typed arrays; stale entries are skipped by the caller. */
class MinHeap {
  #nodes: Int32Array;
  #keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.#nodes = new Int32Array(Math.max(16, capacity));
    this.#keys = new Float64Array(Math.max(16, capacity));
  }
  clear() {
    this.size = 0;
  }
  push(node: number, key: number) {
    if (this.size === this.#nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.#nodes);
      const keys = new Float64Array(this.size * 2);
      keys.set(this.#keys);
      this.#nodes = nodes;
      this.#keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.#keys[parent] ?? 0) <= key) break;
      this.#nodes[i] = this.#nodes[parent] ?? 0;
      this.#keys[i] = this.#keys[parent] ?? 0;
      i = parent;
    }
    this.#nodes[i] = node;
    this.#keys[i] = key;
  }
  pop(): [number, number] {
    const node = this.#nodes[0] ?? 0;
    const key = this.#keys[0] ?? 0;
    const lastNode = this.#nodes[--this.size] ?? 0;
    const lastKey = this.#keys[this.size] ?? 0;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && (this.#keys[child + 1] ?? 0) < (this.#keys[child] ?? 0)) child++;
      if ((this.#keys[child] ?? 0) >= lastKey) break;
      this.#nodes[i] = this.#nodes[child] ?? 0;
      this.#keys[i] = this.#keys[child] ?? 0;
      i = child;
    }
    this.#nodes[i] = lastNode;
    this.#keys[i] = lastKey;
    return [node, key];
  }
}
