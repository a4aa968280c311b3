/**
 * Accepting and completing a proposal are all-or-nothing: when the last acceptance cannot open
 * the conversation (or the last completion cannot close the listings), nothing of it stays, and
 * the member simply answers again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};
const id: Record<string, string> = {};

async function member(name: string) {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale: "en" },
  });
  token[name] = res.body.accessToken;
  id[name] = res.body.user.id;
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
