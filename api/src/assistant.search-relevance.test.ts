/**
 * What the chat says about a search (issue 13 search): the radius core applied, the default one
 * included, in the same words as REST's `radiusKm`, and "nothing exact — here are close ones"
 * when the search found only near listings (REST's `closeOnly`), in French and English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};

type Turn = { replies: { text: string; cards?: { title: string; subtitle?: string }[] }[] };

async function say(who: string, text: string): Promise<Turn> {
  const res = await t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { text } });
  expect(res.status, res.text).toBe(200);
  return res.body as Turn;
}

beforeAll(async () => {
  t = await startTestApi({ RELAIS_DEMO_DATA: "true" });
  for (const [name, locale] of [
    ["Léa", "fr"],
    ["Liam", "en"],
  ] as const) {
    const res = await t.request("POST", "/api/v1/auth/register", {
      body: { email: `${locale}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale },
    });
    token[name] = res.body.accessToken;
  }
});
afterAll(() => t?.close());

describe("the chat's search replies", () => {
  it("states the default radius it searched, like REST's radiusKm", async () => {
    const fr = await say("Léa", "je cherche des skis à Lyon");
    expect(fr.replies[0]?.text).toMatch(/annonces? pour « skis » dans un rayon de 30 km autour de Lyon/);
    expect(fr.replies[0]?.cards?.every((card) => /^Skis/.test(card.title))).toBe(true);
    const rest = await t.request("GET", "/api/v1/search?q=skis&place=Lyon", { token: token.Léa });
    expect(rest.body).toMatchObject({ radiusKm: 30, radiusDefaulted: true, closeOnly: false, kind: "offer" });
    expect(rest.body.items.map((hit: { listing: { title: string } }) => hit.listing.title).sort()).toEqual(
      (fr.replies[0]?.cards ?? []).map((card) => card.title).sort(),
    );
  });

  it("says when nothing is exact and shows the close listings as such (FR and EN)", async () => {
    const fr = await say("Léa", "je cherche des cours de piano");
    expect(fr.replies[0]?.text).toBe("Rien d'exact pour « cours de piano » ; voici des annonces proches :");
    expect(fr.replies[0]?.cards?.length).toBeGreaterThan(0);
    const en = await say("Liam", "looking for piano lessons");
    expect(en.replies[0]?.text).toBe('Nothing exact for "piano lessons"; here are close ones:');
    const rest = await t.request("GET", "/api/v1/search?q=cours%20de%20piano", { token: token.Léa });
    expect(rest.body.closeOnly).toBe(true);
  });
});
