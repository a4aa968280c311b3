/**
 * The local assistant over HTTP on what people really type (issue 11's classes, issue 9's
 * confirmation and spelling bugs), in French and English: every check is on what the member
 * gets (replies, and the rows the REST API shows), not on the engine's internals.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};

type Turn = {
  replies: { text: string; quickReplies?: { label: string; action?: string; text?: string }[] }[];
  interpretation: { intent: string; slots: Record<string, unknown>; engine: string };
};

async function register(name: string, locale: "fr" | "en") {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name.replace(/[^A-Za-z]/g, "").toLowerCase()}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale },
  });
  expect(res.status).toBe(201);
  token[name] = res.body.accessToken;
}

async function say(who: string, text: string): Promise<Turn> {
  const res = await t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { text } });
  expect(res.status, res.text).toBe(200);
  return res.body as Turn;
}

async function myTitles(who: string): Promise<string[]> {
  const res = await t.request("GET", "/api/v1/me/listings?limit=50", { token: token[who] });
  return (res.body.items as { title: string }[]).map((l) => l.title);
}

beforeAll(async () => {
  t = await startTestApi();
  await register("Inès Lambert", "fr");
  await register("Owen Price", "en");
});
afterAll(async () => {
  await t?.close();
});

describe("a pending confirmation needs a yes and nothing else", () => {
  it("keeps the listing when the answer only starts like 'oui' (FR), and deletes on a real yes", async () => {
    await say("Inès Lambert", "je vends une lampe de bureau 15 € à Lyon");
    await say("Inès Lambert", "mes annonces");
    const question = await say("Inès Lambert", "supprime la première");
    expect(question.replies[0]?.text).toBe("Supprimer l'annonce « Lampe de bureau » ? C'est définitif.");
    for (const notYes of ["ok mais attends", "y a-t-il autre chose ?", "où est le vélo ?"]) {
      const turn = await say("Inès Lambert", notYes);
      expect(turn.interpretation.intent, notYes).not.toBe("delete_listing");
      expect(await myTitles("Inès Lambert"), notYes).toContain("Lampe de bureau");
    }
    await say("Inès Lambert", "mes annonces");
    await say("Inès Lambert", "supprime la première");
    const waiting = await say("Inès Lambert", "ok mais attends");
    expect(waiting.replies[0]?.text).toMatch(/oui|non/i);
    const done = await say("Inès Lambert", "oui, vas-y");
    expect(done.replies[0]?.text).toBe("L'annonce « Lampe de bureau » est supprimée.");
    expect(await myTitles("Inès Lambert")).not.toContain("Lampe de bureau");
  });

  it("keeps the listing on 'yes but not that one' and 'you mean the lamp?' (EN)", async () => {
    await say("Owen Price", "selling my desk lamp 15 euros in Lyon");
    await say("Owen Price", "my listings");
    const question = await say("Owen Price", "delete the first one");
    expect(question.replies[0]?.text).toBe('Delete the listing "Desk lamp"? This can\'t be undone.');
    for (const notYes of ["yes but not that one", "okay wait", "you mean the lamp?"]) {
      const turn = await say("Owen Price", notYes);
      expect(turn.interpretation.intent, notYes).not.toBe("delete_listing");
      expect(await myTitles("Owen Price"), notYes).toContain("Desk lamp");
    }
  });
});

describe("spelling repair never turns a real word into a command", () => {
  it("'je recommande ce vendeur' does not cancel the question in progress", async () => {
    await say("Inès Lambert", "je vends un tabouret 10 € à Lyon");
    await say("Inès Lambert", "mes annonces");
    await say("Inès Lambert", "supprime la première");
    const turn = await say("Inès Lambert", "je recommande ce vendeur");
    expect(turn.interpretation.intent).not.toBe("cancel");
    expect(turn.replies[0]?.text).not.toBe("C'est annulé. On repart de zéro.");
    const done = await say("Inès Lambert", "oui");
    expect(done.replies[0]?.text).toBe("L'annonce « Tabouret » est supprimée.");
  });
});

describe("a clarifying question when two readings are close", () => {
  it("asks whether to post or to search, with a button for each; the button runs the chosen one (EN)", async () => {
    await say("Owen Price", "cancel");
    // "sofa 100 euros Paris": an offer to post, or a search under 100 €? Both readings are close.
    const asked = await say("Owen Price", "sofa 100 euros Paris");
    expect(asked.replies[0]?.text).toMatch(
      /^I'm not sure: do you want to (post a listing|search the listings) or (post a listing|search the listings)\?$/,
    );
    const buttons = asked.replies[0]?.quickReplies ?? [];
    expect(buttons.map((b) => b.label).sort()).toEqual(["Post a listing", "Search the listings"]);
    expect(await myTitles("Owen Price")).not.toContain("Sofa");
    const search = buttons.find((b) => b.label === "Search the listings");
    const pressed = await t.request("POST", "/api/v1/assistant/messages", { token: token["Owen Price"], body: { action: search?.action } });
    expect(pressed.status).toBe(200);
    expect(pressed.body.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 10000, place: "Paris" } });
    expect(await myTitles("Owen Price")).not.toContain("Sofa");
  });

  it("takes a typed answer too: 'publier' posts the offer (FR)", async () => {
    await say("Inès Lambert", "annule");
    const asked = await say("Inès Lambert", "sofa 120 euros Lyon");
    expect(asked.replies[0]?.text).toMatch(
      /^Je ne suis pas sûr : vous voulez (publier une annonce|chercher une annonce) ou (publier une annonce|chercher une annonce) \?$/,
    );
    const posted = await say("Inès Lambert", "publier");
    expect(posted.interpretation).toMatchObject({ intent: "create_listing", slots: { price: 12000, place: "Lyon" } });
    expect(await myTitles("Inès Lambert")).toContain("Sofa");
  });
});
