/**
 * A week of marketplace life through the assistant, as a newcomer ran it, and what a reviewer
 * found in the code (session 9), asserted on the data each turn leaves (the review row, the
 * stored listing fields, which listing changed), in French and English:
 * - a review keeps what the member said about the other one, not only the stars, and shows it;
 * - a listing filed in the wrong category is moved by chat to the category named, and the
 *   assistant asks with buttons when the words name none or several;
 * - in a waiting draft, only money said as money sets the price: a year, a postcode, a measure
 *   or a size is no price (and stays in the description); a number alone is asked about;
 * - "vendu" / "it's sold" deletes nothing by itself: asked with Supprimer / Garder (Delete /
 *   Keep), on the listing in focus or named ("sold" names none), as every deletion is asked;
 * - "la description : …" / "description: …" (no verb) describes the listing meant or the draft;
 *   a 10,000-character description is refused as a description, nothing written, a draft kept;
 *   a reply repeats at most the start of the member's words.
 */
import { runMatchingRound } from "@relais/core/matching/marketplace-matching";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allText, button, Members, type MyListing } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

type Match = { id: string; status: string; participants: { name: string }[] };
async function swapBetween(who: string, other: string): Promise<Match | undefined> {
  const res = await t.request("GET", "/api/v1/matches?limit=50", { token: m.token[who] });
  expect(res.status, res.text).toBe(200);
  return (res.body.items as Match[]).find((match) => match.participants.some((p) => p.name === other));
}

/** Two members who swap `a`'s thing for `b`'s, agree and both say it is done. */
async function completedSwap(a: string, aPosts: string, b: string, bPosts: string, says: Record<string, [string, string]>) {
  await m.postAll(a, [aPosts]);
  await m.postAll(b, [bPosts]);
  await runMatchingRound(t.core.market);
  for (const who of [a, b]) await m.say(who, says[who]?.[0] ?? "");
  for (const who of [a, b]) await m.say(who, says[who]?.[1] ?? "");
  const swap = await swapBetween(a, b);
  expect(swap?.status).toBe("completed");
  return swap as Match;
}

async function reviewsOf(matchId: string) {
  return t.core.db.prisma.review.findMany({ where: { matchId }, select: { authorId: true, rating: true, comment: true } });
}

beforeAll(async () => {
  t = await startTestApi();
  m = new Members(t);
  for (const [name, locale] of [
    ["Nora", "fr"],
    ["Ugo", "fr"],
    ["Lena", "en"],
    ["Jake", "en"],
  ] as const)
    await m.register(name, locale, "Lyon");
});
afterAll(async () => {
  await t?.close();
});

describe("a review keeps the member's words", () => {
  it("FR: '5 étoiles, très sympa et ponctuel' stores the comment; 'laisse un avis à nora' then '4, arrangeant mais un peu en retard' too; both shown", async () => {
    const swap = await completedSwap(
      "Nora",
      "j'échange mon skateboard complet contre un trépied photo à Lyon",
      "Ugo",
      "j'échange mon trépied photo Manfrotto contre un skateboard à Lyon",
      {
        Nora: ["ok j'accepte l'échange avec ugo", "l'échange avec ugo est fait"],
        Ugo: ["j'accepte l'échange avec nora", "c'est bon on a fait l'échange"],
      },
    );
    const saved = await m.say("Nora", "5 étoiles, très sympa et ponctuel");
    expect(allText(saved)).toContain("« très sympa et ponctuel »");
    const asked = await m.say("Ugo", "je veux laisser un avis pour nora");
    expect(asked.interpretation.intent).toBe("review_member");
    await m.say("Ugo", "4, arrangeant mais un peu en retard");
    const reviews = await reviewsOf(swap.id);
    expect(reviews.find((r) => r.authorId === m.id.Nora)).toMatchObject({ rating: 5, comment: "très sympa et ponctuel" });
    expect(reviews.find((r) => r.authorId === m.id.Ugo)).toMatchObject({ rating: 4, comment: "arrangeant mais un peu en retard" });
    // Shown where reviews are shown: the public profile (REST) and the profile card in chat.
    const profile = await t.request("GET", `/api/v1/users/${m.id.Ugo}`, { token: m.token.Nora });
    expect(profile.body.reviews.map((r: { comment: string | null }) => r.comment)).toEqual(["très sympa et ponctuel"]);
    const card = await m.say("Ugo", "mon profil");
    expect(card.replies[0]?.cards?.[0]?.text).toContain("★★★★★ « très sympa et ponctuel » — Nora");
  });

  it("EN: '4 stars, friendly but late' stores the comment; '5 stars for lena' stores none; the other's profile card shows it", async () => {
    const swap = await completedSwap(
      "Lena",
      "swapping my camping tent for a folding bike in Lyon",
      "Jake",
      "swapping my folding bike for a camping tent in Lyon",
      { Lena: ["I accept the swap with jake", "swap done with jake"], Jake: ["accept the swap with lena", "we did the swap"] },
    );
    await m.say("Lena", "4 stars, friendly but late");
    await m.say("Jake", "5 stars for lena");
    const reviews = await reviewsOf(swap.id);
    expect(reviews.find((r) => r.authorId === m.id.Lena)).toMatchObject({ rating: 4, comment: "friendly but late" });
    expect(reviews.find((r) => r.authorId === m.id.Jake)).toMatchObject({ rating: 5, comment: null });
    const card = await m.say("Lena", "show me jake's profile");
    expect(card.replies[0]?.cards?.[0]?.text).toContain('★★★★☆ "friendly but late" — Lena');
  });
});

describe("a listing's category corrected by chat", () => {
  const categoryOf = async (who: string, title: string) => (await m.listings(who)).find((l: MyListing) => l.title === title)?.category.slug;

  it("FR: 'mets mon carton de livres dans la catégorie livres', 'mauvaise catégorie pour mon bureau, c'est un meuble'; 'jeux' and 'trucs bizarres' ask and change nothing", async () => {
    await m.register("Alice", "fr", "Lyon");
    await m.postAll("Alice", ["je vends un carton de livres 10 € à Lyon", "je vends un bureau en bois 40 € à Lyon"]);
    expect(await categoryOf("Alice", "Carton de livres")).toBe("moving");
    await m.say("Alice", "mets mon carton de livres dans la catégorie livres");
    expect(await categoryOf("Alice", "Carton de livres")).toBe("books");
    expect(await categoryOf("Alice", "Bureau en bois")).toBe("furniture");

    await m.say("Alice", "change la catégorie du bureau en électronique");
    expect(await categoryOf("Alice", "Bureau en bois")).toBe("electronics");
    const fixed = await m.say("Alice", "mauvaise catégorie pour mon bureau, c'est un meuble");
    expect(fixed.interpretation.intent).toBe("update_listing");
    expect(await categoryOf("Alice", "Bureau en bois")).toBe("furniture");
    expect(await categoryOf("Alice", "Carton de livres")).toBe("books");
    // A search in a category is no edit.
    const search = await m.say("Alice", "je cherche des livres dans la catégorie meubles");
    expect(search.interpretation.intent).toBe("search_listings");
    expect(await categoryOf("Alice", "Carton de livres")).toBe("books");
    // "wrong category" without a new one asks.
    const asked = await m.say("Alice", "le bureau est dans la mauvaise catégorie");
    expect(allText(asked)).toMatch(/^Dans quelle catégorie mettre « Bureau en bois » \?/);
    expect(await categoryOf("Alice", "Bureau en bois")).toBe("furniture");

    // Two categories fit "jeux": asked with a button each, nothing changed until one is pressed.
    const games = await m.say("Alice", "change la catégorie du carton de livres : jeux");
    expect(games.replies[0]?.quickReplies?.map((q) => q.label)).toEqual(["Jeux vidéo", "Jeux de société"]);
    expect(await categoryOf("Alice", "Carton de livres")).toBe("books");
    await m.press("Alice", button(games, "Jeux de société"));
    expect(await categoryOf("Alice", "Carton de livres")).toBe("board-games");

    // A category that does not exist: every category of goods offered, nothing changed; the answer may be typed.
    const unknown = await m.say("Alice", "mets le bureau dans la catégorie trucs bizarres");
    expect(allText(unknown)).toContain("Je ne connais pas de catégorie « trucs bizarres »");
    expect(await categoryOf("Alice", "Bureau en bois")).toBe("furniture");
    const options = (unknown.replies[0] as { select?: { options: { label: string }[] } }).select?.options.map((o) => o.label);
    expect(options).toContain("Outils et bricolage");
    await m.say("Alice", "outils");
    expect(await categoryOf("Alice", "Bureau en bois")).toBe("tools");
    await m.say("Alice", "remets le bureau dans la catégorie meubles");
    expect(await categoryOf("Alice", "Bureau en bois")).toBe("furniture");
    // A posting that names a category is a posting, never a move of a listing.
    const posting = await m.say("Alice", "je vends mon bureau d'appoint dans la catégorie meubles");
    expect(posting.interpretation.intent).toBe("create_listing");
    expect(await categoryOf("Alice", "Bureau en bois")).toBe("furniture");
    expect(await categoryOf("Alice", "Carton de livres")).toBe("board-games");
  });

  it("EN: 'change the category of my desk to electronics', 'wrong category for my desk, it's furniture' (Undo puts it back), a draft's 'category: tools'", async () => {
    await m.register("Bob", "en", "Leeds");
    await m.postAll("Bob", ["selling my desk 40 pounds in Leeds", "selling a box of books 10 pounds in Leeds"]);
    await m.say("Bob", "change the category of my desk to electronics");
    expect(await categoryOf("Bob", "Desk")).toBe("electronics");
    const fixed = await m.say("Bob", "wrong category for my desk, it's furniture");
    expect(await categoryOf("Bob", "Desk")).toBe("furniture");
    await m.press("Bob", button(fixed, "Undo"));
    expect(await categoryOf("Bob", "Desk")).toBe("electronics");
    await m.say("Bob", "move my box of books to the books category");
    expect(await categoryOf("Bob", "Box of books")).toBe("books");
    await m.say("Bob", "the box of books should be in board games, wrong category");
    expect(await categoryOf("Bob", "Box of books")).toBe("board-games");
    // "games" fits two categories: asked, and answered by typing one.
    const games = await m.say("Bob", "change the category of the desk to games");
    expect(games.replies[0]?.quickReplies?.map((q) => q.label)).toEqual(["Video games", "Board games"]);
    await m.say("Bob", "video games");
    expect(await categoryOf("Bob", "Desk")).toBe("video-games");
    await m.say("Bob", "change the category of the desk to electronics");
    expect(await categoryOf("Bob", "Desk")).toBe("electronics");

    // While a posting is previewed, the category said goes to the draft.
    const draft = await m.say("Bob", "selling a thingamajig in Leeds");
    expect(button(draft, "Post it")).toBeDefined();
    const moved = await m.say("Bob", "category: tools");
    expect(allText(moved)).toContain("Tools and DIY");
    await m.press("Bob", button(moved, "Post it"));
    expect(await categoryOf("Bob", "Thingamajig")).toBe("tools");
  });
});

describe("a number in a waiting draft is a price only when it reads as money", () => {
  const stored = async (who: string, title: string) => (await m.listings(who)).find((l) => l.title === title);

  it("FR: 'c'est 2019' and '75011' set no price (the year is kept, the postcode is the place); 'taille 42' neither; '42' alone is asked, 'non' keeps no price", async () => {
    await m.register("Chloé", "fr", "Lyon");
    const car = await m.say("Chloé", "je vends ma voiture peugeot 208");
    expect(button(car, "Publier")).toBeDefined();
    await m.say("Chloé", "c'est 2019");
    await m.say("Chloé", "75011");
    const priced = await m.say("Chloé", "le prix c'est 4500");
    await m.press("Chloé", button(priced, "Publier"));
    const published = await stored("Chloé", "Voiture peugeot 208");
    expect(published?.price).toEqual({ amount: 450000, currency: "EUR" });
    expect(published?.description).toContain("2019");
    expect(published?.location?.place).toMatch(/^Paris/);

    const shoes = await m.say("Chloé", "je vends des chaussures de foot");
    expect(button(shoes, "Publier")).toBeDefined();
    await m.say("Chloé", "taille 42");
    const asked = await m.say("Chloé", "42");
    expect(allText(asked)).toMatch(/^« 42 » : est-ce le prix de « Chaussures de foot » \?/);
    const kept = await m.say("Chloé", "non");
    expect(allText(kept)).not.toContain("42 €");
    await m.press("Chloé", button(kept, "Publier"));
    const boots = await stored("Chloé", "Chaussures de foot");
    expect(boots?.price).toBeNull();
    expect(boots?.description).toContain("Taille 42");
  });

  it("EN: '12 volts' and 'it's a 2019' set no price; '42' alone asked, 'yes' sets it in the place's money; 'actually it's 35' corrects it", async () => {
    await m.register("Harry", "en", "Leeds");
    const battery = await m.say("Harry", "selling a car battery");
    expect(button(battery, "Post it")).toBeDefined();
    await m.say("Harry", "12 volts");
    const year = await m.say("Harry", "it's a 2019");
    expect(allText(year)).not.toMatch(/2,019/);
    const asked = await m.say("Harry", "42");
    expect(allText(asked)).toMatch(/^"42": is that the price of "Car battery"\?/);
    const yes = await m.say("Harry", "yes");
    expect(allText(yes)).toContain("£42");
    const corrected = await m.say("Harry", "actually it's 35");
    await m.press("Harry", button(corrected, "Post it"));
    const published = await stored("Harry", "Car battery");
    expect(published?.price).toEqual({ amount: 3500, currency: "GBP" });
    expect(published?.description).toContain("12 volts");
    expect(published?.description).toContain("2019");
  });
});

describe("a sale said as a fact deletes nothing on its own", () => {
  const rows = async (who: string) =>
    (await t.core.db.prisma.listing.findMany({ where: { ownerId: m.id[who] }, select: { title: true, status: true } }))
      .map((l) => `${l.title}:${l.status}`)
      .sort();

  it("FR: 'c'est vendu' on the listing shown asks Supprimer / Garder, 'Garder' keeps it; 'la perceuse est vendue' → Supprimer deletes only it; 'supprime …' still asks Oui / Non", async () => {
    await m.register("Inès", "fr", "Lyon");
    await m.postAll("Inès", [
      "je vends une perceuse bosch 30 € à Lyon",
      "je vends une table basse 40 € à Lyon",
      "je vends une lampe 10 € à Lyon",
    ]);
    const all = ["Lampe:active", "Perceuse bosch:active", "Table basse:active"];
    const list = await m.say("Inès", "mes annonces");
    const order = list.replies[0]?.cards?.map((c) => c.title) ?? [];
    await m.say("Inès", `la ${order.indexOf("Table basse") + 1}`);
    const sold = await m.say("Inès", "c'est vendu");
    expect(allText(sold)).toBe("C'est vendu ? Je supprime l'annonce « Table basse » ?");
    expect(button(sold, "Supprimer")).toBeDefined();
    expect(await rows("Inès")).toEqual(all);
    await m.press("Inès", button(sold, "Garder"));
    expect(await rows("Inès")).toEqual(all);

    const drill = await m.say("Inès", "la perceuse est vendue");
    expect(await rows("Inès")).toEqual(all);
    await m.press("Inès", button(drill, "Supprimer"));
    expect(await rows("Inès")).toEqual(["Lampe:active", "Table basse:active"]);

    const marked = await m.say("Inès", "marque la lampe comme vendue");
    expect(button(marked, "Supprimer")).toBeDefined();
    expect(await rows("Inès")).toEqual(["Lampe:active", "Table basse:active"]);
    await m.say("Inès", "annule");

    const explicit = await m.say("Inès", "supprime mon annonce table basse");
    expect(allText(explicit)).toBe("Supprimer l'annonce « Table basse » ?");
    expect(button(explicit, "Oui")).toBeDefined();
    expect(await rows("Inès")).toEqual(["Lampe:active", "Table basse:active"]);
  });

  it("EN: 'it's sold' with no listing in focus asks which (never 'none matches \"sold\"'), then Delete / Keep; 'the rug is gone' → Delete deletes it", async () => {
    await m.register("Owen", "en", "Leeds");
    await m.postAll("Owen", ["selling a drill 30 pounds in Leeds", "selling a rug 15 pounds in Leeds"]);
    await t.request("DELETE", "/api/v1/assistant/session", { token: m.token.Owen });
    const which = await m.say("Owen", "it's sold");
    expect(allText(which)).toBe("Which of your listings?");
    const asked = await m.press("Owen", button(which, "Drill"));
    expect(allText(asked)).toBe('Sold? Shall I delete the listing "Drill"?');
    expect(button(asked, "Keep")).toBeDefined();
    expect((await rows("Owen")).length).toBe(2);
    await m.say("Owen", "no");
    expect((await rows("Owen")).length).toBe(2);
    const rug = await m.say("Owen", "the rug is gone");
    await m.press("Owen", button(rug, "Delete"));
    expect(await rows("Owen")).toEqual(["Drill:active"]);
  });
});

describe("descriptions said without a verb, too long, and what a reply repeats", () => {
  const descriptionOf = async (who: string, title: string) => (await m.listings(who)).find((l) => l.title === title)?.description;

  it("FR: 'la description : …' and 'nouvelle description pour le bureau : …' describe the listing; 10,000 characters are refused naming the description; a long name is echoed cut", async () => {
    await m.register("Jade", "fr", "Lyon");
    await m.postAll("Jade", ["je vends un bureau en bois 40 € à Lyon", "je vends une lampe 10 € à Lyon"]);
    const list = await m.say("Jade", "mes annonces");
    const order = list.replies[0]?.cards?.map((c) => c.title) ?? [];
    await m.say("Jade", `la ${order.indexOf("Bureau en bois") + 1}`);
    await m.say("Jade", "la description : tiroir un peu dur");
    expect(await descriptionOf("Jade", "Bureau en bois")).toBe("tiroir un peu dur");
    await m.say("Jade", "nouvelle description pour la lampe : abat-jour en lin");
    expect(await descriptionOf("Jade", "Lampe")).toBe("abat-jour en lin");
    expect(await descriptionOf("Jade", "Bureau en bois")).toBe("tiroir un peu dur");

    const refused = await m.say("Jade", `change la description du bureau : ${"Très bon état. ".repeat(700)}`);
    expect(allText(refused)).toMatch(/^La description : Trop long \(maximum 5000 caractères\)/);
    expect(await descriptionOf("Jade", "Bureau en bois")).toBe("tiroir un peu dur");

    // The draft waits through a refused description, and takes the next one.
    const chair = await m.say("Jade", "je vends une chaise en bois");
    expect(button(chair, "Publier")).toBeDefined();
    const tooLong = await m.say("Jade", `la description : ${"Assise paillée. ".repeat(700)}`);
    expect(allText(tooLong)).toMatch(/^La description : Trop long/);
    const described = await m.say("Jade", "la description : assise paillée");
    await m.press("Jade", button(described, "Publier"));
    expect(await descriptionOf("Jade", "Chaise en bois")).toBe("assise paillée");

    const long = await m.say(
      "Jade",
      "change le prix de mon grand vélo bleu vintage de course avec le cadre en carbone et la selle en cuir marron et les garde-boue chromés à 90 €",
    );
    const echoed = /« ([^»]*) »/.exec(allText(long))?.[1] ?? "";
    expect(echoed.endsWith("…"), allText(long)).toBe(true);
    expect(echoed.length).toBeLessThanOrEqual(60);
    expect((await m.listings("Jade")).map((l) => l.price?.amount ?? null).sort()).toEqual([1000, 4000, null].sort());
  });

  it("EN: 'description: …' and 'the description is …' describe the listing; 10,000 characters refused naming the description, the draft kept; a long name is echoed cut", async () => {
    await m.register("Kit", "en", "Leeds");
    await m.postAll("Kit", ["selling my desk 40 pounds in Leeds"]);
    await m.say("Kit", "description: barely used, a few scratches");
    expect(await descriptionOf("Kit", "Desk")).toBe("barely used, a few scratches");
    await m.say("Kit", "the description is solid oak, two drawers");
    expect(await descriptionOf("Kit", "Desk")).toBe("solid oak, two drawers");
    const refused = await m.say("Kit", `set the description to ${"Barely used. ".repeat(800)}`);
    expect(allText(refused)).toMatch(/^The description: Too long \(at most 5000 characters\)/);
    expect(await descriptionOf("Kit", "Desk")).toBe("solid oak, two drawers");

    const chair = await m.say("Kit", "selling a chair");
    expect(button(chair, "Post it")).toBeDefined();
    await m.say("Kit", `description: ${"A wobbly leg. ".repeat(800)}`);
    const described = await m.say("Kit", "description: a wobbly leg");
    await m.press("Kit", button(described, "Post it"));
    expect(await descriptionOf("Kit", "Chair")).toBe("a wobbly leg");

    const long = await m.say(
      "Kit",
      "change the price of my blue vintage racing bike with the carbon frame and the brooks leather saddle to 90",
    );
    const echoed = /"([^"]*)"/.exec(allText(long))?.[1] ?? "";
    expect(echoed.endsWith("…")).toBe(true);
    expect(echoed.length).toBeLessThanOrEqual(60);
    expect((await m.listings("Kit")).map((l) => l.price?.amount ?? null).sort()).toEqual([4000, null].sort());
  });
});
