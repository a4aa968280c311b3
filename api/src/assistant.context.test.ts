/**
 * Issue 12, principle 5 — context is visible and resets (rows A15 and A16 of
 * TRIED-AS-A-NEW-USER.md): a new search is a new search, old price and radius filters do not
 * silently carry over, the reply states the active filters with a button to drop each, and
 * "annule" clears everything. Asserted on the search the assistant ran (its slots) and on what
 * it found. Principle 6 (A17): the member's language, French typed without accents included.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};

type Turn = {
  replies: { text: string; cards?: { title: string }[]; quickReplies?: { label: string; action?: string }[] }[];
  interpretation: { intent: string; slots: Record<string, unknown> };
};

async function register(name: string, locale: "fr" | "en") {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name.toLowerCase()}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale },
  });
  expect(res.status, res.text).toBe(201);
  token[name] = res.body.accessToken;
}

async function say(who: string, text: string): Promise<Turn> {
  const res = await t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { text } });
  expect(res.status, res.text).toBe(200);
  return res.body as Turn;
}

async function press(who: string, action: string): Promise<Turn> {
  const res = await t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { action } });
  expect(res.status, res.text).toBe(200);
  return res.body as Turn;
}

const found = (turn: Turn) => (turn.replies[0]?.cards ?? []).map((c) => c.title).sort();

beforeAll(async () => {
  t = await startTestApi();
  await register("Seller", "fr");
  await register("Camille", "fr");
  await register("Jake", "en");
  await register("Manon", "fr");
  for (const text of [
    "je vends mon vélo de ville 120 € à Lyon",
    "je vends un vélo enfant 30 € à Lyon",
    "je vends un pc portable Dell 300 € à Lyon",
    "je vends une guitare acoustique 80 € à Lyon",
    "je vends des livres de poche 5 € à Paris",
  ]) {
    const posted = await say("Seller", text);
    expect(posted.interpretation.intent).toBe("create_listing");
  }
});
afterAll(async () => {
  await t?.close();
});

describe("A15: a new search is a new search", () => {
  it("searches the new words and place, not the old ones (EN)", async () => {
    const guitars = await say("Jake", "guitars in Lyon");
    expect(found(guitars)).toEqual(["Guitare acoustique"]);
    const books = await say("Jake", "books in Paris");
    expect(books.interpretation.slots).toMatchObject({ q: "books", place: "Paris" });
    expect(books.interpretation.slots).not.toHaveProperty("maxPrice");
    expect(books.replies[0]?.text).toContain('"books"');
  });

  it("'annule' clears the context: the next search keeps no old price cap (FR)", async () => {
    await say("Camille", "velo a lyon");
    const capped = await say("Camille", "et à moins de 50 € ?");
    expect(capped.interpretation.slots).toMatchObject({ q: "velo", place: "Lyon", maxPrice: 5000 });
    expect(found(capped)).toEqual(["Vélo enfant"]);
    const cancelled = await say("Camille", "annule");
    expect(cancelled.replies[0]?.text).toBe("C'est annulé. On repart de zéro.");
    // After "annule", a follow-up has no old search to refine: neither "velo" nor the 50 € cap comes back.
    const elsewhere = await say("Camille", "et à Paris ?");
    expect(elsewhere.interpretation.slots).not.toHaveProperty("maxPrice");
    expect(elsewhere.interpretation.slots.q).not.toBe("velo");
    const fresh = await say("Camille", "pc portable lyon");
    expect(fresh.interpretation.slots).toMatchObject({ q: "pc portable", place: "Lyon" });
    expect(fresh.interpretation.slots).not.toHaveProperty("maxPrice");
    expect(found(fresh)).toEqual(["Pc portable Dell"]);
  });
});

describe("A16: filters are visible and do not stick", () => {
  it("repeating the full query drops the old price cap and radius", async () => {
    const first = await say("Camille", "velo a lyon");
    expect(found(first)).toEqual(["Vélo de ville", "Vélo enfant"]);
    await say("Camille", "et à moins de 50 € ?");
    await say("Camille", "et dans un rayon de 30 km");
    const again = await say("Camille", "velo a lyon");
    expect(again.interpretation.slots).not.toHaveProperty("maxPrice");
    expect(again.interpretation.slots).not.toHaveProperty("radiusKm");
    expect(found(again)).toEqual(["Vélo de ville", "Vélo enfant"]);
  });

  it("states the price cap in the header and drops it with its button (EN)", async () => {
    await say("Jake", "bikes in Lyon");
    const capped = await say("Jake", "and under 50 euros?");
    expect(capped.interpretation.slots).toMatchObject({ maxPrice: 5000 });
    expect(found(capped)).toEqual(["Vélo enfant"]);
    expect(capped.replies[0]?.text).toContain("filters: under €50");
    const anyPrice = capped.replies[0]?.quickReplies?.find((q) => q.label === "Any price");
    expect(anyPrice?.action).toBeDefined();
    const widened = await press("Jake", anyPrice?.action as string);
    expect(widened.interpretation.slots).not.toHaveProperty("maxPrice");
    expect(found(widened)).toEqual(["Vélo de ville", "Vélo enfant"]);
    expect(widened.replies[0]?.text).not.toContain("filters");
  });
});

describe("A17: the member's language", () => {
  it("answers a French member in French when she types without accents, and in English only on a clear switch", async () => {
    const search = await say("Manon", "velo a lyon");
    expect(found(search)).toEqual(["Vélo de ville", "Vélo enfant"]);
    expect(search.replies[0]?.text).toMatch(/^2 annonces pour « velo »/);
    const vague = await say("Manon", "bon ok a lyon alors");
    expect(vague.replies[0]?.text).toMatch(/^2 annonces pour « velo »/);
    const post = await say("Manon", "table a vendre 50e lyon");
    expect(post.interpretation.intent).toBe("create_listing");
    expect(post.replies[0]?.text).toContain("C'est publié");
    // Another wording, typed without accents either: still French.
    const guitar = await say("Manon", "guitare pas cher a lyon");
    expect(guitar.replies[0]?.text).toContain("pour « guitare");
    // A whole sentence in English is a clear switch; French again switches back.
    const english = await say("Manon", "show me the bikes around Lyon please");
    expect(english.replies[0]?.text).toMatch(/listings? for/);
    const back = await say("Manon", "je cherche un velo a lyon");
    expect(back.replies[0]?.text).toMatch(/annonces? pour/);
  });
});
