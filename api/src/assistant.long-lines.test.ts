/**
 * Lines a member (or a script) sends at the assistant's longest (12,000 characters) that are built
 * to make a pattern try every way of reading a run of spaces: each is answered in time, whatever
 * it is read as, and nothing is written on it (review, session 9: "description de" and 11,000
 * spaces kept the server busy for 20 seconds; session 10: "rename" or "renomme-la en", spaces and a
 * line break, said while a posting waits, took minutes in the draft's title and rename patterns).
 */
import { MAX_TURN_CHARS } from "@relais/core/assistant/assistant";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  await m.register("Inès", "fr", "Lyon");
  await m.register("Owen", "en", "Leeds");
});
afterAll(async () => {
  await t?.close();
});

/** `head`, spaces up to the longest line the assistant reads, then `tail`. */
const padded = (head: string, tail: string) => head + " ".repeat(MAX_TURN_CHARS - head.length - tail.length) + tail;

/** Each line answered well within a turn's budget (each took 10 to 20 s before, or minutes). */
const TURN_BUDGET_MS = 4_000;

describe("a 12,000-character line built to backtrack", () => {
  it.each([
    ["Inès", "je vends ma lampe de chevet 20 €", ["description de ", "la description de la lampe", "description"], "x"],
    ["Owen", "selling my desk lamp for £20", ["description of ", "the description of the lamp", "description"], "x"],
  ])("%s's lines about the description are answered in time and change no listing", async (who, posting, heads, tail) => {
    await m.postAll(who, [posting]);
    const [before] = await m.listings(who);
    for (const head of heads) {
      const started = performance.now();
      await m.say(who, padded(head, tail));
      expect(performance.now() - started, head).toBeLessThan(TURN_BUDGET_MS);
    }
    expect(await m.listings(who)).toEqual([before]);
  });
});

describe("a 12,000-character line while a posting waits for Publier", () => {
  it.each([
    [
      "Inès",
      "je vends ma table en chêne 150 €",
      ["le prix c'est 120, ", "renomme-la en", "titre "],
      "x\ny",
      /^Publier$/,
      "Table en chêne",
      15000,
    ],
    [
      "Owen",
      "selling my standing desk for £90",
      ["the price is 120, ", "rename", "title: "],
      " to x\n",
      /^Post it$/,
      "Standing desk",
      9000,
    ],
  ])(
    "%s's long lines are answered in time, change neither the draft nor a listing, and the draft publishes as shown",
    async (who, posting, heads, tail, publishLabel, title, amount) => {
      const before = await m.listings(who);
      const preview = await m.say(who, posting);
      const publish = button(preview, publishLabel);
      expect(publish, allText(preview)).toBeDefined();
      for (const head of heads) {
        const started = performance.now();
        await m.say(who, padded(head, tail));
        expect(performance.now() - started, head).toBeLessThan(TURN_BUDGET_MS);
        expect(await m.listings(who), head).toEqual(before);
      }
      await m.press(who, publish);
      const published = (await m.listings(who)).filter((l) => !before.some((b) => b.id === l.id));
      expect(published.map((l) => [l.title, l.price?.amount])).toEqual([[title, amount]]);
    },
  );
});
