/**
 * Math trades: the chosen trades are valid (every item goes to someone who wanted it, each
 * item once), the unbounded run finds the true maximum, the cap is respected. On the real
 * BoardGameGeek want lists in ../shared/data (skipped, and said so, when that folder is absent)
 * the counts equal TradeMaximizer's.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { enumerateCycles, exactPacking, heuristicPacking } from "./cycle-packing.ts";
import { seededRandom } from "./seeded-random.ts";
import { planTrades, type TradePlan } from "./trade-plan.ts";
import { parseWantLists, type WantList, WantListError } from "./want-lists.ts";

/** Every item goes to the owner of the next one, who (directly or through a dummy) wanted it. */
function expectValid(list: WantList, plan: TradePlan, maxCycle: number) {
  const byName = new Map(list.nodes.map((node, i) => [node.name, i]));
  const seen = new Set<string>();
  for (const cycle of plan.cycles) {
    if (maxCycle > 0) expect(cycle.items.length).toBeLessThanOrEqual(maxCycle);
    cycle.items.forEach((item, i) => {
      expect(seen.has(item), `${item} traded twice`).toBe(false);
      seen.add(item);
      const next = cycle.items[(i + 1) % cycle.items.length] ?? "";
      // the owner of `item` receives `next`: item's want list reaches next
      const from = byName.get(item) ?? -1;
      const reach = new Set<number>();
      const stack = [...(list.arcs[from] ?? [])];
      while (stack.length) {
        const node = stack.pop()!;
        if (reach.has(node)) continue;
        reach.add(node);
        if (list.nodes[node]?.dummy) stack.push(...(list.arcs[node] ?? []));
      }
      expect(reach.has(byName.get(next) ?? -2), `${item} cannot be traded for ${next}`).toBe(true);
    });
  }
  expect(plan.itemsTraded).toBe(seen.size);
}

const SMALL = `
#! ALLOW-DUMMIES
# a swap, a three-way cycle, a four-way cycle through a dummy, and noise
!BEGIN-OFFICIAL-NAMES
1 ==> "Catan" (from alice)
!END-OFFICIAL-NAMES
(alice) A1 : B1 C9
(bob) B1 : A1
(carol) C1 : D1
(dave) D1 : E1 ; A2
(erin) E1 : C1
(alice) A2 : %any
(alice) %any : F1 G1
(frank) F1 : G1
(gina) G1 : H1
(hugo) H1 : A2 UNKNOWN
`;

describe("want lists", () => {
  it("reads users, items, dummies, priorities and options, and reports unknown items", () => {
    const list = parseWantLists(SMALL);
    expect(list.options.get("ALLOW-DUMMIES")).toBe(true);
    expect(list.nodes.filter((n) => n.dummy).map((n) => n.name)).toEqual(["%any"]);
    expect(list.warnings.some((w) => w.includes("C9")) && list.warnings.some((w) => w.includes("UNKNOWN"))).toBe(true);
    expect(() => parseWantLists("# nothing here\n")).toThrow(WantListError);
  });

  it("finds the maximum unbounded (swap + 3-way + 4-way through a dummy)", () => {
    const list = parseWantLists(SMALL);
    const plan = planTrades(list, 0);
    expectValid(list, plan, 0);
    expect(plan.itemsTraded).toBe(9);
    expect(plan.cycles.map((c) => c.items.length).sort()).toEqual([2, 3, 4]);
  });

  it("respects the cap: 3 shortens the dummy loop to A2→G1→H1, 2 keeps only the swap", () => {
    const list = parseWantLists(SMALL);
    const three = planTrades(list, 3);
    expectValid(list, three, 3);
    expect(three.itemsTraded).toBe(8);
    expect(three.cycles.map((c) => c.items.length).sort()).toEqual([2, 3, 3]);
    const two = planTrades(list, 2);
    expectValid(list, two, 2);
    expect(two.itemsTraded).toBe(2);
  });
});

describe("cycle packing", () => {
  it("the heuristic matches the exact solver on small random want graphs", () => {
    const random = seededRandom(7);
    let exactTotal = 0;
    let heuristicTotal = 0;
    for (let round = 0; round < 30; round++) {
      const size = 14;
      const arcs = Array.from({ length: size }, (_, i) =>
        Array.from({ length: size }, (_, j) => j).filter((j) => j !== i && random() < 0.18),
      );
      const { cycles } = enumerateCycles({ size, arcs }, 3);
      const exact = exactPacking(cycles).reduce((sum, c) => sum + c.nodes.length, 0);
      const heuristic = heuristicPacking(cycles).reduce((sum, c) => sum + c.nodes.length, 0);
      expect(heuristic).toBeLessThanOrEqual(exact);
      exactTotal += exact;
      heuristicTotal += heuristic;
    }
    expect(heuristicTotal / exactTotal).toBeGreaterThanOrEqual(0.95);
  });
});

const DATA = fileURLToPath(new URL("../../../../shared/data/mathtrade/", import.meta.url));
const hasData = existsSync(DATA);

describe.skipIf(!hasData)(
  `real BoardGameGeek want lists${hasData ? "" : " (skipped: ../shared/data/mathtrade is not present in this clone)"}`,
  () => {
    const cases = [
      ["norway_june_2021_geeklist286103.officialwants.txt", 10],
      ["canada_2021_geeklist286870.officialwants.txt", 166],
      ["uk_june_2021_geeklist286149.officialwants.txt", 638],
    ] as const;
    for (const [file, expected] of cases) {
      it(`${file}: unbounded trades exactly TradeMaximizer's ${expected} items, validly; capped at 3 trades fewer, validly`, () => {
        const list = parseWantLists(readFileSync(`${DATA}${file}`, "latin1"));
        const plan = planTrades(list, 0);
        expect(plan.itemsTraded).toBe(expected);
        expectValid(list, plan, 0);
        const capped = planTrades(list, 3);
        expectValid(list, capped, 3);
        expect(capped.itemsTraded).toBeLessThanOrEqual(expected);
        expect(capped.itemsTraded).toBeGreaterThan(0);
      });
    }
  },
);
