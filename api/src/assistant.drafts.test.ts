/**
 * Issue 12, principles 4, 7 and 9 as multi-turn conversations over HTTP (rows A10–A13, A18,
 * A19, A33–A37, A45 of TRIED-AS-A-NEW-USER.md, each with another wording): drafts survive
 * corrections, follow-ups people use, small talk. Asserted on the data over REST (the profile,
 * the listings, the search the assistant ran).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

type Profile = {
  headline: string | null;
  skills: string[];
  rates: { daily: number | null; hourly: number | null };
  location: { place: string } | null;
};
async function profile(who: string): Promise<Profile> {
  const res = await t.request("GET", "/api/v1/me/profile", { token: m.token[who] });
  expect(res.status, res.text).toBe(200);
  return res.body as Profile;
}

const CAMILLE_CV =
  "voici mon CV : Camille Martin — Développeuse front-end freelance, 7 ans d'expérience. React, TypeScript, Next.js, Node.js, GraphQL, un peu de Figma. TJM 550€. Basée à Lyon, ok pour du remote. Expériences : Decathlon (2021-2024), lead front.";
const JAKE_CV =
  "here's my CV: Jake Turner - Senior full-stack developer based in Lyon. Node, React, PostgreSQL. Experience: 2020-2023 Lead dev at Acme, 2017-2020 developer at Globex.";

beforeAll(async () => {
  t = await startTestApi({ RELAIS_DEMO_DATA: "true" });
  m = new Members(t);
  for (const [name, locale] of [
    ["Camille", "fr"],
    ["Jake", "en"],
    ["Sofia", "fr"],
    ["Nina", "en"],
    ["Hugo", "fr"],
    // One profile sentence with several fields (session 8's newcomer)
    ["Mathis", "fr"],
    ["Owen", "en"],
    // A preview published once, however many of its buttons are pressed
    ["Lou", "fr"],
    ["Ben", "en"],
    // A description edit that says no new text
    ["Tess", "en"],
    ["Noé", "fr"],
  ] as const)
    await m.register(name, locale);
});
afterAll(async () => {
  await t?.close();
});

describe("principle 4: a profile draft survives corrections (A33–A36)", () => {
  it("FR: the CV's years are no rate; 'non le tjm c'est 550 pas 2021 !!' corrects, the name is not the headline, 'oui' saves", async () => {
    const draft = await m.say("Camille", CAMILLE_CV);
    expect(allText(draft)).toContain("profil");
    const corrected = await m.say("Camille", "non le tjm c'est 550 pas 2021 !!");
    expect(corrected.interpretation.intent).toBe("update_profile");
    await m.say("Camille", "mets comme titre : Développeuse React / TypeScript senior");
    await m.say("Camille", "ajoute vue.js aux compétences et enlève figma");
    // A turn the engine cannot place keeps the draft.
    const kept = await m.say("Camille", "hmm attends je réfléchis");
    expect(allText(kept)).toContain("brouillon");
    expect((await profile("Camille")).headline).toBeNull();
    await m.say("Camille", "oui");
    const saved = await profile("Camille");
    expect(saved.headline).toBe("Développeuse React / TypeScript senior");
    expect(saved.rates.daily).toBe(55000);
    expect(saved.skills).toContain("vue");
    expect(saved.skills).not.toContain("figma");
  });

  it("EN: 'there's no day rate, remove it' removes it from the draft and deletes no listing", async () => {
    await m.say("Jake", "selling my desk lamp for 15 euros in Lyon");
    const draft = await m.say("Jake", JAKE_CV);
    expect(allText(draft)).not.toContain("2,020");
    await m.say("Jake", "there's no day rate, remove it");
    const again = await m.say("Jake", "no!! don't delete it");
    expect(again.interpretation.intent).toBe("cancel");
    expect((await m.listings("Jake")).map((l) => l.title)).toEqual(["Desk lamp"]);
  });

  it("EN: a corrected headline and an added skill are saved; the name never becomes the headline", async () => {
    await m.say("Nina", JAKE_CV.replace("Jake Turner", "Nina Park"));
    await m.say("Nina", "my headline should be Senior React developer");
    await m.say("Nina", "add vue.js");
    await m.say("Nina", "yes");
    const saved = await profile("Nina");
    expect(saved.headline).toBe("Senior React developer");
    expect(saved.skills).toContain("vue");
    expect(saved.rates.daily).toBeNull();
  });

  it("FR: looking at one's listings while a draft waits leaves the draft to save", async () => {
    await m.say("Hugo", "voici mon CV : Hugo Petit — Développeur backend, Go et PostgreSQL, TJM 600 €, basé à Lyon.");
    const list = await m.say("Hugo", "mes annonces");
    expect(list.interpretation.intent).toBe("my_listings");
    await m.say("Hugo", "oui");
    expect((await profile("Hugo")).rates.daily).toBe(60000);
  });
});

describe("A37: a saved profile's headline changes in French", () => {
  it("'change mon titre de profil en …' changes the headline, not the skills", async () => {
    const before = await profile("Camille");
    await m.say("Camille", "change mon titre de profil en Développeuse React senior");
    const after = await profile("Camille");
    expect(after.headline).toBe("Développeuse React senior");
    expect(after.skills).toEqual(before.skills);
  });
});

describe("principle 7: editing a listing by chat (A10–A13)", () => {
  it("FR: renames after 'mes annonces' → 'la première' without the words of the command or the quotes", async () => {
    await m.say("Sofia", "je vends mon vélo de ville 90 € à Vénissieux");
    await m.say("Sofia", "mes annonces");
    await m.say("Sofia", "la première");
    await m.say("Sofia", "modifie le titre de l'annonce en Vélo de ville Peugeot");
    expect((await m.listings("Sofia")).map((l) => l.title)).toEqual(["Vélo de ville Peugeot"]);
    await m.say("Sofia", "renomme-la en « Vélo de ville »");
    expect((await m.listings("Sofia")).map((l) => l.title)).toEqual(["Vélo de ville"]);
  });

  it("EN: sets and adds to the description, pauses it and puts it back online; Undo restores the old text", async () => {
    await m.say("Jake", "selling my fender acoustic guitar 120 euros in Lyon");
    const set = await m.say("Jake", "set the description to solid spruce top, comes with a gig bag");
    let guitar = (await m.listings("Jake")).find((l) => l.title.startsWith("Fender"));
    expect(guitar?.description).toBe("solid spruce top, comes with a gig bag");
    await m.say("Jake", "add to the description: and a capo");
    guitar = (await m.listings("Jake")).find((l) => l.title.startsWith("Fender"));
    expect(guitar?.description).toBe("solid spruce top, comes with a gig bag\nand a capo");
    await m.say("Jake", "pause it");
    expect((await m.listings("Jake")).find((l) => l.title.startsWith("Fender"))?.status).toBe("paused");
    await m.say("Jake", "put it back online");
    expect((await m.listings("Jake")).find((l) => l.title.startsWith("Fender"))?.status).toBe("active");
    await m.press("Jake", button(set, "Undo"));
    guitar = (await m.listings("Jake")).find((l) => l.title.startsWith("Fender"));
    expect(guitar?.description).not.toContain("spruce");
  });
});

describe("principle 7: follow-ups on a search (A18, A19)", () => {
  it("FR: 'le quatrième', 'le 4e', 'le dernier' and 'la 2' open the item of the list shown", async () => {
    const results = await m.say("Camille", "je cherche un vélo à Lyon");
    const titles = results.replies[0]?.cards?.map((c) => c.title) ?? [];
    expect(titles.length).toBeGreaterThanOrEqual(2);
    for (const [said, index] of [
      ["le deuxième", 1],
      ["la 2", 1],
      ["le dernier", titles.length - 1],
      ["le premier", 0],
    ] as const) {
      const shown = await m.say("Camille", said);
      expect(shown.replies[0]?.cards?.[0]?.title, said).toBe(titles[index]);
    }
  });

  it("FR/EN: a price or a radius alone refines the last search", async () => {
    await m.say("Camille", "je cherche un vélo à Lyon");
    const cheaper = await m.say("Camille", "moins de 50 euros");
    expect(cheaper.interpretation).toMatchObject({ intent: "search_listings", slots: { maxPrice: 5000, place: "Lyon" } });
    const radius = await m.say("Camille", "dans un rayon de 5 km");
    expect(radius.interpretation).toMatchObject({ intent: "search_listings", slots: { radiusKm: 5, place: "Lyon" } });
    await m.say("Nina", "looking for a guitar in Lyon");
    const within = await m.say("Nina", "within 3 km");
    expect(within.interpretation).toMatchObject({ intent: "search_listings", slots: { radiusKm: 3, place: "Lyon" } });
  });
});

describe("principle 9: small talk gets a short human answer (A45)", () => {
  it.each([
    ["Camille", "merci beaucoup !", "Avec plaisir !"],
    ["Camille", "top merci", "Avec plaisir !"],
    ["Camille", "bonne soirée", "Merci, à bientôt !"],
    ["Jake", "thx mate", "You're welcome!"],
    ["Jake", "lol", "😄 Anything else?"],
  ])("%s: %s", async (who, said, answer) => {
    await m.say(who, "annule");
    const reply = await m.say(who, said);
    expect(reply.replies[0]?.text).toBe(answer);
  });
});

describe("principle 6: the language changes only on a clear, sustained switch", () => {
  it("an English member's 'annule' is answered in English and keeps English; a whole French sentence switches, 'ok' keeps it", async () => {
    await m.register("Liam", "en");
    await m.say("Liam", "looking for a bike in Lyon");
    const cancel = await m.say("Liam", "annule");
    expect(cancel.replies[0]?.text).toBe("Cancelled. Let's start over.");
    const thanks = await m.say("Liam", "merci");
    expect(thanks.replies[0]?.text).toBe("You're welcome!");
    const french = await m.say("Liam", "je cherche une table basse pas chère à Lyon s'il vous plaît");
    expect(french.replies[0]?.text).not.toMatch(/result|Nothing/);
    const ok = await m.say("Liam", "ok");
    expect(ok.replies[0]?.text).toMatch(/^Parfait/);
    const back = await m.say("Liam", "show me the bikes around Lyon please");
    expect(back.replies[0]?.text).not.toMatch(/résultat|Rien/);
  });
});

describe("principles 1 and 4: a previewed posting is edited, kept and published once", () => {
  it("EN: 'Change' then 'the price is 150' then 'yes' publishes the corrected price", async () => {
    await m.register("Ava", "en");
    const preview = await m.say("Ava", "selling my road bike, bought in 2019, 120 euros in Lyon");
    expect(await m.listings("Ava")).toEqual([]);
    await m.press("Ava", button(preview, "Change"));
    await m.say("Ava", "the price is 150");
    await m.say("Ava", "yes");
    const listings = await m.listings("Ava");
    expect(listings).toHaveLength(1);
    expect(listings[0]?.price?.amount).toBe(15000);
  });

  it("FR: looking at 'mes annonces' while a posting waits, then 'oui' publishes it once", async () => {
    await m.register("Zoe", "fr");
    await m.say("Zoe", "je vends une table basse, 3 ans, 40 € à Lyon");
    const list = await m.say("Zoe", "mes annonces");
    expect(list.interpretation.intent).toBe("my_listings");
    await m.say("Zoe", "oui");
    const listings = await m.listings("Zoe");
    expect(listings.map((l) => l.title)).toEqual(["Table basse"]);
    expect(listings[0]?.price?.amount).toBe(4000);
  });

  it("EN: a giveaway with a size is free once confirmed", async () => {
    await m.register("Leo", "en");
    const answer = await m.say("Leo", "giving away a grey sofa, 3 seater, in Lyon");
    if ((await m.listings("Leo")).length === 0) await m.press("Leo", button(answer, "Post it"));
    const [sofa] = await m.listings("Leo");
    expect(sofa?.price?.amount).toBe(0);
    expect(sofa?.category.slug).toBe("furniture");
  });

  it("FR: a turn the engine cannot place keeps the posting; 'annule' drops it and nothing is written", async () => {
    await m.register("Rose", "fr");
    await m.say("Rose", "je vends ma lampe, 2 ampoules, 10 € à Lyon");
    const kept = await m.say("Rose", "euh attends");
    expect(allText(kept)).toContain("en attente");
    await m.say("Rose", "annule");
    await m.say("Rose", "oui");
    expect(await m.listings("Rose")).toEqual([]);
  });
});

describe("A39: a report names its target, or asks", () => {
  it("EN: 'I wanna report a user' after talking about someone asks whom and why, and reports nobody", async () => {
    await m.register("Max", "en");
    const before = await t.core.db.prisma.report.count();
    await m.say("Max", "looking for a guitar in Lyon");
    await m.say("Max", "the first one");
    const asked = await m.say("Max", "I wanna report a user");
    expect(asked.replies[0]?.text).toBe("Which member do you want to report, and why?");
    await m.say("Max", "cancel");
    expect(await t.core.db.prisma.report.count()).toBe(before);
  });
});

describe("A43: an answer to 'Did you mean …?' fills the place", () => {
  it.each([
    ["Paul", "oui villeurbanne"],
    ["Yann", "le premier"],
  ])("%s: '%s' after a typo in the town", async (who, answer) => {
    await m.register(who, "fr");
    const asked = await m.say(who, "je vends mon vélo de ville 50 € à villeurbane");
    expect(allText(asked)).toContain("Villeurbanne");
    const next = await m.say(who, answer);
    if ((await m.listings(who)).length === 0) await m.press(who, button(next, "Publier"));
    const [bike] = await m.listings(who);
    expect(bike?.location?.place).toBe("Villeurbanne");
  });
});

describe("one profile sentence, every field it names", () => {
  it("FR: 'tjm 400, compétences wordpress php et seo, j'habite villeurbanne' saves all three; 'ajoute photoshop et canva' adds both", async () => {
    await m.say("Mathis", "mets a jour mon profil : tjm 400, competences wordpress php et seo, jhabite villeurbanne");
    let saved = await profile("Mathis");
    expect(saved.rates.daily).toBe(40000);
    expect(saved.skills).toEqual(expect.arrayContaining(["wordpress", "php", "seo"]));
    expect(saved.location?.place).toBe("Villeurbanne");
    await m.say("Mathis", "ajoute photoshop et canva a mes competences");
    saved = await profile("Mathis");
    expect(saved.skills).toEqual(expect.arrayContaining(["wordpress", "php", "seo", "photoshop", "canva"]));
  });

  it("EN: 'day rate 500 euros, skills react, typescript, …, based in Lyon' saves all three; 'add …, … and … to my skills' adds each", async () => {
    await m.say("Owen", "update my profile: day rate 500 euros, skills react, typescript, graphql, based in Lyon");
    let saved = await profile("Owen");
    expect(saved.rates.daily).toBe(50000);
    expect(saved.skills).toEqual(expect.arrayContaining(["react", "typescript", "graphql"]));
    expect(saved.location?.place).toBe("Lyon");
    await m.say("Owen", "add python, django and docker to my skills");
    saved = await profile("Owen");
    expect(saved.skills).toEqual(expect.arrayContaining(["react", "typescript", "graphql", "python", "django", "docker"]));
  });
});

describe("a draft is published once", () => {
  it("FR: 'Publier' pressed twice, then 'oui', leaves one listing and says it is already published", async () => {
    const preview = await m.say("Lou", "je vends ma table basse en bois, quelques rayures sur le dessus, 40 €, Nantes");
    const publish = button(preview, /^Publier$/);
    expect(publish).toBeTruthy();
    await m.press("Lou", publish);
    const again = await m.press("Lou", publish);
    expect(again.replies[0]?.text).toContain("déjà publié");
    await m.say("Lou", "oui");
    expect((await m.listings("Lou")).filter((l) => l.title.startsWith("Table basse"))).toHaveLength(1);
  });

  it("EN: 'yes' then the preview's 'Post it' leaves one listing", async () => {
    const preview = await m.say("Ben", "selling my wooden coffee table, a few scratches on the legs, 40 pounds, Leeds");
    const publish = button(preview, /^Post it$/);
    expect(publish).toBeTruthy();
    await m.say("Ben", "yes");
    const again = await m.press("Ben", publish);
    expect(again.replies[0]?.text).toContain("already published");
    expect((await m.listings("Ben")).filter((l) => /coffee table/i.test(l.title))).toHaveLength(1);
  });
});

describe("a description edit with no new text writes nothing", () => {
  it("EN: 'change the description of my drill', 'the description is wrong', '… please' leave the description as it was", async () => {
    await m.say("Tess", "selling my Bosch drill 40 pounds in Leeds");
    if ((await m.listings("Tess")).length === 0) await m.press("Tess", button(await m.say("Tess", "yes"), /^Post it$/));
    await m.say("Tess", "set the description to comes with two batteries");
    for (const text of ["change the description of my drill", "the description is wrong", "can you change the description please"]) {
      await m.say("Tess", text);
      expect((await m.listings("Tess"))[0]?.description, text).toBe("comes with two batteries");
    }
  });

  it("FR: 'la description est fausse' leaves it; 'change la description : …' still sets it", async () => {
    await m.say("Noé", "je vends ma perceuse Bosch 40 € à Lyon");
    await m.say("Noé", "change la description de la perceuse en livrée avec deux batteries");
    await m.say("Noé", "la description est fausse");
    expect((await m.listings("Noé"))[0]?.description).toBe("livrée avec deux batteries");
    await m.say("Noé", "change la description : deux batteries et un chargeur");
    expect((await m.listings("Noé"))[0]?.description).toBe("deux batteries et un chargeur");
  });
});
