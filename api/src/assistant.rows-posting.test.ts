/**
 * Issue 12, rows of TRIED-AS-A-NEW-USER.md about posting and searching (A5, A8, A9, A20–A24,
 * A42, A44, A46–A48), replayed over HTTP on the demo community in the row's language, each with
 * at least one wording the row does not contain. Asserted on the data: the listings written
 * (title, kind, price, category), the search the assistant ran and the buttons it offers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AssistantAnswer, allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;
let count = 0;
/** A new member for each case: no draft or search of another case in the way. */
async function member(locale: "fr" | "en", place = "Lyon"): Promise<string> {
  const name = `${locale === "fr" ? "Membre" : "Member"}${++count}`;
  await m.register(name, locale, place);
  return name;
}
const titles = (answer: AssistantAnswer) => answer.replies[0]?.cards?.map((c) => c.title) ?? [];
const quickLabels = (answer: AssistantAnswer) => answer.replies.flatMap((r) => r.quickReplies?.map((q) => q.label) ?? []);

beforeAll(async () => {
  t = await startTestApi({ RELAIS_DEMO_DATA: "true" });
  m = new Members(t);
});
afterAll(async () => {
  await t?.close();
});

describe("A5: what is wanted in exchange is the item, not the rest of the sentence", () => {
  it.each([
    ["fr", "salut! j'échange ma machine a coudre singer contre un velo, je suis a venissieux", "Vélo"],
    ["fr", "j'échange mon appareil photo contre une trottinette, dispo à Villeurbanne", "Trottinette"],
    ["en", "swapping my old skateboard for a scooter, I live in Lyon", "Scooter"],
  ] as const)("%s: %s", async (locale, said, want) => {
    const who = await member(locale);
    const answer = await m.say(who, said);
    if ((await m.listings(who)).length === 0) await m.press(who, button(answer, /^(Publier|Post it)$/));
    const wants = (await m.listings(who)).filter((l) => l.kind === "want");
    expect(wants.map((l) => l.title)).toEqual([want]);
  });
});

describe("A8, A9: selling or swapping said in a few words posts an offer (or previews it), never searches", () => {
  it.each([
    ["fr", "vends iphone 12 200 euros paris", "Iphone 12", 20000],
    ["fr", "vends vélo électrique 450 € lyon", "Vélo électrique", 45000],
    ["en", "swapping my Sony WH-1000XM4 headphones for a skateboard, Lyon", "Sony WH-1000XM4 headphones", null],
    ["en", "I'm offering my Sony WH-1000XM4 headphones in exchange for a skateboard, Lyon", "Sony WH-1000XM4 headphones", null],
    ["en", "trading my Nintendo Switch for a bike, Lyon", "Nintendo Switch", null],
  ] as const)("%s: %s", async (locale, said, title, price) => {
    const who = await member(locale);
    const answer = await m.say(who, said);
    expect(answer.interpretation.intent).toBe("create_listing");
    if ((await m.listings(who)).length === 0) await m.press(who, button(answer, /^(Publier|Post it)$/));
    const offer = (await m.listings(who)).find((l) => l.kind === "offer");
    expect(offer?.title).toBe(title);
    expect(offer?.price?.amount ?? null).toBe(price);
  });
});

describe("A20: 'je cherche un …' searches, in French as in English, and finds what exists", () => {
  beforeAll(async () => {
    await m.register("Owner", "en", "Lyon");
    await m.say("Owner", "selling my soprano ukulele 40 euros in Lyon");
    await m.say("Owner", "selling a sea kayak 300 euros in Lyon");
    expect((await m.listings("Owner")).map((l) => l.title).sort()).toEqual(["Sea kayak", "Soprano ukulele"]);
  });

  it.each([
    ["fr", "je cherche un ukulele", "Soprano ukulele"],
    ["fr", "je cherche un ukulélé", "Soprano ukulele"],
    ["fr", "je cherche un kayak", "Sea kayak"],
    ["fr", "bonjour, je recherche un kayak", "Sea kayak"],
    ["en", "looking for a ukulele", "Soprano ukulele"],
  ] as const)("%s: %s", async (locale, said, found) => {
    const who = await member(locale);
    const answer = await m.say(who, said);
    expect(answer.interpretation.intent).toBe("search_listings");
    expect(titles(answer)).toContain(found);
    // Nothing was posted on the member's behalf.
    expect(await m.listings(who)).toEqual([]);
  });

  it("FR: a bare item word searches it", async () => {
    const who = await member("fr");
    const answer = await m.say(who, "ukulele");
    expect(answer.interpretation.intent).toBe("search_listings");
    expect(titles(answer)).toContain("Soprano ukulele");
  });
});

describe("A21: a typo in the item and the town still finds it", () => {
  it.each([
    ["je cherhce une guiatre a lyonn", "Lyon"],
    ["guiatre lyon", "Lyon"],
    ["je cherche une guitrae vers lyon", "Lyon"],
  ])("FR: %s", async (said, place) => {
    const who = await member("fr");
    const answer = await m.say(who, said);
    expect(answer.interpretation.slots.place).toBe(place);
    expect(titles(answer).some((title) => /guitar/i.test(title))).toBe(true);
  });
});

describe("A22, A23: a search shows plausible offers only", () => {
  it.each([
    ["fr", "je cherche un vélo pas cher vers Lyon"],
    ["fr", "un velo pas trop cher sur lyon"],
  ] as const)("%s: %s — no armchair, no want", async (locale, said) => {
    const who = await member(locale);
    const answer = await m.say(who, said);
    expect(answer.interpretation.intent).toBe("search_listings");
    expect(titles(answer).length).toBeGreaterThan(0);
    expect(titles(answer).join(" ")).not.toMatch(/Fauteuil|armchair/i);
    expect(answer.replies[0]?.cards?.every((c) => c.subtitle === "offre")).toBe(true);
  });

  it("FR: 'je cherche une machine à coudre' lists no coffee machine and no want", async () => {
    const who = await member("fr");
    const answer = await m.say(who, "je cherche une machine à coudre");
    expect(titles(answer).join(" ")).not.toMatch(/café|coffee|modèle|model/i);
    expect(answer.replies[0]?.cards?.every((c) => c.subtitle === "offre") ?? true).toBe(true);
  });
});

describe("A24: a dead end offers buttons that work", () => {
  it("FR: 'Élargir à 50 km' widens the search, 'Publier une demande' previews the want and 'oui' posts it", async () => {
    const who = await member("fr");
    const none = await m.say(who, "je cherche un canapé à Bourgoin-Jallieu");
    expect(allText(none)).toMatch(/^Rien trouvé pour « canapé »/);
    expect(quickLabels(none)).toEqual(["Élargir à 60 km", "Publier une demande"]);
    const wider = await m.press(who, button(none, "Élargir à 60 km"));
    expect(wider.interpretation.slots.radiusKm).toBe(60);
    expect(titles(wider)).toContain("Canapé 3 places gris");

    const again = await m.say(who, "et plutot a bordeaux ?");
    expect(again.interpretation.slots.place).toBe("Bordeaux");
    const want = await m.press(who, button(again, "Publier une demande"));
    if ((await m.listings(who)).length === 0) await m.press(who, button(want, "Publier"));
    const [posted] = await m.listings(who);
    expect(posted).toMatchObject({ kind: "want", title: "Canapé" });
    expect(posted?.location?.place).toBe("Bordeaux");
  });

  it("EN: nothing found for a word offers to post a want", async () => {
    const who = await member("en");
    const none = await m.say(who, "looking for a harpsichord in Lyon");
    expect(quickLabels(none)).toContain("Post a want");
    expect(quickLabels(none)).toContain("Widen to 60 km");
  });
});

describe("A42, A46: an answer to 'what are you looking for?' fills it, and a budget next is the price", () => {
  it.each([
    ["somebody to help me move a sofa and a fridge", /move a sofa and a fridge/i],
    ["moving help", /^Moving help$/],
    ["a mover", /^Mover$/],
  ])("EN: 'post a want' → '%s'", async (said, title) => {
    const who = await member("en", "Lyon 7e");
    const asked = await m.say(who, "post a want");
    expect(allText(asked)).toContain("What are you looking for?");
    const preview = await m.say(who, said);
    expect(preview.interpretation.intent).toBe("create_listing");
    expect(allText(preview)).not.toMatch(/Here's what I can do|Cancelled/);
    await m.say(who, "yes");
    const [want] = await m.listings(who);
    expect(want?.kind).toBe("want");
    expect(want?.title).toMatch(title);
    expect(want?.location?.place).toBe("Lyon 7e");
  });

  it("EN: 'furniture removal service' then 'around 60 euros' is the budget; the reply promises nothing that does not happen", async () => {
    const who = await member("en", "Lyon 7e");
    await m.say(who, "post a want");
    await m.say(who, "furniture removal service");
    const budget = await m.say(who, "around 60 euros");
    expect(budget.interpretation.slots.price).toBe(6000);
    const posted = await m.say(who, "yes");
    const [want] = await m.listings(who);
    expect(want).toMatchObject({ kind: "want", title: "Furniture removal service", price: { amount: 6000, currency: "EUR" } });
    expect(want?.category.slug).toBe("moving");
    expect(allText(posted)).not.toContain("as soon as a swap");
  });

  it("FR: 'publie une demande' → 'quelqu'un pour monter un meuble' → 'budget 40 €'", async () => {
    const who = await member("fr");
    await m.say(who, "publie une demande");
    await m.say(who, "quelqu'un pour monter un meuble");
    await m.say(who, "budget 40 €");
    await m.say(who, "oui");
    const [want] = await m.listings(who);
    expect(want?.kind).toBe("want");
    expect(want?.title).toMatch(/monter un meuble/i);
    expect(want?.price?.amount).toBe(4000);
  });
});

describe("A44: only promises what happens", () => {
  it.each([
    ["fr", "je vends ma lampe de chevet 12 € à Lyon", "Demandez « mes matchs » pour voir les échanges proposés."],
    ["en", "selling my desk chair 25 euros in Lyon", 'Ask "my matches" to see the swaps proposed.'],
  ] as const)("%s: a member the app cannot push to is told how to see swaps", async (locale, said, next) => {
    const who = await member(locale);
    const posted = await m.say(who, said);
    expect(await m.listings(who)).toHaveLength(1);
    expect(allText(posted)).toContain(next);
    expect(allText(posted)).not.toMatch(/préviens|tell you/);
  });
});

describe("A47: counts are said as people say them", () => {
  it("FR: '1 annonce', 'N annonces', never 'résultat(s)'; EN likewise", async () => {
    const fr = await member("fr");
    const one = await m.say(fr, "je cherche un canapé à Lyon");
    expect(allText(one)).toMatch(/^1 annonce pour « canapé »/);
    const many = await m.say(fr, "je cherche une guitare à Lyon");
    expect(allText(many)).not.toMatch(/\(s\)/);
    const en = await member("en");
    const english = await m.say(en, "looking for a guitar in Lyon");
    expect(allText(english)).toMatch(/^\d+ listings? for "guitar"/);
    expect(allText(english)).not.toMatch(/\(s\)/);
  });
});

describe("A47: wording a person would use", () => {
  it("FR guest: 'bonjour' greets without a placeholder name; 'Je cherche…' asks what instead of searching a bike", async () => {
    const guest = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64url");
    const ask = (body: Record<string, unknown>) =>
      t.request("POST", "/api/v1/assistant/messages", { body, headers: { "x-relais-guest-session": guest } });
    const hello = await ask({ text: "bonjour", locale: "fr" });
    expect(hello.body.replies[0].text).toMatch(/^Bonjour ! Je suis l'assistant Relais/);
    const search = hello.body.replies[0].quickReplies.find((q: { label: string }) => q.label === "Je cherche…");
    const asked = await ask({ action: search.action });
    expect(asked.body.replies[0].text).toBe("Que cherchez-vous ?");
  });

  it("FR: a want's card says 'Demandé par', a listing under 1 km says 'tout près', titles get their accents", async () => {
    const who = await member("fr");
    await m.say(who, "publie une demande : velo de ville peugeot à Lyon");
    const near = await member("fr");
    const found = await m.say(near, "qui cherche un vélo de ville à Lyon ?");
    const card = found.replies[0]?.cards?.find((c) => c.title === "Vélo de ville peugeot") as
      | { title: string; fields?: { label: string; value: string }[] }
      | undefined;
    expect(card, JSON.stringify(found.replies)).toBeDefined();
    expect(card?.fields?.find((f) => f.label === "Demandé par")?.value).toBe(who);
    expect(card?.fields?.find((f) => f.label === "Lieu")?.value).toBe("Lyon, tout près");
  });

  it("FR: a corrected profile draft is not the first proposal said again", async () => {
    const who = await member("fr");
    const first = await m.say(who, "voici mon CV : Développeur Go et PostgreSQL, 6 ans, basé à Lyon, TJM 500 €.");
    const corrected = await m.say(who, "change le TJM à 550");
    expect(allText(corrected)).not.toBe(allText(first));
    expect(allText(corrected)).toMatch(/^C'est corrigé/);
  });
});

describe("A48: a word that says nothing searches nothing", () => {
  it.each([
    ["fr", "go"],
    ["en", "hmm"],
  ] as const)("%s: '%s'", async (locale, said) => {
    const who = await member(locale);
    const answer = await m.say(who, said);
    expect(answer.interpretation.intent).not.toBe("search_listings");
    expect(answer.replies[0]?.cards ?? []).toEqual([]);
  });
});
