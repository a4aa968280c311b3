/**
 * Accepting and completing a proposal are all-or-nothing: when the last acceptance cannot open
 * the conversation (or the last completion cannot close the listings), nothing of it stays, and
 * the member simply answers again.
 */
import type { CoreEvents } from "@relais/core/events/bus";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerMember, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};
const id: Record<string, string> = {};

async function member(name: string) {
  ({ token: token[name], id: id[name] } = await registerMember(t, name));
}

const listing = async (who: string, title: string) =>
  (
    await t.request("POST", "/api/v1/listings", {
      token: token[who],
      body: { kind: "offer", title, category: "bikes", location: { place: "Lyon" } },
    })
  ).body.id as string;

/** A proposed swap between Gus and Hana, written as the matching round writes it. */
async function proposedSwap(): Promise<{ matchId: string; listings: string[] }> {
  const [gus, hana] = [id.Gus ?? "", id.Hana ?? ""];
  const fromGus = await listing("Gus", `Vélo de route ${Date.now()}`);
  const fromHana = await listing("Hana", `VTT enfant ${Date.now()}`);
  const match = await t.core.db.prisma.match.create({
    data: {
      kind: "pair",
      score: 0.9,
      explanation: { steps: [] },
      signature: [fromGus, fromHana].sort().join(":"),
      participants: { create: [{ userId: gus }, { userId: hana }] },
      items: {
        create: [
          { offerListingId: fromGus, giverId: gus, receiverId: hana, similarity: 0.9 },
          { offerListingId: fromHana, giverId: hana, receiverId: gus, similarity: 0.9 },
        ],
      },
    },
  });
  return { matchId: match.id, listings: [fromGus, fromHana] };
}

/** A database rule that refuses one kind of write, as a full disk or a bug would. */
async function refuse(table: "Conversation" | "Listing", when: string) {
  await t.core.db.prisma.$executeRawUnsafe(
    `CREATE FUNCTION relais_test_refuse() RETURNS trigger AS $$ BEGIN IF ${when} THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await t.core.db.prisma.$executeRawUnsafe(
    `CREATE TRIGGER relais_test_refuse BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION relais_test_refuse()`,
  );
  return async () => {
    await t.core.db.prisma.$executeRawUnsafe(`DROP TRIGGER relais_test_refuse ON "${table}"`);
    await t.core.db.prisma.$executeRawUnsafe("DROP FUNCTION relais_test_refuse()");
  };
}

beforeAll(async () => {
  t = await startTestApi();
  for (const name of ["Gus", "Hana"]) await member(name);
});
afterAll(() => t?.close());

describe("accepting a proposal", () => {
  it("when the conversation cannot be opened, the last acceptance leaves nothing behind and can be given again", async () => {
    const { matchId } = await proposedSwap();
    const accept = (who: string) => t.request("POST", `/api/v1/matches/${matchId}/accept`, { token: token[who] });
    expect((await accept("Gus")).body.status).toBe("proposed");

    const allow = await refuse("Conversation", "NEW.kind = 'match'");
    try {
      expect((await accept("Hana")).status).toBe(500);
    } finally {
      await allow();
    }
    const after = await t.core.db.prisma.match.findUniqueOrThrow({ where: { id: matchId }, include: { participants: true } });
    expect(after.status).toBe("proposed");
    expect(after.conversationId).toBeNull();
    expect(after.participants.find((p) => p.userId === id.Hana)?.acceptance).toBe("pending");
    expect(await t.core.db.prisma.delivery.count({ where: { matchId } })).toBe(0);

    const again = await accept("Hana");
    expect(again.status).toBe(200);
    expect(again.body.status).toBe("accepted");
    const conversation = await t.core.db.prisma.conversation.findUniqueOrThrow({
      where: { id: again.body.conversationId },
      include: { members: true },
    });
    expect(conversation.kind).toBe("match");
    expect(conversation.members.map((m) => m.userId).sort()).toEqual([id.Gus, id.Hana].sort());
  });
});

describe("completing a trade", () => {
  it("when the listings cannot be closed, the last confirmation leaves nothing behind and can be given again", async () => {
    const { matchId, listings } = await proposedSwap();
    for (const who of ["Gus", "Hana"]) await t.request("POST", `/api/v1/matches/${matchId}/accept`, { token: token[who] });
    const complete = (who: string) => t.request("POST", `/api/v1/matches/${matchId}/complete`, { token: token[who] });
    expect((await complete("Gus")).body.status).toBe("accepted");

    const allow = await refuse("Listing", "NEW.status = 'traded'");
    try {
      expect((await complete("Hana")).status).toBe(500);
    } finally {
      await allow();
    }
    const after = await t.core.db.prisma.match.findUniqueOrThrow({ where: { id: matchId }, include: { participants: true } });
    expect(after.status).toBe("accepted");
    expect(after.participants.find((p) => p.userId === id.Hana)?.completedAt).toBeNull();

    const again = await complete("Hana");
    expect(again.body.status).toBe("completed");
    const rows = await t.core.db.prisma.listing.findMany({ where: { id: { in: listings } } });
    expect(rows.map((r) => r.status)).toEqual(["traded", "traded"]);
  });
});

describe("editing a listing a proposal uses", () => {
  it("withdraws the proposal (kept, with its reason and the acceptances given), and tells every member live", async () => {
    const { matchId, listings } = await proposedSwap();
    expect((await t.request("POST", `/api/v1/matches/${matchId}/accept`, { token: token.Hana })).body.status).toBe("proposed");

    const onBus: CoreEvents["match.withdrawn"][] = [];
    const unsubscribe = t.core.events.subscribe("match.withdrawn", (event) => onBus.push(event));
    const socket = io(t.url, { auth: { token: token.Hana }, transports: ["websocket"], reconnection: false, forceNew: true });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", resolve);
        socket.once("connect_error", reject);
      });
      const heard = new Promise<unknown>((resolve) => socket.on("match", (event) => resolve(event)));
      const edited = await t.request("PATCH", `/api/v1/listings/${listings[0]}`, {
        token: token.Gus,
        body: { title: "Vélo de route Triban, taille M" },
      });
      expect(edited.status).toBe(200);

      const row = await t.core.db.prisma.match.findUniqueOrThrow({ where: { id: matchId }, include: { participants: true, items: true } });
      expect(row).toMatchObject({ status: "withdrawn", withdrawnReason: "listing_changed" });
      expect(row.items).toHaveLength(2);
      expect(row.participants.find((p) => p.userId === id.Hana)?.acceptance).toBe("accepted");
      expect(onBus).toEqual([{ matchId, userIds: expect.arrayContaining([id.Gus, id.Hana]), reason: "listing_changed" }]);
      expect(await heard).toEqual({ matchId, status: "withdrawn", reason: "listing_changed" });

      const listed = await t.request("GET", "/api/v1/matches?status=withdrawn", { token: token.Hana });
      expect(listed.body.items).toEqual([
        expect.objectContaining({ id: matchId, status: "withdrawn", withdrawnReason: "listing_changed" }),
      ]);
      expect((await t.request("POST", `/api/v1/matches/${matchId}/accept`, { token: token.Gus })).status).toBe(409);
    } finally {
      unsubscribe();
      socket.disconnect();
    }
  });
});
