/**
 * Issue 12, acceptance 3: no write on a turn whose fields were not stated. fast-check writes
 * postings in French and English with distractor numbers and names (an address "Lyon 7", a size
 * "180x90 cm", a year, an age, a quantity "for 2 people", a neighbour's name, a phone number)
 * and checks on the member's listings that each turn either writes nothing (a preview or a
 * question is shown) or writes exactly what was stated: the price said, the place said, the
 * item as title. Pressing "Publier" on a preview writes the stated price, never a distractor.
 * Money said without its currency ("120 bucks", "80 balles", "pour 300") is always previewed and
 * written in the place's currency (euros in Lyon, Paris, Villeurbanne).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  await m.register("Fr", "fr");
  await m.register("En", "en");
});
afterAll(async () => {
  await t?.close();
});

const ITEMS = {
  fr: ["vélo de ville", "table basse", "guitare acoustique", "machine à coudre", "lampe de bureau", "canapé en cuir"],
  en: ["city bike", "coffee table", "acoustic guitar", "sewing machine", "desk lamp", "leather sofa"],
};
/**
 * How each language writes a price of n euros: naming the currency, or not ("balles", "bucks"
 * and a bare "pour 120" name none: the place's currency, which must be shown first; "quid" is
 * pounds, not a price in euros).
 */
type PriceFormat = readonly [(n: number) => string, boolean];
const PRICES: Record<"fr" | "en", PriceFormat[]> = {
  fr: [
    [(n: number) => `${n} €`, true],
    [(n: number) => `${n} euros`, true],
    [(n: number) => `${n}e`, true],
    [(n: number) => `${n}€`, true],
    [(n: number) => `${n} balles`, false],
    [(n: number) => `pour ${n}`, false],
  ],
  en: [
    [(n: number) => `${n} euros`, true],
    [(n: number) => `€${n}`, true],
    [(n: number) => `for ${n} euros`, true],
    [(n: number) => `${n} EUR`, true],
    [(n: number) => `${n} bucks`, false],
  ],
};
/** Places as typed, with the place the listing must get. */
const PLACES = {
  fr: [
    ["à Lyon", "Lyon"],
    ["à lyon 7", "Lyon 7e"],
    ["à Villeurbanne", "Villeurbanne"],
    ["à récupérer à Lyon 3", "Lyon 3e"],
  ],
  en: [
    ["in Lyon", "Lyon"],
    ["pick up in Lyon 7", "Lyon 7e"],
    ["in Paris 11", "Paris 11e"],
    ["in Villeurbanne", "Villeurbanne"],
  ],
} as const;
/** Numbers and names that are not the price, the place or the item. */
const DISTRACTORS = {
  fr: [
    (k: number) => `${k} places`,
    () => "180x90 cm",
    (k: number) => `acheté en ${2000 + k}`,
    (k: number) => `il a ${k} ans`,
    () => "mon voisin Bruno me l'a offert",
    () => "appelez Jake au 06 12 34 56 78",
    (k: number) => `${k} vitesses`,
  ],
  en: [
    (k: number) => `for ${k} people`,
    () => "size 180x90 cm",
    (k: number) => `bought in ${2000 + k}`,
    (k: number) => `${k} years old`,
    () => "my neighbour Bruno gave it to me",
    () => "call Camille on 07 98 76 54 32",
    (k: number) => `${k} speed`,
  ],
};
const VERBS = { fr: ["je vends", "vends", "à vendre :"], en: ["selling my", "I'm selling a", "for sale:"] };

const posting = fc.constantFrom("fr" as const, "en" as const).chain((lang) =>
  fc.record({
    lang: fc.constant(lang),
    verb: fc.constantFrom(...VERBS[lang]),
    item: fc.constantFrom(...ITEMS[lang]),
    // From 10: "5e" is as often "5th" as 5 €, and is left to the preview.
    price: fc.integer({ min: 10, max: 900 }),
    priceFormat: fc.constantFrom(...PRICES[lang]),
    place: fc.constantFrom(...PLACES[lang]),
    distractor: fc.constantFrom(...DISTRACTORS[lang]),
    k: fc.integer({ min: 2, max: 24 }),
    order: fc.constantFrom("distractor-first", "price-first"),
  }),
);

describe("acceptance 3: nothing is written on a guess", () => {
  it("a posting with distractor numbers and names writes nothing without a preview, and only the stated fields", async () => {
    let previews = 0;
    await fc.assert(
      fc.asyncProperty(posting, async (p) => {
        const who = p.lang === "fr" ? "Fr" : "En";
        const [format, currencyNamed] = p.priceFormat;
        const priceText = format(p.price);
        const middle = p.order === "distractor-first" ? `${p.distractor(p.k)}, ${priceText}` : `${priceText}, ${p.distractor(p.k)}`;
        const text = `${p.verb} ${p.item}, ${middle}, ${p.place[0]}`;
        const before = (await m.listings(who)).map((l) => l.id);
        const answer = await m.say(who, text);
        const written = (await m.listings(who)).filter((l) => !before.includes(l.id));
        if (written.length > 0) {
          // Written at once: then every field is the one stated.
          expect(written, text).toHaveLength(1);
          // A currency nobody named is never written at once.
          expect(currencyNamed, text).toBe(true);
          expect(written[0]?.price, text).toEqual({ amount: p.price * 100, currency: "EUR" });
          expect(written[0]?.location?.place, text).toBe(p.place[1]);
          return;
        }
        // Nothing written: the member sees what would be posted, with a button to post it.
        const publish = button(answer, p.lang === "fr" ? "Publier" : "Post it");
        if (!publish) {
          await m.say(who, p.lang === "fr" ? "annule" : "cancel");
          return;
        }
        previews++;
        expect(allText(answer), text).toContain(p.lang === "fr" ? "Je publie" : "I'll post");
        await m.press(who, publish);
        const posted = (await m.listings(who)).filter((l) => !before.includes(l.id));
        expect(posted, text).toHaveLength(1);
        // Every place here pays in euros, whatever the word for money.
        expect(posted[0]?.price, text).toEqual({ amount: p.price * 100, currency: "EUR" });
        expect(posted[0]?.location?.place, text).toBe(p.place[1]);
        expect(posted[0]?.description, text).toContain(p.distractor(p.k).split(" ")[0]);
      }),
      { numRuns: 50, seed: 7, endOnFailure: true },
    );
    // The distractors are there to be seen: most postings are previewed, not guessed.
    expect(previews).toBeGreaterThan(20);
  }, 120_000);
});
