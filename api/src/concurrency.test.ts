/**
 * Requests that arrive at the same moment, as retrying clients and chat platforms send them,
 * and a remote embedder that is slow or down: each write takes effect once, whole, and never
 * holds the database while it waits for the network.
 */
import { openConversation } from "@relais/core/messaging/conversations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../test/fake-openai.ts";
import { registerMember, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let openai: FakeOpenAI;
const token: Record<string, string> = {};
const id: Record<string, string> = {};

async function member(name: string) {
  ({ token: token[name], id: id[name] } = await registerMember(t, name));
}

beforeAll(async () => {
  openai = await startFakeOpenAI();
  t = await startTestApi({
    OPENAI_API_KEY: "sk-test",
    OPENAI_BASE_URL: `${openai.url}/v1`,
    OPENAI_MAX_RETRIES: "0",
    RELAIS_EMBEDDER: "openai",
  });
  for (const name of ["Ana", "Ben", "Cleo"]) await member(name);
});
afterAll(async () => {
  await t?.close();
  await openai?.close();
});

const bike = (title: string) => ({ kind: "offer", title, category: "bikes", location: { place: "Lyon" } });

describe("a remote embedder", () => {
  it("that is slow holds no database connection: other members are served while a listing waits for its vector", async () => {
    const gate = openai.holdEmbeddings();
    const pending = t.request("POST", "/api/v1/listings", { token: token.Ana, body: bike("Vélo cargo Babboe") });
    await gate.arrived;
    // On the embedded database one open transaction blocks every other query: these answer only
    // if the listing's write is not waiting on the embedder inside one.
    expect((await t.request("GET", "/api/v1/me", { token: token.Ben })).status).toBe(200);
    expect(
      (await t.request("POST", "/api/v1/listings", { token: token.Ben, body: { ...bike("Pompe à vélo"), category: "nope" } })).status,
    ).toBe(400);
    gate.release();
    const created = await pending;
    expect(created.status).toBe(201);
    const [row] = await t.core.db.prisma.$queryRaw<{ embeddingModel: string; dims: number }[]>`
      SELECT "embeddingModel", vector_dims("embedding") AS dims FROM "Listing" WHERE "id" = ${created.body.id}`;
    expect(row).toEqual({ embeddingModel: "text-embedding-3-small@384", dims: 384 });
  }, 20_000);

  it("that is down: the listing or profile write answers 503 in the member's language and writes nothing", async () => {
    openai.failEmbeddings(500);
    try {
      const listing = await t.request("POST", "/api/v1/listings", {
        token: token.Ana,
        body: bike("Vélo pliant Brompton"),
        headers: { "accept-language": "fr" },
      });
      expect(listing.status).toBe(503);
      expect(listing.headers.get("content-type")).toContain("application/problem+json");
      expect(listing.body.detail).toContain("Rien n'a été modifié");
      expect(await t.core.db.prisma.listing.count({ where: { title: "Vélo pliant Brompton" } })).toBe(0);

      const profile = await t.request("PATCH", "/api/v1/me/profile", { token: token.Ana, body: { headline: "Mécanicienne vélo" } });
      expect(profile.status).toBe(503);
      expect(profile.body.detail).toContain("Nothing was changed");
      expect((await t.core.db.prisma.profile.findUnique({ where: { userId: id.Ana } }))?.headline ?? null).toBeNull();
    } finally {
      openai.failEmbeddings(undefined);
    }
  });
});

describe("direct conversations", () => {
  it("two members opening their conversation at once get one conversation", async () => {
    const open = (who: string, other: string) =>
      t.request("POST", "/api/v1/conversations", { token: token[who], body: { memberIds: [id[other]] } });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? open("Ben", "Ana") : open("Ana", "Ben"))));
    // One created it (201); the others got that same one back (200).
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const rows = await t.core.db.prisma.conversation.findMany({
      where: { kind: "direct", AND: [{ members: { some: { userId: id.Ana } } }, { members: { some: { userId: id.Ben } } }] },
    });
    expect(rows.map((r) => r.id)).toEqual([answers[0]?.body.id]);
  });

  it("opened by both members in the same instant (the core service, no HTTP between), it is still one", async () => {
    const market = t.core.market;
    const [ben, cleo] = [id.Ben ?? "", id.Cleo ?? ""];
    const both = await Promise.all([
      openConversation(market, ben, { memberIds: [cleo] }),
      openConversation(market, cleo, { memberIds: [ben] }),
      openConversation(market, ben, { memberIds: [cleo] }),
    ]);
    expect(new Set(both.map((c) => c.id)).size).toBe(1);
    const rows = await t.core.db.prisma.conversation.count({
      where: { kind: "direct", AND: [{ members: { some: { userId: id.Ben } } }, { members: { some: { userId: id.Cleo } } }] },
    });
    expect(rows).toBe(1);
  });
});

describe("Idempotency-Key", () => {
  it("a retry while the first request still runs hears 'in progress' (409) and runs nothing; a later retry replays", async () => {
    const key = `listing-${Date.now()}`;
    const body = bike("Vélo de ville Peugeot");
    const send = () => t.request("POST", "/api/v1/listings", { token: token.Cleo, body, headers: { "Idempotency-Key": key } });
    const gate = openai.holdEmbeddings();
    const first = send();
    await gate.arrived;
    const retries = await Promise.all([send(), send(), send()]);
    for (const retry of retries) {
      expect(retry.status).toBe(409);
      expect(retry.headers.get("content-type")).toContain("application/problem+json");
      expect(retry.body.code).toBe("idempotency_in_progress");
      expect(retry.headers.get("retry-after")).toBe("1");
    }
    gate.release();
    const created = await first;
    expect(created.status).toBe(201);
    expect(await t.core.db.prisma.listing.count({ where: { ownerId: id.Cleo, title: body.title } })).toBe(1);

    const later = await send();
    expect(later.status).toBe(201);
    expect(later.headers.get("idempotent-replayed")).toBe("true");
    expect(later.body.id).toBe(created.body.id);
  }, 20_000);

  it("a refused request releases its key: the corrected request with the same key runs", async () => {
    const key = `fix-${Date.now()}`;
    const send = (category: string) =>
      t.request("POST", "/api/v1/listings", {
        token: token.Cleo,
        body: { ...bike("Guitare folk Yamaha"), category },
        headers: { "Idempotency-Key": key },
      });
    expect((await send("no-such-category")).status).toBe(400);
    const corrected = await send("music-instruments");
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
  });
});
