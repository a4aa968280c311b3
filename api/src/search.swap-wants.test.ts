/**
 * Issue 12, row A22: what a listing is swapped for never makes it match a search for that
 * thing. A Switch offered "contre un vélo" is not found for "vélo" or "bike" (by chat or REST, in
 * French and English, whether the exchange clause was generated or written by the member), is
 * still found for "switch", shows its wants on its card, and its want still finds the bike
 * offered for a Switch.
 */
import { runMatchingRound } from "@relais/core/matching/marketplace-matching";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssistantAnswer, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;
const ids: Record<string, string> = {};
let searchers = 0;

async function post(who: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.request("POST", "/api/v1/listings", { token: m.token[who], body: { location: { place: "Lyon" }, ...body } });
  expect(res.status, res.text).toBe(201);
  return res.body.id;
}
async function found(q: string): Promise<string[]> {
  const res = await t.request("GET", `/api/v1/search?q=${encodeURIComponent(q)}&place=Lyon&kind=offer&limit=50`);
  expect(res.status, res.text).toBe(200);
  return res.body.items.map((item: { listing: { id: string } }) => item.listing.id);
}
const cardTitles = (answer: AssistantAnswer) => answer.replies.flatMap((r) => r.cards?.map((c) => c.title) ?? []);

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  await m.register("Sam", "fr", "Lyon");
  await m.register("Jo", "en", "Lyon");
  await m.register("Lou", "fr", "Lyon");
  await m.register("Bea", "fr", "Lyon");
  // By chat, in French: the offer's description is the one generated for a swap.
  const said = await m.say("Sam", "j'échange ma Switch contre un vélo à Lyon");
  if ((await m.listings("Sam")).length === 0) await m.press("Sam", button(said, "Publier"));
  const sams = await m.listings("Sam");
  ids.samSwitch = sams.find((l) => l.kind === "offer")?.id as string;
  ids.samWant = sams.find((l) => l.kind === "want")?.id as string;
  expect(sams.map((l) => [l.kind, l.title]).sort()).toEqual([
    ["offer", "Switch"],
    ["want", "Vélo"],
  ]);
  // Over REST, in English, with the generated text too.
  ids.joSwitch = await post("Jo", { kind: "offer", title: "Nintendo Switch Lite", wants: "Bike", locale: "en" });
  // The member's own words name what they would take instead.
  ids.louSwitch = await post("Lou", {
    kind: "offer",
    title: "Console Switch OLED",
    description: "Très bon état, deux manettes. Possibilité d'échanger contre un vélo ou une trottinette. Swap for a bike welcome too.",
  });
  // The bike really offered, for a Switch: it is what a search for "vélo" is for.
  ids.beaBike = await post("Bea", {
    kind: "offer",
    title: "Vélo de ville",
    wants: "Console Switch",
    price: { amount: 9000, currency: "EUR" },
  });
});
afterAll(async () => {
  await t?.close();
});

describe("A22: a swap offer is not found for what it wants", () => {
  it.each(["vélo", "velo", "bike", "un vélo de ville"])("REST: '%s' finds the bike, never a Switch offered for one", async (q) => {
    const ids_ = await found(q);
    expect(ids_).toContain(ids.beaBike);
    expect(ids_).not.toContain(ids.samSwitch);
    expect(ids_).not.toContain(ids.joSwitch);
    expect(ids_).not.toContain(ids.louSwitch);
  });

  it("REST: 'trottinette' is wanted by Lou, offered by nobody: Lou's Switch is no match", async () => {
    const res = await t.request("GET", "/api/v1/search?q=trottinette&place=Lyon&kind=offer");
    const items = res.body.items.map((item: { listing: { id: string } }) => item.listing.id);
    if (!res.body.closeOnly) expect(items).not.toContain(ids.louSwitch);
  });

  it.each([
    ["switch", ["samSwitch", "joSwitch", "louSwitch"]],
    ["nintendo switch", ["joSwitch"]],
    ["console switch", ["louSwitch"]],
  ])("REST: '%s' still finds the Switch offers, and not the bike wanted for one", async (q, offers) => {
    const ids_ = await found(q);
    expect(ids_).toEqual(expect.arrayContaining(offers.map((name) => ids[name])));
    expect(ids_).not.toContain(ids.beaBike);
  });

  it.each([
    ["fr", "je cherche un vélo à Lyon"],
    ["fr", "un velo sur lyon ?"],
    ["en", "looking for a bike in Lyon"],
  ] as const)("chat %s: '%s' shows the bike, no Switch", async (locale, said) => {
    const who = `Searcher${++searchers}`;
    await m.register(who, locale, "Lyon");
    const answer = await m.say(who, said);
    expect(answer.interpretation.intent).toBe("search_listings");
    expect(cardTitles(answer)).toContain("Vélo de ville");
    expect(cardTitles(answer).join(" ")).not.toMatch(/switch/i);
  });

  it("REST: a word that only begins like trade ('Traditional … for a banquet') cuts nothing from the indexed description", async () => {
    const table = await post("Jo", {
      kind: "offer",
      title: "Oak trestle table",
      description: "Traditional trestle table, ideal for a banquet of twelve.",
      locale: "en",
    });
    expect(await found("banquet")).toContain(table);
  });

  it("the wants still show on the card the member and others read", async () => {
    const mine = await m.say("Sam", "mes annonces");
    const card = mine.replies[0]?.cards?.find((c) => c.title === "Switch");
    expect(card?.text).toMatch(/à échanger contre : Vélo/);
    const jo = await t.request("GET", `/api/v1/listings/${ids.joSwitch}`);
    expect(jo.body.description).toBe("Nintendo Switch Lite — to swap for: Bike");
  });

  it("the wants still drive matching: Sam's Switch for a bike meets Bea's bike for a Switch", async () => {
    await runMatchingRound(t.core.market);
    const res = await t.request("GET", "/api/v1/matches", { token: m.token.Sam });
    expect(res.status, res.text).toBe(200);
    const withBea = (res.body.items as { participants: { name: string }[] }[]).filter((match) =>
      match.participants.some((p) => p.name === "Bea"),
    );
    expect(withBea).toHaveLength(1);
  });
});
