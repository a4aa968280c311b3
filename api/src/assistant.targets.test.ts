/**
 * Issue 12, principle 3 — the named target, or a question (rows A14 and A29 of
 * TRIED-AS-A-NEW-USER.md): deleting a listing and accepting a swap by name resolve against the
 * member's own listings and matches (accents and typos tolerated); several fit → a question
 * with buttons; none fits → said so; never "the last one". Asserted on the data over REST.
 */
import { runMatchingRound } from "@relais/core/matching/marketplace-matching";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};

type Turn = {
  replies: { text: string; cards?: { title: string; subtitle?: string; actions?: { id: string; label: string }[] }[] }[];
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

async function titles(who: string): Promise<string[]> {
  const res = await t.request("GET", "/api/v1/me/listings?limit=50", { token: token[who] });
  return (res.body.items as { title: string; status: string }[])
    .filter((l) => l.status !== "closed")
    .map((l) => l.title)
    .sort();
}

type Match = { id: string; participants: { name: string; acceptance: string }[] };
async function matches(who: string): Promise<Match[]> {
  return (await t.request("GET", "/api/v1/matches", { token: token[who] })).body.items;
}
const acceptanceOf = (match: Match | undefined, name: string) => match?.participants.find((p) => p.name === name)?.acceptance;
const withMember = (list: Match[], name: string) => list.find((m) => m.participants.some((p) => p.name === name));

beforeAll(async () => {
  t = await startTestApi();
  await register("Camille", "fr");
  await register("Brandon", "en");
  await register("Sofia", "fr");
  await register("Jake", "en");
  await register("Lucie", "fr");
});
afterAll(async () => {
  await t?.close();
});

describe("A14: delete the listing the member names", () => {
  it("deletes the named listing after 'oui' even when another one is in focus (accents left out); the others stay", async () => {
    await say("Camille", "je vends ma machine à coudre Singer 80 € à Lyon");
    await say("Camille", "je vends mon vélo de ville 120 € à Lyon");
    // The last one posted (in focus) is the table: the old behaviour proposed it whatever was named.
    await say("Camille", "je vends une table en chêne 150 € à Lyon");
    expect(await titles("Camille")).toEqual(["Machine à coudre Singer", "Table en chêne", "Vélo de ville"]);

    const question = await say("Camille", "supprime l'annonce machine a coudre");
    expect(question.replies[0]?.text).toContain("Machine à coudre Singer");
    await say("Camille", "oui");
    expect(await titles("Camille")).toEqual(["Table en chêne", "Vélo de ville"]);

    const velo = await say("Camille", "supprime mon annonce de velo");
    expect(velo.replies[0]?.text).toContain("Vélo de ville");
    await say("Camille", "oui");
    expect(await titles("Camille")).toEqual(["Table en chêne"]);
  });

  it("tolerates a typo in English and deletes nothing else", async () => {
    await say("Brandon", "selling my sewing machine 60 euros in Paris");
    await say("Brandon", "I'm selling a desk lamp for 15 euros in Paris");
    expect(await titles("Brandon")).toEqual(["Desk lamp", "Sewing machine"]);
    const question = await say("Brandon", "delete the sewng machine");
    expect(question.replies[0]?.text).toContain("Sewing machine");
    await say("Brandon", "yes");
    expect(await titles("Brandon")).toEqual(["Desk lamp"]);
  });

  it("asks which with buttons when several listings fit, and deletes the one chosen", async () => {
    await say("Lucie", "je vends un vélo enfant 40 € à Lyon");
    await say("Lucie", "je vends un vélo de route 300 € à Lyon");
    await say("Lucie", "je vends une lampe de bureau 20 € à Lyon");
    expect(await titles("Lucie")).toEqual(["Lampe de bureau", "Vélo de route", "Vélo enfant"]);
    const question = await say("Lucie", "supprime mon annonce de vélo");
    const cards = question.replies[0]?.cards ?? [];
    expect(cards.map((c) => c.title).sort()).toEqual(["Vélo de route", "Vélo enfant"]);
    const confirm = await press("Lucie", cards.find((c) => c.title === "Vélo enfant")?.actions?.[0]?.id as string);
    expect(confirm.replies[0]?.text).toContain("Vélo enfant");
    await say("Lucie", "oui");
    expect(await titles("Lucie")).toEqual(["Lampe de bureau", "Vélo de route"]);
  });

  it("says so when no listing fits the name, and a following 'oui' deletes nothing", async () => {
    await say("Lucie", "mes annonces");
    const none = await say("Lucie", "supprime l'annonce de la guitare");
    expect(none.replies[0]?.text).toBe("Aucune de vos annonces ne correspond à « guitare ». Laquelle voulez-vous dire ?");
    await say("Lucie", "oui");
    expect(await titles("Lucie")).toEqual(["Lampe de bureau", "Vélo de route"]);
  });
});

describe("A29: accept the swap with the member named", () => {
  it("accepts the Jake swap, not the Camille one in focus; a name with no pending swap accepts nothing", async () => {
    await say("Sofia", "j'échange mon ukulélé soprano contre une trottinette électrique à Lyon");
    await say("Sofia", "j'échange mon appareil photo argentique contre une guitare électrique à Lyon");
    await say("Jake", "j'échange ma guitare électrique contre un appareil photo argentique à Lyon");
    await say("Camille", "j'échange ma trottinette électrique contre un ukulélé soprano à Lyon");
    await runMatchingRound(t.core.market);

    const list = await say("Sofia", "mes matchs");
    const camilleCard = list.replies[0]?.cards?.find((c) => c.subtitle === "Camille");
    expect(camilleCard, JSON.stringify(list.replies)).toBeDefined();
    expect(
      list.replies[0]?.cards?.some((c) => c.subtitle === "Jake"),
      JSON.stringify(list.replies),
    ).toBe(true);
    // The Camille swap accepted first: it is the one in focus.
    await press("Sofia", camilleCard?.actions?.find((a) => a.label === "Accepter")?.id as string);
    expect(acceptanceOf(withMember(await matches("Sofia"), "Camille"), "Sofia")).toBe("accepted");
    expect(acceptanceOf(withMember(await matches("Sofia"), "Jake"), "Sofia")).toBe("pending");

    const nobody = await say("Sofia", "j'accepte l'échange avec bruno");
    expect(nobody.replies[0]?.text).toContain("Aucun échange en attente avec « bruno »");
    expect(acceptanceOf(withMember(await matches("Sofia"), "Jake"), "Sofia")).toBe("pending");

    await say("Sofia", "j'accepte l'échange avec jake");
    expect(acceptanceOf(withMember(await matches("Sofia"), "Jake"), "Sofia")).toBe("accepted");
  });

  it("reads a misspelt name too (another wording)", async () => {
    const jakeMatch = withMember(await matches("Camille"), "Jake");
    // Camille and Jake have nothing to swap; Camille's one swap is with Sofia.
    expect(jakeMatch).toBeUndefined();
    expect(acceptanceOf(withMember(await matches("Camille"), "Sofia"), "Camille")).toBe("pending");
    await say("Camille", "ok pour l'échange avec Sofa");
    expect(acceptanceOf(withMember(await matches("Camille"), "Sofia"), "Camille")).toBe("accepted");
  });
});
