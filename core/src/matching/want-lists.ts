/**
 * Reads TradeMaximizer / OLWLG want lists:
 *   #! OPTION lines, # comments, !BEGIN-OFFICIAL-NAMES … !END-OFFICIAL-NAMES blocks,
 *   (user) ITEM : WANT1 WANT2 ; WANT3 …   (";" only separates priority groups)
 *   %NAME items are the user's dummies ("any one of"): they pass trades through and are
 *   never counted as items traded.
 */
export type WantList = {
  options: Map<string, string | true>;
  /** Every node: real items and dummies. */
  nodes: { name: string; owner: string; dummy: boolean }[];
  /** arcs[i] = nodes that node i may be traded for (its owner would receive them), in priority order. */
  arcs: number[][];
  warnings: string[];
};

export class WantListError extends Error {}

export function parseWantLists(text: string): WantList {
  const options = new Map<string, string | true>();
  const index = new Map<string, number>();
  const nodes: WantList["nodes"] = [];
  const rawWants: { from: number; wants: string[]; line: number }[] = [];
  const warnings: string[] = [];
  let inNames = false;
  const lines = text.split(/\r?\n/);
  const nodeOf = (name: string, owner: string) => {
    const key = name.startsWith("%") ? `${owner}\u0000${name}` : name;
    let id = index.get(key);
    if (id === undefined) {
      id = nodes.length;
      index.set(key, id);
      nodes.push({ name, owner, dummy: name.startsWith("%") });
    }
    return id;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith("!BEGIN-OFFICIAL-NAMES")) {
      inNames = true;
      return;
    }
    if (line.startsWith("!END-OFFICIAL-NAMES")) {
      inNames = false;
      return;
    }
    if (inNames) return;
    if (line.startsWith("#!")) {
      for (const option of line.slice(2).trim().split(/\s+/).filter(Boolean)) {
        const [key = "", value] = option.split("=");
        options.set(key.toUpperCase(), value ?? true);
      }
      return;
    }
    if (line.startsWith("#")) return;
    const match = /^\(([^)]*)\)\s*(\S+)\s*:?\s*(.*)$/.exec(line);
    if (!match) {
      warnings.push(`line ${i + 1}: not a want line, ignored`);
      return;
    }
    const [, owner = "", item = "", rest = ""] = match;
    const from = nodeOf(item, owner.trim());
    if (nodes[from]?.owner !== owner.trim())
      warnings.push(`line ${i + 1}: ${item} is listed by two users (${nodes[from]?.owner}, ${owner.trim()})`);
    rawWants.push({ from, wants: rest.split(/\s+/).filter(Boolean), line: i + 1 });
  });
  if (nodes.length === 0) throw new WantListError("no want line found: expected lines like (user) ITEM : WANT1 WANT2");
  const arcs: number[][] = nodes.map(() => []);
  for (const { from, wants, line } of rawWants) {
    const owner = nodes[from]?.owner ?? "";
    const seen = new Set<number>();
    for (const want of wants) {
      if (want === ";") continue;
      const name = want.replace(/^;|;$/g, "");
      if (!name) continue;
      const key = name.startsWith("%") ? `${owner}\u0000${name}` : name;
      const to = index.get(key);
      if (to === undefined) {
        warnings.push(`line ${line}: unknown item ${name} ignored`);
        continue;
      }
      const target = nodes[to];
      // Wanting one's own real item is pointless; one's own dummies are how groups work.
      if (to === from || seen.has(to) || (target && !target.dummy && target.owner === owner)) continue;
      seen.add(to);
      arcs[from]?.push(to);
    }
  }
  return { options, nodes, arcs, warnings };
}
