/**
 * One rule per command (issue 9, acceptance 2): the same inputs are refused or accepted alike
 * by the three entry points, judged on what was written.
 * - REST: the route over HTTP.
 * - LLM: the tool call of a (fake, local) OpenAI model, through the assistant: the tool's
 *   argument validation, then the same handler and service.
 * - Local engine: the handler with those slots, through the assistant (a stored button, the
 *   way a card's button or a notification's carries slots into a turn).
 * A refusal names the field (REST `errors[]`, a French sentence in chat) and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../test/fake-openai.ts";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let openai: FakeOpenAI;
const token: Record<string, string> = {};
const id: Record<string, string> = {};

type Entry = "rest" | "llm" | "local";
type Args = Record<string, string | number | boolean>;
type Outcome = { accepted: boolean; said: string; written: string[] };

type Row = {
  name: string;
  command: "create_listing" | "search_listings" | "search_missions" | "send_message" | "set_preferences";
  args: Args;
  /** Refused: the REST field, what chat says, and the argument the LLM tool's schema names (when it refuses first). */
  refused?: { field: string; chat: RegExp; tool?: string };
  /** Accepted: how many rows it writes (listings or messages). */
  writes?: number;
  /**
   * Where the input can arrive. Text the database cannot hold reaches the local engine only as
   * typed text (a button's slots are stored rows, so they cannot carry it): those rows run on
   * REST and the LLM tools, whose arguments come from outside.
   */
  entries?: Entry[];
};

const long = (length: number) =>
  "Bonjour ! "
    .repeat(Math.ceil(length / 10))
    .slice(0, length - 1)
    .concat("x");

const ROWS: Row[] = [
  // ---- create a listing
  {
    name: "title of 2 characters",
    command: "create_listing",
    args: { kind: "offer", title: "Vé", place: "Lyon" },
    refused: { field: "body.title", chat: /Le titre : Trop court \(minimum 3 caractères\)/, tool: "title" },
  },
  { name: "title of 3 characters", command: "create_listing", args: { kind: "offer", title: "Ski", place: "Lyon" }, writes: 1 },
  {
    name: "title of 121 characters",
    command: "create_listing",
    args: { kind: "offer", title: `Vélo ${"x".repeat(116)}`, place: "Lyon" },
    refused: { field: "body.title", chat: /Le titre : Trop long \(maximum 120 caractères\)/, tool: "title" },
  },
  {
    name: "negative price",
    command: "create_listing",
    args: { kind: "offer", title: "Vélo de ville", place: "Lyon", price: -500 },
    refused: { field: "body.price.amount", chat: /Le prix : Trop petit \(au moins 0\)/, tool: "price" },
  },
  {
    name: "free (price 0)",
    command: "create_listing",
    args: { kind: "offer", title: "Vélo de ville", place: "Lyon", price: 0 },
    writes: 1,
  },
  {
    name: "title holding U+0000",
    command: "create_listing",
    args: { kind: "offer", title: "Vélo\u0000 rouge", place: "Lyon" },
    refused: { field: "body.title", chat: /Le titre : Contient un caractère interdit/ },
    entries: ["rest", "llm"],
  },
  {
    name: "unknown category",
    command: "create_listing",
    args: { kind: "offer", title: "Soucoupe volante", place: "Lyon", category: "soucoupes-volantes" },
    refused: { field: "category", chat: /Catégorie inconnue : « soucoupes-volantes »/ },
  },
  {
    name: "no category: inferred from the title",
    command: "create_listing",
    args: { kind: "offer", title: "Guitare folk", place: "Lyon" },
    writes: 1,
  },
  {
    name: "no place: the member's own (Lyon, from her profile)",
    command: "create_listing",
    args: { kind: "offer", title: "Lampe de bureau" },
    writes: 1,
  },
  {
    name: "unknown place",
    command: "create_listing",
    args: { kind: "offer", title: "Tente deux places", place: "Xyzzyville" },
    refused: { field: "location.place", chat: /Je ne connais pas « Xyzzyville »|Lieu inconnu : « Xyzzyville »/ },
  },
  {
    name: "a want asking for something in exchange",
    command: "create_listing",
    args: { kind: "want", title: "Perceuse", place: "Lyon", wants: "Tondeuse" },
    refused: { field: "wants", chat: /Ce que vous voulez en échange : Seule une offre peut demander quelque chose en échange/ },
  },
  {
    name: "an offer and the want it is swapped for, together",
    command: "create_listing",
    args: { kind: "offer", title: "Ukulélé soprano", place: "Lyon", wants: "Trottinette" },
    writes: 2,
  },
  // ---- preferences (chat used to clamp the distance silently)
  {
    name: "maximum distance 0 km",
    command: "set_preferences",
    args: { maxDistanceKm: 0 },
    refused: { field: "body.preferences.maxDistanceKm", chat: /La distance maximale : Trop petit \(au moins 1\)/, tool: "maxDistanceKm" },
  },
  {
    name: "maximum distance 5,000 km",
    command: "set_preferences",
    args: { maxDistanceKm: 5000 },
    refused: { field: "body.preferences.maxDistanceKm", chat: /La distance maximale : Trop grand \(au plus 1000\)/, tool: "maxDistanceKm" },
  },
  { name: "maximum distance 25 km", command: "set_preferences", args: { maxDistanceKm: 25 }, writes: 1 },
  // ---- search
  {
    name: "radius 0 km",
    command: "search_listings",
    args: { q: "guitare", place: "Lyon", radiusKm: 0 },
    refused: { field: "query.radiusKm", chat: /Le rayon : Trop petit \(au moins 0.1\)/, tool: "radiusKm" },
  },
  {
    name: "radius 10,000 km",
    command: "search_listings",
    args: { q: "guitare", place: "Lyon", radiusKm: 10_000 },
    refused: { field: "query.radiusKm", chat: /Le rayon : Trop grand \(au plus 1000\)/, tool: "radiusKm" },
  },
  { name: "a place without a radius: 30 km around it", command: "search_listings", args: { q: "guitare", place: "Lyon" }, writes: 0 },
  { name: "radius 500 km", command: "search_listings", args: { q: "guitare", place: "Lyon", radiusKm: 500 }, writes: 0 },
  // ---- missions
  {
    name: "missions within 0 km",
    command: "search_missions",
    args: { place: "Lyon", radiusKm: 0 },
    refused: { field: "query.radiusKm", chat: /Le rayon : Trop petit \(au moins 0.1\)/, tool: "radiusKm" },
  },
  {
    name: "a negative minimum rate",
    command: "search_missions",
    args: { remote: true, minRate: -100 },
    refused: { field: "query.minRate", chat: /Le tarif minimum : Trop petit \(au moins 0\)/, tool: "minRate" },
  },
  { name: "missions within 40 km of Lyon", command: "search_missions", args: { place: "Lyon", radiusKm: 40 }, writes: 0 },
  { name: "missions around Lyon (50 km by default)", command: "search_missions", args: { place: "Lyon" }, writes: 0 },
  // ---- send a message
  { name: "body of 4,001 characters (no cut at 4,000)", command: "send_message", args: { body: long(4001) }, writes: 1 },
  { name: "body of 10,000 characters", command: "send_message", args: { body: long(10_000) }, writes: 1 },
  {
    name: "body holding a lone surrogate",
    command: "send_message",
    args: { body: "Salut \ud800 !" },
    refused: { field: "body.body", chat: /Le message : Contient un caractère interdit/ },
    entries: ["rest", "llm"],
  },
  {
    name: "body of 10,001 characters",
    command: "send_message",
    args: { body: long(10_001) },
    refused: { field: "body.body", chat: /Le message : Trop long \(maximum 10000 caractères\)/, tool: "body" },
  },
];

async function register(who: string, name: string) {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${who}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale: "fr" },
  });
  expect(res.status, res.text).toBe(201);
  token[who] = res.body.accessToken;
  id[who] = res.body.user.id;
}

/** What Alice wrote: her listings, messages and preferences, by id. */
async function written(): Promise<Map<string, string>> {
  const prisma = t.core.db.prisma;
  const profile = await prisma.profile.findUnique({ where: { userId: id.alice as string } });
  const preferences = `preferences ${JSON.stringify(profile?.preferences ?? {})}`;
  const listings = await prisma.listing.findMany({
    where: { ownerId: id.alice },
    orderBy: { createdAt: "asc" },
    include: { category: true },
  });
  const messages = await prisma.message.findMany({ where: { senderId: id.alice }, orderBy: { createdAt: "asc" } });
  return new Map([
    ...listings.map((l) => [l.id, `listing ${l.kind} ${l.title} ${l.category.slug} ${l.priceMinor ?? "-"} ${l.placeName ?? "-"}`] as const),
    ...messages.map((m) => [m.id, `message of ${m.body.length} characters`] as const),
    [preferences, preferences],
  ]);
}

/** What was written since `before`, described (ids differ from one entry point to the next). */
async function writtenSince(before: Map<string, string>): Promise<string[]> {
  const after = await written();
  return [...after]
    .filter(([key]) => !before.has(key))
    .map(([, line]) => line)
    .sort();
}

/** How chat says no: the tool's schema to the model, or a sentence naming the field to the member. */
const CHAT_REFUSAL = /^Invalid arguments|Je n'ai rien fait ; pouvez-vous corriger \?|Catégorie inconnue|Je ne connais pas «/;

function restRequest(row: Row): { method: string; path: string; body?: unknown } {
  const { args } = row;
  if (row.command === "create_listing") {
    const { place, price, ...rest } = args;
    return {
      method: "POST",
      path: "/api/v1/listings",
      body: {
        ...rest,
        ...(place !== undefined ? { location: { place } } : {}),
        ...(price !== undefined ? { price: { amount: price, currency: "EUR" } } : {}),
      },
    };
  }
  if (row.command === "search_listings" || row.command === "search_missions") {
    const query = new URLSearchParams({ ...Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)])), limit: "5" });
    return { method: "GET", path: `${row.command === "search_listings" ? "/api/v1/search" : "/api/v1/missions"}?${query}` };
  }
  if (row.command === "set_preferences") return { method: "PATCH", path: "/api/v1/me/profile", body: { preferences: args } };
  return {
    method: "POST",
    path: `/api/v1/conversations/${id.conversation}/messages`,
    body: { ...args, clientMessageId: crypto.randomUUID() },
  };
}

type Turn = { replies: { text: string; cards?: { title: string }[]; quickReplies?: { label: string; action?: string }[] }[] };

/** A preview is not a refusal: the member presses "Publier" and the same rows are written. */
async function publishPreviewed(turn: Turn): Promise<Turn> {
  const publish = turn.replies.flatMap((r) => r.quickReplies ?? []).find((q) => q.label === "Publier" && q.action);
  if (!publish) return turn;
  const res = await t.request("POST", "/api/v1/assistant/messages", { token: token.alice, body: { action: publish.action } });
  expect(res.status, res.text).toBe(200);
  return { replies: [...turn.replies, ...res.body.replies] };
}

async function run(entry: Entry, row: Row): Promise<Outcome & { titles?: string[] }> {
  // Each entry point starts from no preferences, so a change it makes is seen as written.
  await t.core.db.prisma.profile.update({ where: { userId: id.alice as string }, data: { preferences: {} } });
  const before = await written();
  let said = "";
  let titles: string[] | undefined;
  if (entry === "rest") {
    const request = restRequest(row);
    const res = await t.request(request.method, request.path, {
      token: token.alice,
      ...(request.body ? { body: request.body } : {}),
      headers: { "accept-language": "fr" },
    });
    expect([200, 201, 400], res.text).toContain(res.status);
    said = res.status === 400 ? JSON.stringify(res.body.errors.map((e: { field: string }) => e.field)) : "";
    if (row.command === "search_listings" && res.status === 200)
      titles = res.body.items.map((hit: { listing: { title: string } }) => hit.listing.title);
    if (row.command === "search_missions" && res.status === 200) titles = res.body.items.map((mission: { title: string }) => mission.title);
    return { accepted: res.status !== 400, said, written: await writtenSince(before), ...(titles ? { titles } : {}) };
  }
  let turn: Turn;
  if (entry === "llm") {
    openai.reset();
    const args = row.command === "send_message" ? { recipient: "Bruno Martin", ...row.args } : row.args;
    openai.script({ toolCalls: [{ name: row.command, args }] }, { content: "C'est fait." });
    const res = await t.request("POST", "/api/v1/assistant/messages", { token: token.alice, body: { text: "vas-y" } });
    expect(res.status, res.text).toBe(200);
    turn = res.body;
    const toolMessage = openai.requests
      .filter((r) => r.path.endsWith("/chat/completions"))[1]
      ?.body.messages.find((m: { role: string }) => m.role === "tool");
    said = String(toolMessage?.content ?? "");
  } else {
    // The local engine's slots: a member (by id, from a button) rather than a name.
    const slots = row.command === "send_message" ? { userId: id.bruno as string, ...row.args } : row.args;
    const action = await t.api.assistant.actions.create(id.alice as string, row.command, slots);
    const res = await t.request("POST", "/api/v1/assistant/messages", { token: token.alice, body: { action } });
    expect(res.status, res.text).toBe(200);
    turn = res.body;
    said = turn.replies.map((r) => r.text).join("\n");
  }
  turn = await publishPreviewed(turn);
  if (row.command === "search_listings" || row.command === "search_missions")
    titles = turn.replies.flatMap((r) => r.cards ?? []).map((card) => card.title);
  // Each row starts a fresh dialog: a question a refusal asked must not swallow the next row's turn.
  expect((await t.request("DELETE", "/api/v1/assistant/session", { token: token.alice })).status).toBe(204);
  return { accepted: !CHAT_REFUSAL.test(said), said, written: await writtenSince(before), ...(titles ? { titles } : {}) };
}

beforeAll(async () => {
  openai = await startFakeOpenAI();
  t = await startTestApi({
    OPENAI_API_KEY: "sk-test",
    OPENAI_BASE_URL: `${openai.url}/v1`,
    OPENAI_MAX_RETRIES: "0",
    RELAIS_EMBEDDER: "local",
  });
  await register("alice", "Alice Rivière");
  await register("bruno", "Bruno Martin");
  await register("carla", "Carla Durand");
  await t.request("PATCH", "/api/v1/me/profile", { token: token.alice, body: { location: { place: "Lyon" } } });
  // Guitars at several distances from Lyon, for the searches.
  for (const [title, place] of [
    ["Guitare classique", "Lyon"],
    ["Guitare électrique", "Villeurbanne"],
    ["Guitare basse", "Vienne 38200"],
    ["Guitare manouche", "Saint-Étienne"],
    ["Guitare acoustique", "Marseille"],
  ] as const) {
    const res = await t.request("POST", "/api/v1/listings", {
      token: token.carla,
      body: { kind: "offer", title, category: "music-instruments", location: { place } },
    });
    expect(res.status, res.text).toBe(201);
  }
  // Missions near and far from Lyon, and one done remotely (always within a radius).
  for (const [index, [title, placeName, lat, lng, remote]] of [
    ["Développeuse React", "Lyon", 45.764, 4.8357, false],
    ["Data engineer Python", "Grenoble", 45.1885, 5.7245, false],
    ["Intégrateur web", "Paris", 48.8566, 2.3522, false],
    ["Rédactrice technique", null, null, null, true],
  ].entries()) {
    await t.core.db.prisma.mission.create({
      data: {
        source: "test",
        externalId: `m${index}`,
        url: `https://missions.example/m${index}`,
        title: title as string,
        description: title as string,
        skills: [],
        placeName: placeName as string | null,
        lat: lat as number | null,
        lng: lng as number | null,
        remote: remote as boolean,
        postedAt: new Date(Date.UTC(2026, 10, 20 - index)),
        contentHash: `m${index}`,
      },
    });
  }
  const conversation = await t.request("POST", "/api/v1/conversations", { token: token.alice, body: { memberIds: [id.bruno] } });
  id.conversation = conversation.body.id;
});
afterAll(async () => {
  await t?.close();
  await openai?.close();
});

describe("one rule per command: REST, the LLM tools and the local engine refuse and accept the same inputs", () => {
  for (const row of ROWS) {
    const entries = row.entries ?? (["rest", "llm", "local"] as const);
    it(`${row.command}: ${row.name} → ${row.refused ? "refused" : "accepted"} by ${entries.join(", ")}`, async () => {
      const outcomes: Partial<Record<Entry, Awaited<ReturnType<typeof run>>>> = {};
      for (const entry of entries) outcomes[entry] = await run(entry, row);
      for (const entry of entries) {
        const outcome = outcomes[entry];
        expect(outcome?.accepted, `${entry}: ${outcome?.said}`).toBe(!row.refused);
        expect(outcome?.written, entry).toHaveLength(row.refused ? 0 : (row.writes ?? 0));
      }
      if (row.refused) {
        expect(outcomes.rest?.said).toContain(row.refused.field);
        if (outcomes.local) expect(outcomes.local.said).toMatch(row.refused.chat);
        // The model is told why (the tool's schema names the field), or reads the member's sentence.
        if (row.refused.tool) expect(outcomes.llm?.said, "llm").toContain(`Invalid arguments, nothing was done: ${row.refused.tool}:`);
        else expect(outcomes.llm?.said, "llm").toMatch(row.refused.chat);
      } else {
        // The same rows, whoever wrote them (title, category — inferred or not —, price, place).
        for (const entry of entries) {
          expect(outcomes[entry]?.written, entry).toEqual(outcomes.rest?.written);
          expect(outcomes[entry]?.titles, entry).toEqual(outcomes.rest?.titles);
        }
      }
    });
  }

  it("finds the missions within the radius, and remote ones, alike (the rows above compared the lists)", async () => {
    const near = await run("rest", ROWS.find((row) => row.name.startsWith("missions within 40 km")) as Row);
    expect(new Set(near.titles)).toEqual(new Set(["Développeuse React", "Rédactrice technique"]));
    // Grenoble is about 95 km from Lyon: outside the 50 km default too.
    const around = await run("rest", ROWS.find((row) => row.name.startsWith("missions around Lyon")) as Row);
    expect(new Set(around.titles)).toEqual(new Set(["Développeuse React", "Rédactrice technique"]));
  });

  it("applies the 30 km default around a place alike (the rows above compared the lists; here what is in them)", async () => {
    const outcome = await run("rest", ROWS.find((row) => row.name.startsWith("a place without a radius")) as Row);
    expect(new Set(outcome.titles)).toEqual(new Set(["Guitare classique", "Guitare électrique", "Guitare basse"]));
  });
});
