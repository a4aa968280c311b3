/**
 * Matching proposes exchanges from what the items are: a want meets an offer of the same kind
 * of item (category and similarity), never through a broad category that "contains"
 * everything (issue 13 acceptance 1, TRIED-AS-A-NEW-USER A30).
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { bootCore, type Core } from "../boot.ts";
import { loadConfig } from "../config/index.ts";
import { buildDemoListings } from "../demo/community.ts";
import { DEMO_MEMBERS } from "../demo/members.ts";
import { DEMO_CYCLES, DEMO_PAIRS } from "../demo/trades.ts";
import { createListing, updateListing } from "../listings/listings.ts";
import { type ExplanationStep, type RoundReport, runMatchingRound } from "./marketplace-matching.ts";

type Proposal = { kind: string; steps: ExplanationStep[] };

async function openCore(demo: boolean) {
  const dataDir = copyTemplateDataDir();
  const core = await bootCore(loadConfig({ RELAIS_DATA_DIR: dataDir, LOG_LEVEL: "silent", RELAIS_DEMO_DATA: String(demo) }), () => {}, {
    migrate: false,
  });
  return {
    core,
    async close() {
      await core.db.close();
      rmSync(dirname(dataDir), { recursive: true, force: true });
    },
  };
}

async function proposals(core: Core): Promise<Proposal[]> {
  const rows = await core.db.prisma.match.findMany({ where: { status: "proposed" }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ kind: row.kind, steps: (row.explanation as unknown as { steps: ExplanationStep[] }).steps }));
}

describe("headphones, skateboard and tripod (A30)", () => {
  let opened: Awaited<ReturnType<typeof openCore>>;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    opened = await openCore(false);
    for (const name of ["Camille", "Jake", "Sofia"]) {
      ids[name] = (await opened.core.db.prisma.user.create({ data: { name, email: `${name.toLowerCase()}@example.org` } })).id;
    }
  });
  afterAll(() => opened?.close());

  const post = (who: string, title: string, wants: string) =>
    createListing(opened.core.market, ids[who]!, { kind: "offer", title, wants, location: { place: "Lyon" } } as never);

  it("never pairs a headphones want with a skateboard, and proposes the three-way cycle once it exists", async () => {
    const { core } = opened;
    await post("Camille", "Trépied photo Manfrotto", "Casque audio");
    await post("Sofia", "Skateboard complet", "Trépied photo");
    await runMatchingRound(core.market);
    // Camille wants headphones and Sofia offers a skateboard: no exchange between them.
    expect(await proposals(core)).toEqual([]);

    await post("Jake", "WH-1000XM4 headphones", "Skateboard");
    // The round after Jake's post looks around Jake only, and still closes the cycle through him.
    await runMatchingRound(core.market, new Date(), { around: [ids.Jake!] });
    const found = await proposals(core);
    expect(found.map((p) => p.kind)).toEqual(["cycle"]);
    const received = Object.fromEntries(found[0]!.steps.map((s) => [s.receiverName, `${s.wantTitle} ← ${s.offerTitle} (${s.giverName})`]));
    expect(received).toEqual({
      Camille: "Casque audio ← WH-1000XM4 headphones (Jake)",
      Jake: "Skateboard ← Skateboard complet (Sofia)",
      Sofia: "Trépied photo ← Trépied photo Manfrotto (Camille)",
    });
  });
});

describe("over the demo community", () => {
  let opened: Awaited<ReturnType<typeof openCore>>;
  let full: RoundReport;
  beforeAll(async () => {
    opened = await openCore(true);
  });
  afterAll(() => opened?.close());

  it("proposes only plausible exchanges, the planned 9 swaps and 4 cycles among them", async () => {
    const { core } = opened;
    full = await runMatchingRound(core.market);
    const demo = buildDemoListings();
    const nameOf = new Map(DEMO_MEMBERS.map((m) => [m.key, m.name]));
    const itemOf = new Map(demo.map((l) => [`${nameOf.get(l.member)}|${l.title}`, l.item]));
    const found = await proposals(core);
    const listed = found.map((p) =>
      p.steps.map((s) => {
        const want = itemOf.get(`${s.receiverName}|${s.wantTitle}`);
        const offer = itemOf.get(`${s.giverName}|${s.offerTitle}`);
        return {
          receiver: s.receiverName,
          want: want?.key,
          offer: offer?.key,
          wantCategory: want?.category,
          offerCategory: offer?.category,
        };
      }),
    );
    // Every pair of the proposals, listed: what a member wants and what they would receive are
    // the same kind of item (same category), never a cross-kind exchange.
    for (const steps of listed) for (const step of steps) expect(step.offerCategory, JSON.stringify(step)).toBe(step.wantCategory);

    const planned = [...DEMO_PAIRS, ...DEMO_CYCLES].map((group) =>
      group
        .map((leg) => `${nameOf.get(leg.member)} ← ${leg.wants}`)
        .sort()
        .join(" · "),
    );
    const proposed = listed.map((steps) =>
      steps
        .map((s) => `${s.receiver} ← ${s.offer}`)
        .sort()
        .join(" · "),
    );
    expect(planned).toHaveLength(13);
    for (const trade of planned) expect(proposed).toContain(trade);
    expect(found.filter((p) => p.kind === "pair").length).toBeGreaterThanOrEqual(9);
    expect(found.filter((p) => p.kind === "cycle").length).toBeGreaterThanOrEqual(4);
  });

  it("matches a changed listing around its owner: work on the neighbourhood, not the community, and the cycle comes back", async () => {
    const { core } = opened;
    const prisma = core.db.prisma;
    // Maya's coffee machine is in the planned cycle Maya → Fatou → Samuel; editing it withdraws that proposal.
    const maya = await prisma.user.findFirstOrThrow({ where: { name: DEMO_MEMBERS.find((m) => m.key === "maya")?.name } });
    const machine = await prisma.listing.findFirstOrThrow({
      where: { ownerId: maya.id, kind: "offer", title: { contains: "coffee machine" } },
    });
    const before = await prisma.match.findFirstOrThrow({ where: { status: "proposed", items: { some: { offerListingId: machine.id } } } });
    await updateListing(core.market, maya.id, machine.id, {
      description: "Bean-to-cup coffee machine, descaled last month, with its milk jug.",
    });
    expect((await prisma.match.findUniqueOrThrow({ where: { id: before.id } })).status).toBe("withdrawn");

    const scoped = await runMatchingRound(core.market, new Date(), { around: [maya.id] });
    const again = await prisma.match.findFirst({
      where: { status: "proposed", items: { some: { offerListingId: machine.id } } },
      include: { participants: { include: { user: { select: { name: true } } } } },
    });
    expect(again?.kind).toBe("cycle");
    expect(again?.participants.map((p) => p.user.name).sort()).toEqual(
      ["maya", "fatou", "samuel"].map((key) => DEMO_MEMBERS.find((m) => m.key === key)?.name).sort(),
    );
    // The full round ran one nearest-neighbour query per want of the community; this one, a few
    // per member of Maya's neighbourhood.
    const community = await prisma.listing.count({ where: { status: "active" } });

    expect(full.knnQueries).toBeGreaterThan(40);
    expect(scoped.members).toBeLessThan(full.members / 2);
    expect(scoped.knnQueries).toBeLessThan(full.knnQueries / 3);
    expect(scoped.listingsLoaded).toBeLessThan(community / 3);
  });
});
