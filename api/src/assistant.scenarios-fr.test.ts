/**
 * Issue 12, acceptance 2: multi-turn conversations written from the principles (never act on
 * a guess, fields as people mean them, the named target, drafts that survive, context that
 * resets, the member's language, follow-ups, one thread per pair, talk like a person). This
 * file: French members, and members who mix French and English. Each scenario has its own
 * member on the demo community and ends on what the data says (listings, conversations,
 * reports, the search the assistant ran). The English ones are in assistant.scenarios-en.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;
let count = 0;
async function member(locale: "fr" | "en", place = "Lyon"): Promise<string> {
  const name = `${locale === "fr" ? "Lucie" : "Lucy"} ${String.fromCharCode(65 + count++)}`;
  await m.register(name, locale, place);
  return name;
}
async function bodies(who: string): Promise<string[]> {
  const res = await t.request("GET", "/api/v1/conversations?limit=50", { token: m.token[who] });
  const all: string[] = [];
  for (const c of res.body.items as { id: string }[]) {
    const messages = await t.request("GET", `/api/v1/conversations/${c.id}/messages?limit=50`, { token: m.token[who] });
    all.push(...(messages.body.items as { body: string }[]).map((x) => x.body));
  }
  return all;
}

beforeAll(async () => {
  t = await startTestApi({ RELAIS_DEMO_DATA: "true" });
  m = new Members(t);
});
afterAll(async () => {
  await t?.close();
});

describe("French scenarios", () => {
  it("1. a previewed posting takes a price correction, then 'oui' publishes it once", async () => {
    const who = await member("fr");
    await m.say(who, "je vends ma table basse, 3 ans, 40 € à Lyon");
    await m.say(who, "non le prix c'est 35");
    await m.say(who, "oui");
    const listings = await m.listings(who);
    expect(listings.map((l) => [l.title, l.price?.amount])).toEqual([["Table basse", 3500]]);
  });

  it("2. a giveaway keeps its details, is free and is in Lyon 3e", async () => {
    const who = await member("fr");
    const answer = await m.say(who, "je donne des livres de poche, une vingtaine, romans policiers, dispo à lyon 3");
    if ((await m.listings(who)).length === 0) await m.press(who, button(answer, "Publier"));
    const [books] = await m.listings(who);
    expect(books?.price?.amount).toBe(0);
    expect(books?.location?.place).toBe("Lyon 3e");
    expect(books?.description).toContain("romans policiers");
  });

  it("3. search → 'le premier' → 'contacte-le' → the message reaches the owner", async () => {
    const who = await member("fr");
    const found = await m.say(who, "je cherche une guitare à Lyon");
    const first = found.replies[0]?.cards?.[0]?.title;
    const shown = await m.say(who, "le premier");
    expect(shown.replies[0]?.cards?.[0]?.title).toBe(first);
    await m.say(who, "contacte-le");
    await m.say(who, "Bonjour, elle est toujours disponible ?");
    expect(await bodies(who)).toEqual(["Bonjour, elle est toujours disponible ?"]);
  });

  it("4. a price then a radius alone refine the same search", async () => {
    const who = await member("fr");
    await m.say(who, "je cherche un vélo à Lyon");
    await m.say(who, "moins de 200 €");
    const radius = await m.say(who, "dans un rayon de 10 km");
    expect(radius.interpretation).toMatchObject({
      intent: "search_listings",
      slots: { q: "vélo", place: "Lyon", maxPrice: 20000, radiusKm: 10 },
    });
  });

  it("5. new words are a new search: the old price cap does not follow", async () => {
    const who = await member("fr");
    await m.say(who, "je cherche un vélo à Lyon");
    await m.say(who, "et à moins de 50 € ?");
    const fresh = await m.say(who, "je cherche une guitare à Lyon");
    expect(fresh.interpretation.slots.q).toBe("guitare");
    expect(fresh.interpretation.slots.maxPrice).toBeUndefined();
    expect(allText(fresh)).not.toContain("moins de 50");
  });

  it("6. 'annule' clears the search: a price alone afterwards refines nothing", async () => {
    const who = await member("fr");
    await m.say(who, "je cherche un vélo à Lyon");
    const cancelled = await m.say(who, "annule");
    expect(allText(cancelled)).toBe("C'est annulé. On repart de zéro.");
    const after = await m.say(who, "moins de 50 €");
    expect(after.interpretation.slots.q).toBeUndefined();
    expect(after.interpretation.slots.place).toBeUndefined();
  });

  it("7. 'mes annonces' → 'la première' → rename → pause: the listing says so", async () => {
    const who = await member("fr");
    await m.say(who, "je vends mon vélo de ville 90 € à Lyon");
    await m.say(who, "mes annonces");
    await m.say(who, "la première");
    await m.say(who, "renomme-la en Vélo de ville Peugeot");
    await m.say(who, "mets-la en pause");
    const [bike] = await m.listings(who);
    expect(bike).toMatchObject({ title: "Vélo de ville Peugeot", status: "paused" });
  });

  it("8. deleting by name with two listings deletes the one named", async () => {
    const who = await member("fr");
    await m.say(who, "je vends une lampe de bureau 15 € à Lyon");
    await m.say(who, "je vends une chaise en bois 20 € à Lyon");
    const asked = await m.say(who, "supprime l'annonce de la lampe");
    expect(allText(asked)).toContain("Lampe de bureau");
    await m.say(who, "oui");
    expect((await m.listings(who)).map((l) => l.title)).toEqual(["Chaise en bois"]);
  });

  it("9. nothing nearby → 'Élargir' finds the sofa further away", async () => {
    const who = await member("fr", "Bourgoin-Jallieu");
    const none = await m.say(who, "je cherche un canapé vers Bourgoin-Jallieu");
    const wider = await m.press(who, button(none, /^Élargir à \d+ km$/));
    expect(wider.replies[0]?.cards?.map((c) => c.title)).toContain("Canapé 3 places gris");
  });

  it("10. a profile from a CV takes 'change le TJM à 600' before 'oui'", async () => {
    const who = await member("fr");
    await m.say(who, "voici mon CV : Développeuse Python et Django, 8 ans d'expérience, basée à Lyon, TJM 500 €.");
    await m.say(who, "change le TJM à 600");
    await m.say(who, "oui");
    const profile = await t.request("GET", "/api/v1/me/profile", { token: m.token[who] });
    expect(profile.body.rates.daily).toBe(60000);
  });

  it("11. small talk in the middle of a preview keeps it; 'oui' publishes it", async () => {
    const who = await member("fr");
    await m.say(who, "je vends une perceuse Bosch, achetée en 2019, 45 € à Lyon");
    const thanks = await m.say(who, "merci");
    expect(await m.listings(who)).toEqual([]);
    expect(allText(thanks)).not.toMatch(/annulé/);
    await m.say(who, "oui");
    expect((await m.listings(who)).map((l) => l.price?.amount)).toEqual([4500]);
  });

  it("12. a town typo is asked about, and 'oui' takes the suggestion", async () => {
    const who = await member("fr");
    const asked = await m.say(who, "je vends mon skate 25 € à villeurbane");
    expect(allText(asked)).toContain("Villeurbanne");
    const next = await m.say(who, "oui");
    if ((await m.listings(who)).length === 0) await m.press(who, button(next, "Publier"));
    expect((await m.listings(who))[0]?.location?.place).toBe("Villeurbanne");
  });

  it("13. report by name with the reason; the report row keeps it", async () => {
    const who = await member("fr");
    await m.say(who, "je veux signaler Bruno Lefèvre pour arnaque, il ne m'a jamais envoyé le colis");
    await m.say(who, "oui");
    const report = await t.core.db.prisma.report.findFirst({ where: { reporterId: m.id[who] } });
    expect(report).toMatchObject({ reason: "scam" });
    expect(report?.details).toContain("jamais envoyé le colis");
  });

  it("14. 'mes messages' with nothing yet says so, no list is invented", async () => {
    const who = await member("fr");
    const answer = await m.say(who, "mes messages");
    expect(answer.replies[0]?.cards ?? []).toEqual([]);
    expect(await bodies(who)).toEqual([]);
  });

  it("15. 'le dernier' after a search opens the last card", async () => {
    const who = await member("fr");
    const found = await m.say(who, "je cherche un vélo à Lyon");
    const cards = found.replies[0]?.cards ?? [];
    const last = await m.say(who, "le dernier");
    expect(last.replies[0]?.cards?.[0]?.title).toBe(cards.at(-1)?.title);
  });

  it("16. a mission saved, then 'mes candidatures' lists it", async () => {
    const who = await member("fr");
    await m.say(who, "des missions React à distance ?");
    await m.say(who, "sauvegarde la première");
    const mine = await m.say(who, "mes candidatures");
    expect(allText(mine)).toMatch(/Missions sauvegardées \(1\)/);
  });
});

describe("Mixed-language scenarios", () => {
  it("17. a French member corrects in English: the price changes, the answers stay French", async () => {
    const who = await member("fr");
    await m.say(who, "je vends mon vélo de course, acheté en 2018, 150 € à Lyon");
    await m.say(who, "actually the price is 130");
    const done = await m.say(who, "oui");
    expect((await m.listings(who)).map((l) => l.price?.amount)).toEqual([13000]);
    expect(allText(done)).toMatch(/^C'est publié/);
  });

  it("18. an English member searches in French and picks 'the first one'", async () => {
    const who = await member("en");
    const found = await m.say(who, "je cherche un canapé à Lyon");
    expect(found.interpretation.intent).toBe("search_listings");
    const first = await m.say(who, "the first one");
    expect(first.replies[0]?.cards?.[0]?.title).toBe(found.replies[0]?.cards?.[0]?.title);
  });

  it("19. 'selling mon vélo de route, 200 euros, Lyon' is an offer at 200 €", async () => {
    const who = await member("fr");
    const answer = await m.say(who, "selling mon vélo de route, 200 euros, Lyon");
    if ((await m.listings(who)).length === 0) await m.press(who, button(answer, /^(Publier|Post it)$/));
    const [bike] = await m.listings(who);
    expect(bike).toMatchObject({ kind: "offer", price: { amount: 20000, currency: "EUR" } });
  });

  it("20. a French member writes to an English one in English: one thread, both messages", async () => {
    const fr = await member("fr");
    const en = await member("en");
    await m.say(fr, `write to ${en}: is the bike still available?`);
    await m.say(en, "my messages");
    await m.say(en, "open it");
    await m.say(en, "réponds : oui, passe samedi");
    const threads = await t.request("GET", "/api/v1/conversations", { token: m.token[fr] });
    expect(threads.body.items).toHaveLength(1);
    expect((await bodies(fr)).sort()).toEqual(["is the bike still available?", "oui, passe samedi"]);
  });

  it("21. an English member's 'annule' during a preview cancels in English and posts nothing", async () => {
    const who = await member("en");
    await m.say(who, "selling my lamp, 2 bulbs, 10 euros in Lyon");
    const cancelled = await m.say(who, "annule");
    expect(allText(cancelled)).toBe("Cancelled. Let's start over.");
    await m.say(who, "yes");
    expect(await m.listings(who)).toEqual([]);
  });

  it("22. 'ok super' after a search is small talk; 'le deuxième' still opens the second card", async () => {
    const who = await member("fr");
    const found = await m.say(who, "je cherche un vélo à Lyon");
    const talk = await m.say(who, "ok super");
    expect(talk.replies[0]?.cards ?? []).toEqual([]);
    const second = await m.say(who, "le deuxième");
    expect(second.replies[0]?.cards?.[0]?.title).toBe(found.replies[0]?.cards?.[1]?.title);
  });

  it("23. every ordinal form, French and English, opens the fourth card of the list", async () => {
    const who = await member("fr");
    const found = await m.say(who, "je cherche un vélo");
    const fourth = found.replies[0]?.cards?.[3]?.title;
    expect(fourth).toBeDefined();
    for (const said of ["le 4e", "le quatrieme", "le 4ème", "la quatrième annonce", "number 4", "the 4th one"]) {
      const shown = await m.say(who, said);
      expect(shown.replies[0]?.cards?.[0]?.title, said).toBe(fourth);
    }
  });

  it("24. one English word from a French member does not switch the language; a whole sentence does", async () => {
    const who = await member("fr");
    expect((await m.say(who, "thanks!")).replies[0]?.text).toBe("Avec plaisir !");
    const english = await m.say(who, "could you show me the bikes around Lyon please");
    expect(allText(english)).toMatch(/listings? for "bikes?"|Nothing/);
  });
});
