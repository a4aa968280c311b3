/**
 * Pages of results in chat: a search shows five listings and a "Voir plus" / "Show more" button when there are more;
 * the button, or "encore", "la suite", "show me more" typed, shows the next five — never the same ones — and the end
 * of the results is said, not an empty list. Over HTTP, on stored listings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssistantAnswer, allText, button, cardTitles, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

const quickLabels = (answer: AssistantAnswer) => answer.replies.flatMap((r) => (r.quickReplies ?? []).map((q) => q.label));

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Vendeur", "fr", "Lyon");
  await m.register("Chloé", "fr", "Lyon");
  await m.register("Owen", "en", "Lyon");
  const models = ["Peugeot", "Gitane", "Motobécane", "Btwin", "Lapierre", "Orbea", "Decathlon"];
  await m.postAll(
    "Vendeur",
    models.map((model, k) => `je vends un vélo de ville ${model}, ${60 + k * 10}€, Lyon`),
  );
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe("a search's next page", () => {
  it("FR: five listings and 'Voir plus', then 'encore' shows the others, then the end is said", async () => {
    const first = await m.say("Chloé", "je cherche un vélo de ville à Lyon");
    expect(first.interpretation.intent).toBe("search_listings");
    const page1 = cardTitles(first);
    expect(page1).toHaveLength(5);
    expect(quickLabels(first)).toContain("Voir plus");

    const second = await m.say("Chloé", "encore");
    expect(second.interpretation).toMatchObject({ intent: "search_listings", slots: { more: true } });
    const page2 = cardTitles(second);
    expect(page2).toHaveLength(2);
    expect(page2.filter((title) => page1.includes(title))).toEqual([]);
    expect(new Set([...page1, ...page2]).size).toBe(7);
    expect(quickLabels(second)).not.toContain("Voir plus");

    const end = await m.say("Chloé", "la suite ?");
    expect(cardTitles(end)).toEqual([]);
    expect(allText(end)).toMatch(/C'est tout pour cette recherche/);
  });

  it("EN: the Show more button shows the next page of the same search", async () => {
    const first = await m.say("Owen", "looking for a city bike in Lyon");
    const page1 = cardTitles(first);
    expect(page1).toHaveLength(5);
    const more = button(first, "Show more");
    expect(more).toBeTruthy();
    const second = await m.press("Owen", more);
    expect(cardTitles(second)).toHaveLength(2);
    expect(cardTitles(second).filter((title) => page1.includes(title))).toEqual([]);
  });

  it("EN: 'show me more' with no search before says to search first", async () => {
    await m.register("Nadia", "en", "Lyon");
    const answer = await m.say("Nadia", "show me more");
    expect(cardTitles(answer)).toEqual([]);
    expect(allText(answer)).toMatch(/search first/i);
  });
});
