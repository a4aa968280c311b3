/**
 * "Never act on a guess" and "never lose a message", as a newcomer found them from a fresh
 * clone (second round): each a REST conversation in French and English, asserted on the data
 * it leaves (the stored listing's title, description and price, which listing changed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members, type MyListing } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  // Many members sign up from one address here: more than the default sign-up budget per hour.
  t = await startTestApi({ RATE_LIMIT_SIGNUPS_PER_HOUR: "1000" });
  m = new Members(t);
});
afterAll(async () => {
  await t?.close();
});

/** Posts `turns` as a new member, says yes to a preview if one is shown, and returns the one listing stored. */
async function posted(who: string, locale: "fr" | "en", turns: string[]): Promise<MyListing> {
  await m.register(who, locale);
  for (const text of turns) await m.say(who, text);
  if ((await m.listings(who)).length === 0) await m.say(who, locale === "fr" ? "oui" : "yes");
  const listings = await m.listings(who);
  expect(listings).toHaveLength(1);
  return listings[0] as MyListing;
}

describe("a posting keeps in its description everything the member wrote that no field holds", () => {
  it("FR: 'quelques rayures sur le dessus' stays, with a condition, a price and a place read from the same line", async () => {
    const table = await posted("Ines", "fr", [
      "Je vends ma table basse en bois, 40 €, très bon état, quelques rayures sur le dessus, à Nantes",
    ]);
    expect(table.title).toBe("Table basse en bois");
    expect(table.price).toEqual({ amount: 4000, currency: "EUR" });
    expect(table.description).toContain("quelques rayures sur le dessus");
    // A detail the condition was read from is still the member's own words.
    const short = await posted("Ines2", "fr", ["Je vends ma table basse en bois 40 € à Nantes, quelques rayures"]);
    expect(short.description).toContain("quelques rayures");
  });

  it("FR: several sentences and a chatty text are kept whole; a detail said with the town the assistant asked for is kept too", async () => {
    const chest = await posted("Lou", "fr", [
      "Bonjour ! Je donne une commode en pin à Rennes. Il manque une poignée. À venir chercher avant samedi.",
    ]);
    expect(chest.price?.amount).toBe(0);
    expect(chest.description).toContain("Il manque une poignée.");
    expect(chest.description).toContain("À venir chercher avant samedi.");
    const answered = await posted("Lou2", "fr", ["Je vends ma table basse en bois, 40 €", "à Nantes, quelques rayures sur le dessus"]);
    expect(answered.location?.place).toBe("Nantes");
    expect(answered.description).toContain("quelques rayures sur le dessus");
  });

  it("FR: read after 'publier ou chercher ?' or after 'je la vends' under its preview, the posting keeps the words that stated it", async () => {
    await m.register("Noe", "fr");
    const first = await m.say("Noe", "une table basse en bois à Nantes avec quelques rayures");
    // The engine may be unsure between posting and searching (a button each) or read a posting at once (a preview).
    const choice = button(first, "Publier une annonce");
    if (choice) await m.press("Noe", choice);
    // "offre ou demande ?" answered, or the preview confirmed.
    await m.say("Noe", "je la vends");
    if ((await m.listings("Noe")).length === 0) await m.say("Noe", "oui");
    const [table] = await m.listings("Noe");
    expect(table?.title).toBe("Table basse en bois");
    expect(table?.description).toContain("quelques rayures");
    // A line that posts no thing of its own while a preview waits is about that posting: it is never replaced by an empty one.
    await m.register("Noe2", "fr");
    await m.say("Noe2", "table basse en bois 40 € à Nantes, quelques rayures sur le dessus");
    await m.say("Noe2", "je la vends");
    await m.say("Noe2", "oui");
    const [again] = await m.listings("Noe2");
    expect(again?.title).toBe("Table basse en bois");
    expect(again?.price).toEqual({ amount: 4000, currency: "EUR" });
    expect(again?.description).toContain("quelques rayures sur le dessus");
  });

  it("EN: 'new tyres', 'works fine, small dent on the base' are kept, posted at once or after the town is asked", async () => {
    const bike = await posted("Owen", "en", ["selling a road bike in Lyon, new tyres"]);
    expect(bike.title).toBe("Road bike");
    expect(bike.description).toContain("new tyres");
    const lamp = await posted("Owen2", "en", ["selling my desk lamp 15 euros, works fine, small dent on the base", "in Lyon"]);
    expect(lamp.price).toEqual({ amount: 1500, currency: "EUR" });
    expect(lamp.description).toContain("works fine, small dent on the base");
    const answered = await posted("Owen3", "en", ["selling my desk lamp for 15 euros", "in Lyon please, it has a small dent on the base"]);
    expect(answered.location?.place).toBe("Lyon");
    expect(answered.description).toContain("small dent on the base");
  });

  it("EN: a long text in several sentences is kept whole; a posting that says nothing beyond its fields has no description", async () => {
    const ps4 = await posted("Pia", "en", [
      "Hi! Selling my old PS4 with two controllers for 120 euros in Paris. One controller's stick drifts a little. Cash only please, I can meet near Bastille.",
    ]);
    expect(ps4.price).toEqual({ amount: 12000, currency: "EUR" });
    expect(ps4.description).toContain("One controller's stick drifts a little.");
    expect(ps4.description).toContain("Cash only please, I can meet near Bastille.");
    const plain = await posted("Pia2", "en", ["selling my desk lamp for 15 euros in Lyon"]);
    expect(plain.description).toBe("");
  });
});

/** Title → price (minor units) of the member's listings. */
async function prices(who: string): Promise<Record<string, number | undefined>> {
  return Object.fromEntries((await m.listings(who)).map((l) => [l.title, l.price?.amount]));
}

describe("while a draft waits, an edit that names an existing listing goes to that listing", () => {
  it("EN: 'rename the drill to Bosch PSR drill' renames the drill and the table still waits; naming the table or nothing edits the draft", async () => {
    await m.register("Dana", "en", "Lyon");
    await m.say("Dana", "selling my drill for 40 euros in Lyon");
    const preview = await m.say("Dana", "selling my oak table for 150 euros");
    expect(button(preview, "Post it")).toBeTruthy();
    await m.say("Dana", "rename the drill to Bosch PSR drill");
    expect(await prices("Dana")).toEqual({ "Bosch PSR drill": 4000 });
    // The draft's own thing, then nothing named: both correct the draft.
    await m.say("Dana", "rename the table to Oak table 6 seats");
    await m.say("Dana", "the price is 120");
    expect(await prices("Dana")).toEqual({ "Bosch PSR drill": 4000 });
    await m.say("Dana", "yes");
    expect(await prices("Dana")).toEqual({ "Bosch PSR drill": 4000, "Oak table 6 seats": 12000 });
  });

  it("FR: 'renomme la perceuse en …' and 'le prix de la perceuse c'est 35 €' change the drill; 'oui' then publishes the table as shown", async () => {
    await m.register("Remi", "fr", "Lyon");
    await m.say("Remi", "je vends ma perceuse 40 € à Lyon");
    await m.say("Remi", "je vends ma table en chêne 150 €");
    await m.say("Remi", "renomme la perceuse en Perceuse Bosch PSR");
    await m.say("Remi", "le prix de la perceuse c'est 35 €");
    expect(await prices("Remi")).toEqual({ "Perceuse Bosch PSR": 3500 });
    await m.say("Remi", "renomme la table en Table en chêne massif");
    await m.say("Remi", "oui");
    expect(await prices("Remi")).toEqual({ "Perceuse Bosch PSR": 3500, "Table en chêne massif": 15000 });
  });
});

describe("an edit or delete whose name fits several listings asks which, with a button per listing", () => {
  it("EN: 'change the price of my bike to 90' asks; the 'Road bike' button or 'the road bike' changes that one only", async () => {
    await m.register("Sam", "en", "Lyon");
    await m.say("Sam", "selling my city bike for 100 euros in Lyon");
    await m.say("Sam", "selling my road bike for 300 euros in Lyon");
    const asked = await m.say("Sam", "change the price of my bike to 90");
    expect(await prices("Sam")).toEqual({ "City bike": 10000, "Road bike": 30000 });
    expect(button(asked, "City bike")).toBeTruthy();
    await m.press("Sam", button(asked, "Road bike"));
    expect(await prices("Sam")).toEqual({ "City bike": 10000, "Road bike": 9000 });
    await m.say("Sam", "change the price of my bike to 80");
    await m.say("Sam", "the city bike");
    expect(await prices("Sam")).toEqual({ "City bike": 8000, "Road bike": 9000 });
  });

  it("EN: asked while a draft waits, 'the second one' edits that bike and the draft is still published after", async () => {
    await m.register("Ada", "en", "Lyon");
    await m.say("Ada", "selling my city bike for 100 euros in Lyon");
    await m.say("Ada", "selling my road bike for 300 euros in Lyon");
    await m.say("Ada", "selling my oak table for 150 euros");
    const asked = await m.say("Ada", "change the price of my bike to 90");
    expect(allText(asked)).toContain("Which");
    // Listed newest first: the road bike, then the city bike.
    await m.say("Ada", "the second one");
    expect(await prices("Ada")).toEqual({ "City bike": 9000, "Road bike": 30000 });
    await m.say("Ada", "yes");
    expect(await prices("Ada")).toEqual({ "City bike": 9000, "Road bike": 30000, "Oak table": 15000 });
  });

  it("FR: 'passe mon vélo à 90 €' → 'la deuxième'; 'supprime mon vélo' → 'le vélo de course' → 'oui' deletes that one", async () => {
    await m.register("Zoe", "fr", "Lyon");
    await m.say("Zoe", "je vends mon vélo de ville 100 € à Lyon");
    await m.say("Zoe", "je vends mon vélo de course 300 € à Lyon");
    const asked = await m.say("Zoe", "passe mon vélo à 90 €");
    expect(button(asked, "Vélo de course")).toBeTruthy();
    expect(await prices("Zoe")).toEqual({ "Vélo de ville": 10000, "Vélo de course": 30000 });
    await m.say("Zoe", "la deuxième");
    expect(await prices("Zoe")).toEqual({ "Vélo de ville": 9000, "Vélo de course": 30000 });
    const which = await m.say("Zoe", "supprime mon vélo");
    expect(button(which, "Vélo de ville")).toBeTruthy();
    await m.say("Zoe", "le vélo de course");
    await m.say("Zoe", "oui");
    expect(await prices("Zoe")).toEqual({ "Vélo de ville": 9000 });
  });
});

/** The member's stored language: their account's and the one their preferences name. */
async function storedLanguage(who: string): Promise<{ account: string; chosen: string | undefined }> {
  const me = await t.request("GET", "/api/v1/me", { token: m.token[who] });
  const preferences = await t.request("GET", "/api/v1/me/preferences", { token: m.token[who] });
  expect(me.status, me.text).toBe(200);
  expect(preferences.status, preferences.text).toBe(200);
  return { account: me.body.locale, chosen: preferences.body.language };
}

/** A turn from another channel and conversation of the same member (a Slack DM whose platform says French). */
async function sayElsewhere(who: string, text: string) {
  return t.api.assistant.handle({
    identity: { provider: "api", externalId: m.id[who] as string },
    channel: { provider: "slack", workspace: "T1", conversation: "D-elsewhere", direct: true },
    text,
    locale: "fr",
  });
}

describe("an explicit language choice sticks until the member chooses again", () => {
  it("FR: 'parle-moi en anglais' is stored; whole French sentences are then answered in English, in a new conversation and another channel", async () => {
    await m.register("Chloe", "fr", "Lyon");
    await m.say("Chloe", "parle-moi en anglais");
    expect(await storedLanguage("Chloe")).toEqual({ account: "en", chosen: "en" });
    const search = await m.say("Chloe", "je cherche un vélo pas cher à Lyon s'il te plaît");
    expect(allText(search)).toContain("within 30 km of Lyon");
    await t.request("DELETE", "/api/v1/assistant/session", { token: m.token.Chloe });
    const mine = await m.say("Chloe", "je voudrais voir mes annonces s'il te plaît");
    expect(allText(mine)).toContain("You have no listings yet");
    const elsewhere = await sayElsewhere("Chloe", "je voudrais voir mes annonces s'il te plaît");
    expect(elsewhere.locale).toBe("en");
    // Choosing again is the only way back.
    await m.say("Chloe", "réponds en français");
    expect(await storedLanguage("Chloe")).toEqual({ account: "fr", chosen: "fr" });
    const back = await m.say("Chloe", "I would like to see my listings please");
    expect(allText(back)).toContain("Vous n'avez pas encore d'annonce");
  });

  it("EN: 'speak French please' then 'in English please' — each stored, the last one holds against French sentences", async () => {
    await m.register("Liam", "en", "Lyon");
    await m.say("Liam", "speak French please");
    expect(await storedLanguage("Liam")).toEqual({ account: "fr", chosen: "fr" });
    const french = await m.say("Liam", "I would like to see my listings please");
    expect(allText(french)).toContain("Vous n'avez pas encore d'annonce");
    await m.say("Liam", "in English please");
    expect(await storedLanguage("Liam")).toEqual({ account: "en", chosen: "en" });
    await t.request("DELETE", "/api/v1/assistant/session", { token: m.token.Liam });
    const english = await m.say("Liam", "je voudrais voir mes annonces s'il te plaît");
    expect(allText(english)).toContain("You have no listings yet");
    expect((await sayElsewhere("Liam", "bonjour, je cherche un vélo à Lyon")).locale).toBe("en");
    // The account's language changed over REST is a choice too: it holds from then on.
    const patched = await t.request("PATCH", "/api/v1/me", { token: m.token.Liam, body: { locale: "fr" } });
    expect(patched.status, patched.text).toBe(200);
    // …and the preferences say the language that answers (they kept "en" while French answered).
    expect(await storedLanguage("Liam")).toEqual({ account: "fr", chosen: "fr" });
    const after = await m.say("Liam", "I would like to see my listings please");
    expect(allText(after)).toContain("Vous n'avez pas encore d'annonce");
    const shown = await m.say("Liam", "mes préférences");
    expect(allText(shown)).toContain("français");
  });
});

describe("'which one?' asked while a draft waits never loses the draft", () => {
  it("EN: 'cancel' drops the question only: no bike changes and 'yes' still posts the table", async () => {
    await m.register("Eli", "en", "Lyon");
    await m.say("Eli", "selling my city bike for 100 euros in Lyon");
    await m.say("Eli", "selling my road bike for 300 euros in Lyon");
    await m.say("Eli", "selling my oak table for 150 euros");
    await m.say("Eli", "change the price of my bike to 90");
    const kept = await m.say("Eli", "cancel");
    expect(allText(kept)).toContain("on hold");
    await m.say("Eli", "yes");
    expect(await prices("Eli")).toEqual({ "City bike": 10000, "Road bike": 30000, "Oak table": 15000 });
  });

  it("FR: 'annule' garde l'annonce en attente; 'le prix c'est 120 € à Lyon' corrige le brouillon, pas l'annonce « Livre Guide de Lyon »", async () => {
    await m.register("Yan", "fr", "Lyon");
    await m.say("Yan", "je vends mon vélo de ville 100 € à Lyon");
    await m.say("Yan", "je vends mon vélo de course 300 € à Lyon");
    await m.say("Yan", "je vends le livre Guide de Lyon 10 € à Lyon");
    await m.say("Yan", "je vends ma table en chêne 150 €");
    await m.say("Yan", "passe mon vélo à 90 €");
    await m.say("Yan", "annule");
    await m.say("Yan", "le prix c'est 120 € à Lyon");
    await m.say("Yan", "oui");
    expect(await prices("Yan")).toEqual({
      "Vélo de ville": 10000,
      "Vélo de course": 30000,
      "Livre Guide de Lyon": 1000,
      "Table en chêne": 12000,
    });
  });
});

/** Title → description of the member's listings. */
async function descriptions(who: string): Promise<Record<string, string>> {
  return Object.fromEntries((await m.listings(who)).map((l) => [l.title, l.description]));
}

describe("a description said while a draft waits is never lost: it goes to the listing it names, else to the draft", () => {
  it("EN: 'set the description of the drill to …' describes the drill; 'set the description to …' describes the draft", async () => {
    await m.register("Kim", "en", "Lyon");
    await m.say("Kim", "selling my drill for 40 euros in Lyon");
    await m.say("Kim", "selling my oak table for 150 euros");
    await m.say("Kim", "set the description of the drill to comes with two batteries");
    await m.say("Kim", "set the description to solid oak, seats 6");
    await m.say("Kim", "yes");
    expect(await descriptions("Kim")).toEqual({ Drill: "comes with two batteries", "Oak table": "solid oak, seats 6" });
  });

  it("FR: 'change la description du vélo en …' asks which bike (a thing named like a town is still a thing); 'ajoute à la description : …' goes to the draft", async () => {
    await m.register("Leo", "fr", "Lyon");
    await m.say("Leo", "je vends mon vélo de ville 100 € à Lyon");
    await m.say("Leo", "je vends mon vélo de course 300 € à Lyon");
    await m.say("Leo", "je vends ma table en chêne 150 €");
    const asked = await m.say("Leo", "change la description du vélo en révisé l'an dernier");
    expect(button(asked, "Vélo de ville")).toBeTruthy();
    await m.say("Leo", "le vélo de ville");
    await m.say("Leo", "ajoute à la description : quelques rayures sur le plateau");
    await m.say("Leo", "oui");
    expect(await descriptions("Leo")).toEqual({
      "Vélo de ville": "révisé l'an dernier",
      "Vélo de course": "",
      "Table en chêne": "Quelques rayures sur le plateau",
    });
  });
});

describe("an edit that names a thing the member has no listing for is asked about, never applied elsewhere", () => {
  it("EN: 'change the price of my kayak to 90' changes neither the bike in focus nor the waiting draft", async () => {
    await m.register("Max", "en", "Lyon");
    await m.say("Max", "selling my city bike for 100 euros in Lyon");
    const asked = await m.say("Max", "change the price of my kayak to 90");
    expect(allText(asked)).toContain('None of your listings matches "kayak"');
    expect(await prices("Max")).toEqual({ "City bike": 10000 });
    await m.say("Max", "selling my oak table for 150 euros");
    await m.say("Max", "change the price of my kayak to 90");
    await m.say("Max", "yes");
    expect(await prices("Max")).toEqual({ "City bike": 10000, "Oak table": 15000 });
    // Said with no name, an edit still goes to the listing in focus.
    await m.say("Max", "set the price to 140");
    expect(await prices("Max")).toEqual({ "City bike": 10000, "Oak table": 14000 });
  });

  it("FR: 'le prix de la perceuse c'est 35 €' sans perceuse demande laquelle; le bouton applique à celle choisie", async () => {
    await m.register("Ana", "fr", "Lyon");
    await m.say("Ana", "je vends mon vélo de ville 100 € à Lyon");
    await m.say("Ana", "je vends ma table en chêne 150 €");
    const asked = await m.say("Ana", "le prix de la perceuse c'est 35 €");
    expect(allText(asked)).toContain("« perceuse »");
    await m.press("Ana", button(asked, "Vélo de ville"));
    await m.say("Ana", "oui");
    expect(await prices("Ana")).toEqual({ "Vélo de ville": 3500, "Table en chêne": 15000 });
  });
});

describe("a correction of a waiting draft keeps what it says beyond the fields it corrects", () => {
  it("FR: 'le prix c'est 120, elle a une petite rayure' → 120 € and the scratch in the description; 'à Lyon 7e, livraison possible' keeps the delivery", async () => {
    await m.register("Eva", "fr", "Lyon");
    await m.say("Eva", "je vends ma table en chêne 150 €");
    await m.say("Eva", "le prix c'est 120, elle a une petite rayure");
    await m.say("Eva", "à Lyon 7e, livraison possible");
    await m.say("Eva", "oui");
    const [table] = await m.listings("Eva");
    expect(table?.price).toEqual({ amount: 12000, currency: "EUR" });
    expect(table?.location?.place).toBe("Lyon 7e");
    expect(table?.description).toContain("Elle a une petite rayure");
    expect(table?.description).toContain("Livraison possible");
    // The correction's own words are no fact: nothing about the price in the description.
    expect(table?.description).not.toContain("prix");
  });

  it("EN: 'actually it's 120, and it has a small scratch' sets the price (it was ignored) and keeps the scratch", async () => {
    await m.register("Tom", "en", "Lyon");
    await m.say("Tom", "selling my oak table for 150 euros");
    await m.say("Tom", "actually it's 120, and it has a small scratch");
    await m.say("Tom", "title: Oak table for 6");
    await m.say("Tom", "yes");
    const [table] = await m.listings("Tom");
    expect(table?.title).toBe("Oak table for 6");
    expect(table?.price).toEqual({ amount: 12000, currency: "EUR" });
    expect(table?.description).toBe("It has a small scratch");
  });
});

describe("a new posting while another waits never drops the one waiting", () => {
  it("FR: 'je vends aussi ma chaise …' under the table's preview: the chair is read from its own words, the table keeps its Publier button", async () => {
    await m.register("Ugo", "fr", "Lyon");
    await m.say("Ugo", "je vends ma table en chêne 150 €");
    const both = await m.say("Ugo", "je vends aussi ma chaise en bois 20 €, un pied un peu bancal");
    expect(allText(both)).toContain("« Table en chêne » attend toujours");
    const reminder = { ...both, replies: both.replies.slice(-1) };
    await m.say("Ugo", "oui");
    expect(await prices("Ugo")).toEqual({ "Chaise en bois": 2000 });
    await m.press("Ugo", button(reminder, "Publier"));
    expect(await prices("Ugo")).toEqual({ "Chaise en bois": 2000, "Table en chêne": 15000 });
    expect((await descriptions("Ugo"))["Chaise en bois"]).toContain("un pied un peu bancal");
  });

  it("EN: a second posting published at once leaves the first one waiting: 'yes' then posts it", async () => {
    await m.register("Ivy", "en", "Lyon");
    await m.say("Ivy", "selling my oak table for 150 euros");
    const second = await m.say("Ivy", "also selling my wooden chair for 20 euros in Lyon");
    expect(allText(second)).toContain('"Oak table" is still waiting');
    await m.say("Ivy", "yes");
    expect(await prices("Ivy")).toEqual({ "Wooden chair": 2000, "Oak table": 15000 });
  });
});

/** The bodies of the messages `who` sent that are still there. */
async function sentBodies(who: string): Promise<string[]> {
  const rows = await t.core.db.prisma.message.findMany({ where: { senderId: m.id[who], deletedAt: null }, orderBy: { seq: "asc" } });
  return rows.map((row) => row.body);
}

describe("a change of mind while a message is asked for sends nothing; 'undo!! …' takes a message back", () => {
  it("EN: 'hmm actually never mind, too expensive' cancels; 'undo!! I didn't want to send that' deletes the message just sent", async () => {
    await m.register("Valentine", "en", "Lyon");
    await m.register("Jake", "en", "Lyon");
    const asked = await m.say("Jake", "write to Valentine");
    expect(allText(asked)).toContain("What do you want to write to");
    await m.say("Jake", "hmm actually never mind, too expensive");
    expect(await sentBodies("Jake")).toEqual([]);
    await m.say("Jake", "write to Valentine: see you at 6");
    expect(await sentBodies("Jake")).toEqual(["see you at 6"]);
    await m.say("Jake", "undo!! I didn't want to send that");
    expect(await sentBodies("Jake")).toEqual([]);
    // "Never mind the delay, …" names a thing: it is the message.
    await m.say("Jake", "write to Valentine");
    await m.say("Jake", "Never mind the delay, is the lamp still there?");
    expect(await sentBodies("Jake")).toEqual(["Never mind the delay, is the lamp still there?"]);
  });

  it("FR: 'laisse tomber, trop cher' et 'non finalement' n'envoient rien; 'oups annule, pas voulu' reprend le message", async () => {
    await m.register("Mathilde", "fr", "Lyon");
    await m.register("Bruno", "fr", "Lyon");
    await m.say("Bruno", "écris à Mathilde");
    await m.say("Bruno", "laisse tomber, trop cher");
    await m.say("Bruno", "écris à Mathilde");
    await m.say("Bruno", "non finalement");
    expect(await sentBodies("Bruno")).toEqual([]);
    await m.say("Bruno", "écris à Mathilde : à samedi");
    expect(await sentBodies("Bruno")).toEqual(["à samedi"]);
    await m.say("Bruno", "oups annule, pas voulu");
    expect(await sentBodies("Bruno")).toEqual([]);
  });
});

describe("a posting waiting for its town survives a look elsewhere", () => {
  it("FR: 'attends j'ai des messages ?' then 'ok. villeurbanne' posts the swap; 'mes annonces' then 'villeurbanne' posts the guitar", async () => {
    await m.register("Hana", "fr");
    await m.say("Hana", "echange ma ps4 slim 500go + 2 manettes contre une switch");
    const look = await m.say("Hana", "attends j'ai des messages ?");
    expect(allText(look)).toContain("attend toujours");
    await m.say("Hana", "ok. villeurbanne");
    const offer = (await m.listings("Hana")).find((l) => l.kind === "offer");
    expect(offer?.location?.place).toBe("Villeurbanne");
    await m.register("Hana2", "fr");
    await m.say("Hana2", "je vends ma guitare electrique squier strat 150e");
    await m.say("Hana2", "mes annonces");
    await m.say("Hana2", "villeurbanne");
    const [guitar] = await m.listings("Hana2");
    expect(guitar?.price).toEqual({ amount: 15000, currency: "EUR" });
    expect(guitar?.location?.place).toBe("Villeurbanne");
  });

  it("EN: 'my listings' then 'Leeds', 'do I have messages?' then 'ok, in Leeds' post the guitar in Leeds", async () => {
    await m.register("Finn", "en");
    await m.say("Finn", "selling my electric guitar 150 euros");
    await m.say("Finn", "my listings");
    await m.say("Finn", "Leeds");
    await m.register("Finn2", "en");
    await m.say("Finn2", "selling my electric guitar 150 euros");
    await m.say("Finn2", "do I have messages?");
    await m.say("Finn2", "ok, in Leeds");
    for (const who of ["Finn", "Finn2"]) {
      const [guitar] = await m.listings(who);
      expect(guitar?.title).toBe("Electric guitar");
      expect(guitar?.location?.place).toBe("Leeds");
    }
  });
});

describe("a description edit never touches the price; money said as a deposit is no price", () => {
  it("FR: '… caution 20€' in the description leaves the free loan free; 'c'est gratuit, les 20e c'est juste la caution' keeps it free", async () => {
    await m.register("Paul", "fr");
    await m.say("Paul", "je prête ma perceuse gratuitement à Lyon");
    if ((await m.listings("Paul")).length === 0) await m.say("Paul", "oui");
    await m.say("Paul", "change la description de la perceuse : Perceuse Bosch PSB 500, prêtée le week-end, caution 20€");
    let [drill] = await m.listings("Paul");
    expect(drill?.price?.amount).toBe(0);
    expect(drill?.description).toBe("Perceuse Bosch PSB 500, prêtée le week-end, caution 20€");
    await m.say("Paul", "non la perceuse c'est gratuit, les 20e c'est juste la caution");
    [drill] = await m.listings("Paul");
    expect(drill?.price?.amount).toBe(0);
  });

  it("EN: '…, 20 pounds deposit' in the description and 'the 20 is just the deposit' leave the drill free", async () => {
    await m.register("Rose", "en");
    await m.say("Rose", "lending my drill for free in Leeds");
    if ((await m.listings("Rose")).length === 0) await m.say("Rose", "yes");
    await m.say("Rose", "set the description of the drill to Bosch PSB 500, lent at weekends, 20 pounds deposit");
    let [drill] = await m.listings("Rose");
    expect(drill?.price?.amount).toBe(0);
    expect(drill?.description).toBe("Bosch PSB 500, lent at weekends, 20 pounds deposit");
    await m.say("Rose", "the 20 euros is just the deposit, the drill is free");
    [drill] = await m.listings("Rose");
    expect(drill?.price?.amount).toBe(0);
  });
});

describe("a description keeps what the member says about the thing, never what they said to the assistant", () => {
  it("FR: 'laisse tomber.' and 'bon je reprends :' stay out of the description; the details stay in", async () => {
    const lamp = await posted("Gus", "fr", ["laisse tomber. je vends ma lampe 15 € à Lyon, abat-jour un peu jauni"]);
    expect(lamp.description).not.toMatch(/laisse tomber/i);
    expect(lamp.description).toContain("abat-jour un peu jauni");
    const table = await posted("Gus2", "fr", ["bon je reprends : je vends ma table basse en bois 40 € à Nantes, quelques rayures"]);
    expect(table.description).not.toMatch(/reprends/i);
    expect(table.description).toContain("quelques rayures");
  });

  it("EN: 'post a request:' stays out of the want's description", async () => {
    const sofa = await posted("Ben", "en", ["post a request: a sofa bed in Lyon, under 200 euros, must fit a small flat"]);
    expect(sofa.kind).toBe("want");
    expect(sofa.description).not.toMatch(/post a request/i);
    expect(sofa.description).toContain("must fit a small flat");
  });
});

/** How many conversations `who` has. */
async function conversationCount(who: string): Promise<number> {
  return t.core.db.prisma.conversationMember.count({ where: { userId: m.id[who] } });
}

describe("no conversation exists without a message", () => {
  it("EN: 'write to Nora' then 'cancel' leaves no conversation; the message, when written, opens it", async () => {
    await m.register("Nora", "en", "Lyon");
    await m.register("Carl", "en", "Lyon");
    await m.say("Carl", "write to Nora");
    await m.say("Carl", "cancel");
    expect(await conversationCount("Carl")).toBe(0);
    await m.say("Carl", "write to Nora");
    await m.say("Carl", "is the lamp still there?");
    expect(await conversationCount("Carl")).toBe(1);
    expect(await sentBodies("Carl")).toEqual(["is the lamp still there?"]);
  });

  it("FR: 'écris à Léa' puis 'annule' ne laisse aucune conversation", async () => {
    await m.register("Léa", "fr", "Lyon");
    await m.register("Marc", "fr", "Lyon");
    await m.say("Marc", "écris à Léa");
    await m.say("Marc", "annule");
    expect(await conversationCount("Marc")).toBe(0);
  });
});

/** The messages `who` sent, each with the names of the other members of its conversation. */
async function sentTo(who: string): Promise<{ body: string; to: string[] }[]> {
  const rows = await t.core.db.prisma.message.findMany({
    where: { senderId: m.id[who], deletedAt: null },
    orderBy: { seq: "asc" },
    include: { conversation: { include: { members: { include: { user: { select: { name: true } } } } } } },
  });
  return rows.map((row) => ({
    body: row.body,
    to: row.conversation.members.filter((x) => x.userId !== m.id[who]).map((x) => x.user.name),
  }));
}

describe("a typed answer to 'which conversation?' that names one option picks it", () => {
  it("FR: 'réponds : merci, à samedi' with two unread threads → 'mathieu' answers Mathieu's", async () => {
    await m.register("Hugo", "fr", "Lyon");
    await m.register("Mathieu", "fr", "Lyon");
    await m.register("Sofia", "fr", "Lyon");
    await m.say("Mathieu", "écris à Hugo : tu es dispo samedi ?");
    await m.say("Sofia", "écris à Hugo : la perceuse est toujours là ?");
    const asked = await m.say("Hugo", "réponds : merci, à samedi");
    expect(await sentTo("Hugo")).toEqual([]);
    expect(asked.replies.some((r) => (r.quickReplies ?? []).length >= 2)).toBe(true);
    await m.say("Hugo", "mathieu");
    expect(await sentTo("Hugo")).toEqual([{ body: "merci, à samedi", to: ["Mathieu"] }]);
  });

  it("EN: 'reply: thanks, see you saturday' with two unread threads → 'the second one' answers the second shown", async () => {
    await m.register("Willa", "en", "Lyon");
    await m.register("Peter", "en", "Lyon");
    await m.register("Quinn", "en", "Lyon");
    await m.say("Peter", "write to Willa: are you free on saturday?");
    await m.say("Quinn", "write to Willa: is the drill still there?");
    const asked = await m.say("Willa", "reply: thanks, see you saturday");
    expect(await sentTo("Willa")).toEqual([]);
    const second = asked.replies.flatMap((r) => r.quickReplies ?? [])[1]?.label ?? "";
    await m.say("Willa", "the second one");
    const sent = await sentTo("Willa");
    expect(sent).toHaveLength(1);
    expect(second).toContain(sent[0]?.to[0] ?? "nobody");
  });
});
