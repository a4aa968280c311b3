/**
 * Intents by class (issue 11): a filter said alone after a search refines it ("within 5 km
 * only", "dans un rayon de 25 km plutôt", "what about Bath?"), a name typed in lower case still
 * receives a relayed message, asking whether the other side answered is the inbox, and "le
 * dernier message de julie" reads Julie's conversation.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";
import { ordinalIn, placeIn } from "./slots.ts";
import { tokenize } from "./text.ts";

const lastSearch = { intent: "search_listings" as const, slots: { q: "kids bikes", place: "Oxford" } };

describe("follow-ups and the inbox", () => {
  it("refines the last search with a radius said alone, whatever follows it", () => {
    for (const [text, lang, km] of [
      ["within 5 km only", "en", 5],
      ["dans un rayon de 25 km plutot", "fr", 25],
      ["à 10 bornes max", "fr", 10],
      ["ok within 3 miles then", "en", 5],
    ] as const)
      expect(interpret(text, lang, { lastSearch }), text).toMatchObject({
        intent: "search_listings",
        slots: { q: "kids bikes", place: "Oxford", radiusKm: km },
      });
  });

  it("sorts the last search when asked politely ('can you …', 'tu peux …'), in both languages", () => {
    for (const [text, lang, sort] of [
      ["can you sort them by distance", "en", "distance"],
      ["could you sort them by price?", "en", "price"],
      ["tu peux les trier par prix ?", "fr", "price"],
      ["vous pouvez les trier par distance ?", "fr", "distance"],
    ] as const)
      expect(interpret(text, lang, { lastSearch }), text).toMatchObject({
        intent: "search_listings",
        slots: { q: "kids bikes", place: "Oxford", sort },
      });
    // a request of another kind stays itself, a new thing asked politely is a new search
    expect(interpret("can you show my listings", "en", { lastSearch }).intent).toBe("my_listings");
    expect(interpret("tu peux trier mes annonces par date", "fr", { lastSearch }).intent).toBe("my_listings");
    expect(interpret("can you look for desks in Paris", "en", { lastSearch })).toMatchObject({
      intent: "search_listings",
      slots: { q: "desks", place: "Paris" },
    });
  });

  it("moves the last search to a town named after 'what about', even one that is also a word", () => {
    expect(interpret("what about Bath?", "en", { lastSearch })).toMatchObject({
      intent: "search_listings",
      slots: { q: "kids bikes", place: "Bath" },
    });
  });

  it("moves the last search with 'mm chose à …' (SMS for 'même chose'), to a hyphenated town too", () => {
    expect(interpret("mm chose mais à Pointe-à-Pitre", "fr", { lastSearch })).toMatchObject({
      intent: "search_listings",
      slots: { q: "kids bikes", place: "Pointe-à-Pitre" },
    });
    expect(interpret("mme chose à Angers", "fr", { lastSearch }).slots).toMatchObject({ q: "kids bikes", place: "Angers" });
    // (a country said where a "recipient" would stand is no one to write to)
    expect(interpret("kayak biplace en Suisse ?", "fr").intent).toBe("search_listings");
  });

  it("reads things that found a home as gone: the listing is to be removed (asked before anything is deleted)", () => {
    expect(interpret("bon, les lapins ont tous trouvé une famille !", "fr").intent).toBe("delete_listing");
    expect(interpret("great news, the puppies have all found new homes", "en").intent).toBe("delete_listing");
    expect(interpret("je cherche une famille pour mes lapins", "fr").intent).toBe("create_listing");
    // (the member finding a home, or some still to give, removes nothing)
    expect(interpret("on a trouvé une maison, on vend tous nos meubles", "fr").intent).not.toBe("delete_listing");
    expect(interpret("4 of the puppies found homes, 2 left to give away", "en").intent).not.toBe("delete_listing");
  });

  it("relays a message to a name typed in lower case", () => {
    expect(interpret("tell siobhan I'm at the bus stop", "en")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "siobhan", body: "I'm at the bus stop" },
    });
  });

  it("reads 'did the buyer reply?' as the inbox and 'le dernier message de julie' as Julie's conversation", () => {
    expect(interpret("did the buyer reply yet?", "en").intent).toBe("show_conversations");
    expect(interpret("lis-moi le dernier message de julie", "fr")).toMatchObject({
      intent: "read_conversation",
      slots: { recipient: "julie" },
    });
  });

  it("keeps the rhythm said enough when another is stopped, and reads no status in a new title", () => {
    expect(interpret("no more daily emails, a weekly digest is enough", "en").slots.digest).toBe("weekly");
    expect(interpret("renomme l'annonce table en : table de ferme en chêne", "fr").slots).not.toHaveProperty("status");
  });
});

describe("a hello before a request", () => {
  it("is politeness: the request after it says what to do, and 'salut, ça va ?' stays a greeting", () => {
    expect(interpret("hello, is the rowing machine still available?", "en").intent).not.toBe("greeting");
    expect(interpret("coucou, je vends mon vélo 100€ à Lyon", "fr").intent).toBe("create_listing");
    expect(interpret("Bonjour, ça va ?", "fr").intent).toBe("greeting");
    expect(interpret("hi, how are you doing today?", "en").intent).toBe("greeting");
  });
});

describe("the newcomer's week (lead's third note)", () => {
  it("never reads a question about whether someone wrote as a message to them", () => {
    expect(interpret("did Camille get back to me?", "en")).toMatchObject({ intent: "read_conversation", slots: { recipient: "Camille" } });
    expect(interpret("Valentine m'a répondu ?", "fr")).toMatchObject({ intent: "read_conversation", slots: { recipient: "Valentine" } });
    expect(interpret("has the seller replied yet?", "en").intent).toBe("show_conversations");
    expect(interpret("did anyone reply to my applications?", "en").intent).not.toBe("show_conversations");
  });

  it("reads 'also looking for' a new thing as a new search with only what it says", () => {
    const previous = { intent: "search_listings" as const, slots: { q: "chaise de bureau", place: "Lyon", maxPrice: 5000 } };
    expect(interpret("je cherche aussi une lampe de chevet, max 30", "fr", { lastSearch: previous }).slots).toEqual({
      q: "lampe de chevet",
      maxPrice: 3000,
    });
    expect(interpret("et des tables ?", "fr", { lastSearch: previous }).slots).toMatchObject({ q: "tables", place: "Lyon" });
  });

  it("reads a first-person service with a rate as an offer, free stuff as a search for free things", () => {
    expect(interpret("je tonds vos pelouses, 15e de l'heure, sur Angers", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 1500, place: "Angers" },
    });
    expect(interpret("anything really, free stuff", "en")).toMatchObject({ intent: "search_listings", slots: { maxPrice: 0 } });
    expect(interpret("anything really, free stuff", "en").slots).not.toHaveProperty("q");
  });

  it("reads 'pa cher' as 'pas cher', and a button's label typed back as no town", () => {
    expect(interpret("jcherche un grille-pain pa cher sur lyon", "fr").slots).toEqual({ q: "grille-pain", place: "Lyon" });
    expect(placeIn("Publier", tokenize("Publier"))).toBeUndefined();
    expect(placeIn("Annecy", tokenize("Annecy"))).toBe("Annecy");
  });
});

describe("small talk and title changes whatever the model leans to", () => {
  it("answers 'lol' and 'merci !' as small talk, 'corrige le titre : …' as a change of title, 'iphone 12 200 euros' as a model and a price", () => {
    expect(interpret("lol", "en").intent).toBe("unknown");
    expect(interpret("merci !", "fr").intent).toBe("unknown");
    expect(interpret("salut", "fr").intent).toBe("greeting");
    expect(interpret("corrige le titre : c'est une Clio 5, pas une Clio 4", "fr")).toMatchObject({
      intent: "update_listing",
      slots: { title: "Clio 5" },
    });
    expect(interpret("vends iphone 12 200 euros paris", "fr").slots).toMatchObject({ title: "iphone 12", price: 20000 });
  });
});

describe("a filter said alone, however it is spaced", () => {
  it("refines the last search when spaces run long ('under 50      please', a pasted line with runs of spaces)", () => {
    for (const text of [`under 50${" ".repeat(40)}please`, `moins de   50 €   svp`, `under 50${" ".repeat(2000)}x x`])
      expect(interpret(text, "en", { lastSearch }), text.slice(0, 30)).toMatchObject({
        intent: "search_listings",
        slots: { q: "kids bikes", place: "Oxford", maxPrice: 5000 },
      });
  });
});

describe("a profile's title is no listing's", () => {
  it("reads 'change le titre de mon profil en …' as the profile's headline", () => {
    expect(interpret("change le titre de mon profil en dev fullstack React", "fr")).toMatchObject({
      intent: "update_profile",
      slots: { headline: "dev fullstack React" },
    });
    expect(interpret("change the title on my profile to Senior Python developer", "en").slots.headline).toBe("Senior Python developer");
  });

  it("reads a time with 'last' / 'dernier' as when, never as the last item, in both languages; the reference alone stays one", () => {
    for (const text of [
      "I bought it last summer",
      "last Christmas",
      "since last year",
      "over the last few weeks",
      "the last 3 months",
      "last Monday",
      "last night",
      "l'été dernier",
      "l'an dernier",
      "la semaine dernière",
      "le week-end dernier",
      "dimanche dernier",
      "la dernière fois",
      "à Noël dernier",
      "en juin dernier",
    ])
      expect(ordinalIn(text, tokenize(text)), text).toBeUndefined();
    for (const text of ["the last one", "la dernière", "delete the last one", "le dernier"])
      expect(ordinalIn(text, tokenize(text)), text).toBe("last");
  });

  it("keeps the last search for another thing, another size or a cap said with a word of talk", () => {
    for (const [text, lang, q] of [
      ["same but for scooters", "en", "scooters"],
      ["now show me helmets", "en", "helmets"],
      ["pareil pour des trottinettes", "fr", "trottinettes"],
    ] as const)
      expect(interpret(text, lang, { lastSearch }), text).toMatchObject({ intent: "search_listings", slots: { q, place: "Oxford" } });
    const boots = { intent: "search_listings" as const, slots: { q: "bottes taille 30", place: "Lille" } };
    expect(interpret("taille 31 plutôt", "fr", { lastSearch: boots }).slots).toEqual({ q: "bottes taille 31", place: "Lille" });
    expect(interpret("size 9 then", "en", { lastSearch }).slots).toEqual({ q: "kids bikes size 9", place: "Oxford" });
    const jackets = { intent: "search_listings" as const, slots: { q: "veste taille L", place: "Lyon" } };
    expect(interpret("taille M plutôt", "fr", { lastSearch: jackets }).slots).toEqual({ q: "veste taille M", place: "Lyon" });
    expect(interpret("size xl then", "en", { lastSearch: jackets }).slots).toEqual({ q: "veste size XL", place: "Lyon" });
    expect(interpret("jusqu'à 80 en fait", "fr", { lastSearch }).slots).toEqual({ q: "kids bikes", place: "Oxford", maxPrice: 8000 });
    expect(interpret("que celles à moins de 50€", "fr", { lastSearch }).slots).toEqual({
      q: "kids bikes",
      place: "Oxford",
      maxPrice: 5000,
    });
  });

  it("reads the member's new town in a profile change, set or said as where they now are", () => {
    for (const [text, lang, place] of [
      ["I moved to Vevey, update my town", "en", "Vevey"],
      ["I'm in Toronto now, change my hourly rate to 50 dollars", "en", "Toronto"],
      ["relocating from Madrid to Porto, please change my city to Porto", "en", "Porto"],
      ["change ma ville pour Colmar et ajoute que je parle anglais", "fr", "Colmar"],
      ["mets 500 dh par jour, je suis à Rabat maintenant", "fr", "Rabat"],
    ] as const)
      expect(interpret(text, lang), text).toMatchObject({ intent: "update_profile", slots: { place } });
    expect(interpret("je ne fais plus de télétravail, mets à jour mon profil", "fr").slots.remote).toBe(false);
  });

  it("reads a question of how linking works as help, a code said as linking", () => {
    expect(interpret("how do I link my Teams account?", "en").intent).toBe("help");
    expect(interpret("comment je peux lier mon compte Slack ?", "fr").intent).toBe("help");
    expect(interpret("voici mon code pour lier mon compte : 482 913", "fr").intent).toBe("link_account");
  });

  it("reads a recipient's handle with its underscore and a last name bound by a hyphen", () => {
    expect(interpret("écris à marco_78 : ok pour demain", "fr").slots).toMatchObject({ recipient: "marco_78", body: "ok pour demain" });
    expect(interpret("c'est qui Anne Saint-Pierre ? montre son profil", "fr").slots.recipient).toBe("Anne Saint-Pierre");
    expect(interpret("dis à Paul Le-Goff que je passe demain", "fr").slots).toMatchObject({
      recipient: "Paul Le-Goff",
      body: "je passe demain",
    });
    expect(interpret("message Anne De-Vries: ok for tomorrow", "en").slots).toMatchObject({
      recipient: "Anne De-Vries",
      body: "ok for tomorrow",
    });
  });

  it("tells the assistant's language preferred from things in a language or people who speak one", () => {
    for (const [text, lang, language] of [
      ["je préfère l'anglais", "fr", "en"],
      ["plutôt en français à partir de maintenant", "fr", "fr"],
      ["can we do this in English", "en", "en"],
      ["my French is bad, use English", "en", "en"],
      ["mets l'appli en anglais", "fr", "en"],
    ] as const)
      expect(interpret(text, lang), text).toMatchObject({ intent: "set_preferences", slots: { language } });
    expect(interpret("romans policiers en anglais, n'importe où, les moins chers", "fr").intent).toBe("search_listings");
    expect(interpret("any French-speaking babysitters around Leeds?", "en")).toMatchObject({
      intent: "search_listings",
      slots: { place: "Leeds" },
    });
    expect(interpret("I speak English and Dutch", "en").intent).toBe("update_profile");
  });

  it("reads things shown within a distance as a search, and pausing all one's listings as a change", () => {
    expect(interpret("montre les trottinettes dans un rayon de 10km", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { radiusKm: 10 },
    });
    expect(interpret("désactive toutes mes annonces, je pars en vacances 3 semaines", "fr")).toMatchObject({
      intent: "update_listing",
      slots: { status: "paused" },
    });
  });

  it("sends what follows a first name and its colon when it is talk, and 'send Paul a message saying …'", () => {
    expect(interpret("Julie: ok pour 45€ je passe ce soir", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Julie", body: "ok pour 45€ je passe ce soir" },
    });
    expect(interpret("send Paul a message saying I'll offer 50 for the lamp", "en")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Paul" },
    });
    expect(interpret("Lyon: bikes under 100", "en").intent).toBe("search_listings");
  });

  it("searches a brand or a title named with the noun of a thing, and keeps members named with words of writing or reading", () => {
    for (const [text, lang, q] of [
      ["chaussures Nike", "fr", "chaussures Nike"],
      ["poussette Bugaboo d'occasion", "fr", "poussette Bugaboo d'occasion"],
      ["je veux un vélo Décathlon", "fr", "vélo Décathlon"],
      ["Harry Potter books", "en", "Harry Potter books"],
    ] as const)
      expect(interpret(text, lang), text).toMatchObject({ intent: "search_listings", slots: { q } });
    expect(interpret("what did Tom say about the bike", "en")).toMatchObject({ intent: "read_conversation", slots: { recipient: "Tom" } });
    expect(interpret("relis ce que m'a écrit Gabriel", "fr").intent).toBe("read_conversation");
    expect(interpret("flag Marco, he insulted me", "en").intent).toBe("report_user");
  });

  it("searches the things a line shows ('montre-moi les vélos', 'fais voir les PS5'), never one listing or the member's own", () => {
    for (const [text, lang, q] of [
      ["montre moi les vélos", "fr", "vélos"],
      ["montre-moi les Clio diesel", "fr", "Clio diesel"],
      ["fais voir les PS5", "fr", "PS5"],
      ["show the PS5 listings", "en", "PS5"],
    ] as const)
      expect(interpret(text, lang), text).toMatchObject({ intent: "search_listings", slots: { q } });
    expect(interpret("montre moi mes annonces", "fr").intent).toBe("my_listings");
    expect(interpret("montre les photos", "fr").intent).toBe("show_listing");
    expect(interpret("show the piano one in detail", "en").intent).toBe("show_listing");
  });

  it("reads a recipient's last name opened by particles, joined by an apostrophe, or a first name bound by a hyphen", () => {
    for (const [text, lang, recipient] of [
      ["dis à Anne-Sophie Le Gall que le vélo est dispo", "fr", "Anne-Sophie Le Gall"],
      ["écris à Van der Berg que c'est vendu", "fr", "Van der Berg"],
      ["dis à Mehdi Ben Ali que je passe demain", "fr", "Mehdi Ben Ali"],
      ["tell Jan van Dijk I'm coming", "en", "Jan van Dijk"],
      ["tell O'Brien I'll pick it up Saturday", "en", "O'Brien"],
      ["what did Jean-Luc say?", "en", "Jean-Luc"],
    ] as const)
      expect(interpret(text, lang).slots.recipient, text).toBe(recipient);
    expect(interpret("dis à Julie de La Rochelle que j'arrive", "fr").slots.recipient).toBe("Julie");
  });

  it("reads a buyer taking a listing or asking its price as a word to its owner, never a deletion or a search", () => {
    for (const [text, lang] of [
      ["I'll take it", "en"],
      ["how much for the sofa?", "en"],
      ["ok je le prends", "fr"],
      ["combien pour le vélo ?", "fr"],
    ] as const)
      expect(interpret(text, lang).intent, text).toBe("send_message");
    expect(interpret("I'll take the first match", "en").intent).toBe("accept_match");
  });

  it("adds a kind asked alone to the thing last looked for ('et en électrique ?', 'kids ones?', 'et en 3 places ?')", () => {
    const bikes = { intent: "search_listings" as const, slots: { q: "vélo", place: "Lyon" } };
    for (const [text, q] of [
      ["et en électrique ?", "vélo électrique"],
      ["et pour enfant ?", "vélo enfant"],
      ["et en 26 pouces ?", "vélo 26 pouces"],
    ] as const)
      expect(interpret(text, "fr", { lastSearch: bikes }).slots, text).toEqual({ q, place: "Lyon" });
    const english = { intent: "search_listings" as const, slots: { q: "bike", place: "Leeds" } };
    expect(interpret("kids ones?", "en", { lastSearch: english })).toMatchObject({ intent: "search_listings", slots: { q: "bike kids" } });
    expect(interpret("what about electric ones?", "en", { lastSearch: english }).slots.q).toBe("bike electric");
    // (a distance or a town asked alone stays one)
    expect(interpret("what about 30 km", "en", { lastSearch: english }).slots).toMatchObject({ q: "bike", radiusKm: 30 });
    expect(interpret("and in york?", "en", { lastSearch: english }).slots).toEqual({ q: "bike", place: "York" });
  });
});

describe("which listings to show, by distance", () => {
  it("is a standing preference when no thing is named, in both languages", () => {
    for (const [text, lang, km] of [
      ["inutile de me proposer des annonces à plus de 12 km, je n'ai pas de voiture", "fr", 12],
      ["ne me montre que les annonces à moins de 8 km", "fr", 8],
      ["aucune annonce au-delà de 35 km stp", "fr", 35],
      ["passe mon rayon à 40 km", "fr", 40],
      ["I only want to see stuff within 15 km", "en", 15],
      ["no ads further than 25 km please", "en", 25],
      ["set my search radius to 30 km", "en", 30],
    ] as const)
      expect(interpret(text, lang, {}), text).toMatchObject({ intent: "set_preferences", slots: { maxDistanceKm: km } });
  });

  it("stays a search when a thing is named, and 'more listings nearby' is no setting", () => {
    expect(interpret("ne me montre que les vélos à moins de 10 km", "fr", {})).toMatchObject({
      intent: "search_listings",
      slots: { radiusKm: 10 },
    });
    expect(interpret("only show me prams within 10 km", "en", {}).intent).toBe("search_listings");
    expect(interpret("plus d'annonces à moins de 5 km ?", "fr", {}).intent).not.toBe("set_preferences");
  });
});

describe("a question about the state of the world", () => {
  it("is nothing Relais can look up: no search, no profile, whatever the words", () => {
    for (const [text, lang] of [
      ["le col de l'Iseran est fermé ?", "fr"],
      ["les bus circulent demain à Grenoble ?", "fr"],
      ["c'est quoi le meilleur resto de Lille", "fr"],
      ["is the Eurostar running today?", "en"],
      ["are the ski lifts open in Morzine?", "en"],
      ["i'm bored", "en"],
    ] as const)
      expect(interpret(text, lang, {}).intent, text).toBe("unknown");
  });

  it("is nothing Relais does when a booking, the web, a translation, trivia, a share price, a recipe or a score is asked", () => {
    for (const [text, lang] of [
      ["réserve-moi une table pour 4 ce soir", "fr"],
      ["find me cheap flights to Dakar", "en"],
      ["google it for me", "en"],
      ["traduis 'bonne nuit' en espagnol", "fr"],
      ["how old is the Colosseum", "en"],
      ["qui a inventé le vélo ?", "fr"],
      ["what's ethereum at today", "en"],
      ["comment faire une tarte tatin", "fr"],
      ["is it going to snow in Annecy tomorrow?", "en"],
    ] as const)
      expect(interpret(text, lang, {}).intent, text).toBe("unknown");
    // (how Relais works, a posting of tickets, a search with rain in its story are Relais's)
    expect(interpret("comment faire une annonce ?", "fr", {}).intent).toBe("help");
    expect(interpret("selling 2 plane tickets to Lisbon, 150€", "en", {}).intent).toBe("create_listing");
    expect(interpret("trouve moi un couvreur à Brest, il pleut dans la cuisine", "fr", {}).intent).toBe("search_listings");
  });

  it("stays about listings when a word of the marketplace is in it", () => {
    expect(interpret("le vélo est toujours dispo ?", "fr", {}).intent).not.toBe("unknown");
    expect(interpret("is the bike still available?", "en", {}).intent).not.toBe("unknown");
    expect(interpret("cherche une boulangerie qui vend du pain sans gluten à Lille", "fr", {}).intent).not.toBe("unknown");
  });
});

describe("one listing, one member, one message, asked in the member's own words", () => {
  const search = { lastSearch: { intent: "search_listings" as const, slots: { q: "vélo", place: "Lyon" } } };
  it("opens one listing named by its thing or its rank, whatever leads in", () => {
    for (const [text, lang] of [
      ["j'aimerais voir l'annonce du vélo cargo", "fr"],
      ["je veux voir le détail de l'offre de cours de guitare", "fr"],
      ["could I see the full listing for the kayak?", "en"],
      ["show me the annonce du canapé", "en"],
      ["y a d'autres photos de la 3 ?", "fr"],
      ["what's the deal with the first one?", "en"],
    ] as const)
      expect(interpret(text, lang, search).intent, text).toBe("show_listing");
    // (a search that sorts by "cheapest first", a price changed on the first listing, stay what they are)
    expect(interpret("show me lamps in Lyon, cheapest first", "en", {}).intent).toBe("search_listings");
    expect(interpret("le prix de la première annonce c'est 20€ maintenant", "fr", {}).intent).toBe("update_listing");
  });

  it("shows a member's profile asked by their name, as the seller, or by their rating", () => {
    for (const [text, lang] of [
      ["c'est qui la vendeuse ?", "fr"],
      ["who's the lady who posted the sewing machine", "en"],
      ["profil du proprio de la 3 stp", "fr"],
      ["open Kofi's profile", "en"],
      ["elle a quelle note Inès ?", "fr"],
      ["is Martin well rated?", "en"],
      ["montre-moi mon profil freelance", "fr"],
    ] as const)
      expect(interpret(text, lang, {}).intent, text).toBe("show_profile");
    expect(interpret("note Inès 4 étoiles", "fr", {}).intent).toBe("review_member");
  });

  it("relays a message to the seller said without 'that', or to a name followed by a hello", () => {
    expect(interpret("tell the owner I can come on Sunday morning", "en", {})).toMatchObject({
      intent: "send_message",
      slots: { body: "I can come on Sunday morning" },
    });
    expect(interpret("demande au proprio si le vélo a une béquille", "fr", {})).toMatchObject({
      intent: "send_message",
      slots: { body: "le vélo a une béquille" },
    });
    expect(interpret("écris à Jeanne Petit bonjour, le lit est-il encore là ?", "fr", {})).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Jeanne Petit" },
    });
  });
});

describe("what a message says and what a profile field holds", () => {
  it("writes to a listing's owner what follows 'if', never to a word of the message", () => {
    const asked = interpret("ask the seller if the tent comes with pegs", "en", {});
    expect(asked).toMatchObject({ intent: "send_message", slots: { body: "the tent comes with pegs" } });
    expect(asked.slots).not.toHaveProperty("recipient");
  });

  it("leaves the frame out of the message: 'pour lui dire que', 'de l'annonce que', 'and say', a quote before the name", () => {
    expect(interpret("envoie un message à Inès pour lui dire que je passe demain", "fr", {}).slots).toMatchObject({
      recipient: "Inès",
      body: "je passe demain",
    });
    expect(interpret("écris au vendeur de l'annonce que le prix me va", "fr", {}).slots).toMatchObject({ body: "le prix me va" });
    expect(interpret("ping Nora and say I'm running late", "en", {}).slots).toMatchObject({ recipient: "Nora", body: "I'm running late" });
    expect(interpret("reply 'sounds good' to Omar", "en", {}).slots).toMatchObject({ recipient: "Omar", body: "sounds good" });
  });

  it("takes a quoted headline said before 'comme accroche', and the dollars of the profile's town", () => {
    expect(interpret("mets 'Menuisière, agencement sur mesure' comme accroche", "fr", {})).toMatchObject({
      intent: "update_profile",
      slots: { headline: "Menuisière, agencement sur mesure" },
    });
    expect(interpret("mon taux horaire : 55 $ de l'heure, et ma ville : Québec", "fr", {}).slots).toMatchObject({
      hourlyRate: 5500,
      currency: "CAD",
    });
  });
});

describe("a posting's kind, a listing's new price and status, and whom a posting speaks to", () => {
  it("reads a search published as a want, a listing made free as price 0, 'back to active' as active", () => {
    expect(interpret("publie ma recherche : studio meublé à Dakar pour août", "fr", {}).slots).toMatchObject({ kind: "want" });
    expect(interpret("make the lamp listing free instead of 15€", "en", {})).toMatchObject({
      intent: "update_listing",
      slots: { price: 0 },
    });
    expect(interpret("mets la table gratuite au lieu de 30€", "fr", {}).slots).toMatchObject({ price: 0 });
    expect(interpret("set my first listing back to active", "en", {}).slots).toMatchObject({ status: "active" });
  });

  it("never titles a posting with the people it asks", () => {
    expect(interpret("I'd like folks to lend me a ladder in Tours, post a request", "en", {}).slots.title).toBe("ladder");
    expect(interpret("besoin d'une remorque samedi, mets une annonce pour que les gens me proposent", "fr", {}).slots.title).toBe(
      "remorque",
    );
  });
});

describe("the member's own lists and settings, asked indirectly", () => {
  it("calls off, links, opens the inbox or the applications, keeps a mission, explains, recalls listings", () => {
    for (const [text, lang, intent] of [
      ["never mind", "en", "cancel"],
      ["oublie ce que je viens de dire", "fr", "cancel"],
      ["actually don't post it, I'm keeping the bike", "en", "cancel"],
      ["connect this account to my Relais profile please", "en", "link_account"],
      ["has anybody replied? posted my desk on monday", "en", "show_conversations"],
      ["who's writing to me these days", "en", "show_conversations"],
      ["j'ai candidaté à la mission vue.js de Nantes la semaine dernière, ça en est où ?", "fr", "show_applications"],
      ["what gigs have I applied to?", "en", "show_applications"],
      ["pin the 2nd", "en", "save_mission"],
      ["garde cette mission de côté", "fr", "save_mission"],
      ["is relais free to use?", "en", "help"],
      ["remind me what I posted last month", "en", "my_listings"],
      ["je ne veux plus recevoir de notifs la nuit", "fr", "set_preferences"],
    ] as const)
      expect(interpret(text, lang, {}).intent, text).toBe(intent);
    // (what a member answered is read, never written to them)
    expect(interpret("what was Hannah's reply?", "en", {})).toMatchObject({ intent: "read_conversation", slots: { recipient: "Hannah" } });
    expect(interpret("c quoi la réponse de Malik", "fr", {})).toMatchObject({ intent: "read_conversation", slots: { recipient: "Malik" } });
    // (one conversation, not the inbox)
    expect(interpret("show messages from Leila", "en", {}).intent).toBe("read_conversation");
  });
});

describe("a proposed swap answered in the member's words", () => {
  it("takes it up or turns it down, never when the words are for a member", () => {
    for (const [text, lang, intent] of [
      ["yes, go ahead with this swap", "en", "accept_match"],
      ["le troc avec Karim ça me va", "fr", "accept_match"],
      ["no thanks, the three-way is too far for me", "en", "decline_match"],
      ["refuse tous les matchs pour mon vélo, je le garde", "fr", "decline_match"],
      ["I don't need his drill, decline", "en", "decline_match"],
    ] as const)
      expect(interpret(text, lang, {}).intent, text).toBe(intent);
    expect(interpret("Réponds à Soline : d'accord pour l'échange, je passe samedi", "fr", {}).intent).toBe("send_message");
  });
});

describe("a want addressed to the members", () => {
  it("is posted for them to answer, while a request to the assistant searches", () => {
    for (const [text, lang] of [
      ["je cherche une perceuse à emprunter ce week-end vers Niort, si qqn a ça 🙏", "fr"],
      ["cherche garage à louer à Pau, max 80€, envoyez-moi vos offres", "fr"],
      ["looking for a kids' bike seat, up to 20€, Ghent, anyone?", "en"],
    ] as const)
      expect(interpret(text, lang, {}), text).toMatchObject({ intent: "create_listing", slots: { kind: "want" } });
    expect(interpret("je cherche une perceuse vers Niort", "fr", {}).intent).toBe("search_listings");
  });

  it("searches the thing, not the words that ask for it ('parmi les annonces', 'vous pourriez me montrer')", () => {
    expect(interpret("Je cherche parmi les annonces un prof de piano à Lyon", "fr", {}).slots.q).toBe("prof de piano");
    expect(interpret("est-ce que vous pourriez me montrer les annonces de vélos cargo autour de Metz ?", "fr", {}).slots.q).toBe(
      "vélos cargo",
    );
  });
});

describe("the new readings never take a posting, a search or words to a member (session 20's review)", () => {
  it("keeps messages to members, postings and searches what they were", () => {
    for (const [text, lang, intent] of [
      ["Tell Sarah: please keep it for me until Sunday", "en", "send_message"],
      ["Dis à Paul : pas de mails le soir stp, appelle-moi", "fr", "send_message"],
      ["Écris à Julie : explique-moi comment monter le meuble", "fr", "send_message"],
      ["can you tell Marc that Tom's answer is no", "en", "send_message"],
      ["Star Wars Lego Millennium Falcon 75192, 500€ à Lyon", "fr", "create_listing"],
      ["Selling my old guitar 120€, open to trade, I'm in Leeds", "en", "create_listing"],
      ["Vélo de course 300€, ok pour le troc", "fr", "create_listing"],
      ["Livre de recettes de grand-mère, 5€, Lyon", "fr", "create_listing"],
      ["Cours de yoga à Lyon 10€ la séance, la salle est ouverte le mardi", "fr", "create_listing"],
      ["Vends canapé, pas de mails après 21h, appelez-moi", "fr", "create_listing"],
      ["just show me ads for bikes within 5 km", "en", "search_listings"],
      ["Buying a road bike in Leeds, nothing over 50 km away", "en", "search_listings"],
      ["Oublie tout ça, je cherche un canapé à Lyon", "fr", "create_listing"],
      ["Is the 2nd one still on?", "en", "show_listing"],
      ["how do I make my profile visible?", "en", "help"],
    ] as const)
      expect(interpret(text, lang, {}).intent, text).toBe(intent);
    expect(interpret("qui est dispo ?", "fr", {}).intent).not.toBe("show_profile");
    expect(interpret("Quelle note a Lucas ?", "fr", {}).intent).toBe("show_profile");
  });

  it("takes no single quoted word for a whole message, and a headline's value after 'as' or 'avec' whole", () => {
    expect(interpret("Écris à Paul : j'ai 'presque' fini le meuble, passe samedi", "fr", {}).slots.body).toBe(
      "j'ai 'presque' fini le meuble, passe samedi",
    );
    expect(interpret("update my tagline as Data nerd", "en", {}).slots.headline).toBe("Data nerd");
    expect(interpret("change mon accroche avec Développeuse web", "fr", {}).slots.headline).toBe("Développeuse web");
    expect(interpret("set my headline to: Yacht chef, Asian cuisine", "en", {}).slots.headline).toBe("Yacht chef, Asian cuisine");
  });

  it("reads a channel said 'instead of' another as the only one, a mission kept to apply to later, and a detail of a ranked listing", () => {
    expect(interpret("notify me on Teams instead of email", "en", {}).slots.notificationChannels).toEqual(["teams"]);
    expect(interpret("préviens-moi sur Discord au lieu des mails", "fr", {}).slots.notificationChannels).toEqual(["discord"]);
    expect(interpret("save it, I'll apply tomorrow", "en", {}).intent).toBe("save_mission");
    expect(interpret("garde-la, je postulerai demain", "fr", {}).intent).toBe("save_mission");
    expect(interpret("apply to it", "en", {}).intent).toBe("apply_mission");
    expect(interpret("c quoi l'état du 4e ?", "fr", {})).toMatchObject({ intent: "show_listing", slots: { ref: 4 } });
    expect(interpret("c'est quoi le prix du 2e ?", "fr", {})).toMatchObject({ intent: "show_listing", slots: { ref: 2 } });
    expect(interpret("how much is the third one?", "en", {})).toMatchObject({ intent: "show_listing", slots: { ref: 3 } });
    expect(interpret("where is the first one?", "en", {})).toMatchObject({ intent: "show_listing", slots: { ref: 1 } });
    expect(interpret("c'est quoi un troc à trois ?", "fr", {}).intent).toBe("help");
  });
});

describe("a follow-up that drops one bound, names the size alone or another thing after 'ok' (session 25)", () => {
  const laptops = {
    lastSearch: { intent: "search_listings" as const, slots: { q: "ordi portable gamer", minPrice: 50000, maxPrice: 90000 } },
  };
  const boots = { lastSearch: { intent: "search_listings" as const, slots: { q: "chaussures de foot taille 42", maxPrice: 3000 } } };
  const coffee = {
    lastSearch: { intent: "search_listings" as const, slots: { q: "machines à café Nespresso", place: "Bordeaux", sort: "price" } },
  };

  it("keeps the search and drops only the bound said, moves the size, keeps the filters for a brand named after 'ok et'", () => {
    expect(interpret("sans minimum", "fr", laptops)).toMatchObject({
      intent: "search_listings",
      slots: { q: "ordi portable gamer", maxPrice: 90000 },
    });
    expect(interpret("sans minimum", "fr", laptops).slots.minPrice).toBeUndefined();
    expect(interpret("ok, no max price then", "en", laptops).slots).toEqual({ q: "ordi portable gamer", minPrice: 50000 });
    expect(interpret("peu importe le prix", "fr", laptops).slots).toEqual({ q: "ordi portable gamer" });
    expect(interpret("en 43 plutôt", "fr", boots)).toMatchObject({
      intent: "search_listings",
      slots: { q: "chaussures de foot taille 43", maxPrice: 3000 },
    });
    expect(interpret("ok et des cafetières Senseo ?", "fr", coffee)).toMatchObject({
      intent: "search_listings",
      slots: { q: "cafetières Senseo", place: "Bordeaux", sort: "price" },
    });
    // (words to a member stay a message, whatever search came before)
    expect(interpret("dis à Senseo que je passe demain", "fr", coffee).intent).toBe("send_message");
    expect(interpret("what's new near Lausanne", "en").slots).toMatchObject({ sort: "recent", place: "Lausanne" });
  });
});

describe("the same filters for another thing, a listing of the list asked about, the search said with 'show me everything' (session 26)", () => {
  const chairs = {
    lastSearch: { intent: "search_listings" as const, slots: { q: "chairs", place: "Brussels", radiusKm: 5, sort: "price" as const } },
  };
  const chaises = { lastSearch: { intent: "search_listings" as const, slots: { q: "chaises", place: "Lyon" } } };

  it("keeps every filter and changes the thing when the member says 'same filters' / 'mêmes filtres'", () => {
    expect(interpret("now tables, same filters", "en", chairs)).toMatchObject({
      intent: "search_listings",
      slots: { q: "tables", place: "Brussels", radiusKm: 5, sort: "price" },
    });
    expect(interpret("mêmes filtres mais des tables", "fr", chaises)).toMatchObject({
      intent: "search_listings",
      slots: { q: "tables", place: "Lyon" },
    });
    // (a filter said with them is a filter, the thing stays)
    expect(interpret("same filters, under 50", "en", chairs).slots).toMatchObject({ q: "chairs", maxPrice: 5000 });
  });

  it("reads a ranked listing asked about as that listing, and 'show me everything within 2 km' as a search", () => {
    expect(interpret("la troisième elle est dans quel état ?", "fr")).toMatchObject({ intent: "show_listing", slots: { ref: 3 } });
    expect(interpret("is the 3rd one still available?", "en")).toMatchObject({ intent: "show_listing", slots: { ref: 3 } });
    expect(interpret("Show me everything within 2 km", "en")).toMatchObject({ intent: "search_listings", slots: { radiusKm: 2 } });
    expect(interpret("only show me listings within 10 km", "en").intent).toBe("set_preferences");
  });
});

describe("'même chose mais …', 'only …', 'try …' after a search; a quoted message, a rhythm kept, the swaps proposed (session 26)", () => {
  const lessons = {
    lastSearch: { intent: "search_listings" as const, slots: { q: "cours de guitare", maxPrice: 3000, place: "Montréal" } },
  };
  const desks = {
    lastSearch: { intent: "search_listings" as const, slots: { q: "desks", kind: "offer" as const, radiusKm: 5, place: "Zurich" } },
  };

  it("changes the thing and keeps the filters; a town after 'same but' moves the search instead", () => {
    expect(interpret("même chose mais des cours de violon", "fr", lessons).slots).toEqual({
      q: "cours de violon",
      maxPrice: 3000,
      place: "Montréal",
    });
    expect(interpret("hmm only standing desks actually", "en", desks).slots).toEqual({
      q: "standing desks",
      kind: "offer",
      radiusKm: 5,
      place: "Zurich",
    });
    expect(
      interpret("try electricians", "en", { lastSearch: { intent: "search_listings", slots: { q: "plumber", place: "Leeds" } } }).slots,
    ).toEqual({
      q: "electricians",
      place: "Leeds",
    });
    expect(interpret("same but in Brussels", "en", desks).slots).toMatchObject({ q: "desks", place: "Brussels" });
  });

  it("relays words in quotes to a name, keeps the rhythm said to suffice, shows the swaps proposed", () => {
    expect(interpret("peux-tu envoyer à Mme Fabre « Vos chaises sont prêtes, passez quand vous voulez »", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Mme Fabre", body: "Vos chaises sont prêtes, passez quand vous voulez" },
    });
    expect(interpret("Tell Mr. O'Brien thanks a million for the lawnmower", "en").slots.recipient).toBe("Mr. O'Brien");
    expect(interpret("je veux plus le récap tous les jours, une fois par semaine ça suffit", "fr").slots).toEqual({ digest: "weekly" });
    expect(interpret("c'est quoi les échanges que tu me proposes", "fr").intent).toBe("show_matches");
    expect(interpret("y a du foin à vendre dans le Cantal ?", "fr")).toMatchObject({ intent: "search_listings", slots: { q: "foin" } });
    expect(interpret("c koi le 1er", "fr")).toMatchObject({ intent: "show_listing", slots: { ref: 1 } });
    expect(interpret("Tell me more about the Brompton", "en").intent).toBe("show_listing");
  });

  it("reads session 27's follow-ups: a bare distance, a town first, a narrower thing, a bound dropped, an order asked", () => {
    const ladder = { intent: "search_listings" as const, slots: { q: "escabeau", radiusKm: 3 } };
    expect(interpret("8 km", "fr", { lastSearch: ladder })).toMatchObject({
      intent: "search_listings",
      slots: { q: "escabeau", radiusKm: 8 },
    });
    expect(interpret("bon allez 8 km", "fr", { lastSearch: ladder }).slots).toEqual({ q: "escabeau", radiusKm: 8 });
    // (with no search before it, a distance alone is still the member's setting)
    expect(interpret("8 km", "fr").intent).toBe("set_preferences");
    const drill = { intent: "search_listings" as const, slots: { q: "perceuse", place: "Lyon" } };
    expect(interpret("villeurbanne plutôt", "fr", { lastSearch: drill }).slots).toEqual({ q: "perceuse", place: "Villeurbanne" });
    expect(interpret("des scies plutôt", "fr", { lastSearch: drill }).slots).toEqual({ q: "scies", place: "Lyon" });
    const bikes = { intent: "search_listings" as const, slots: { q: "vélos", place: "Grenoble", sort: "recent" } };
    expect(interpret("que les vtt", "fr", { lastSearch: bikes }).slots).toEqual({ q: "vtt", place: "Grenoble", sort: "recent" });
    const screens = { intent: "search_listings" as const, slots: { q: "écran", maxPrice: 15000, place: "Grenoble" } };
    expect(interpret("osef du prix en vrai", "fr", { lastSearch: screens }).slots).toEqual({ q: "écran", place: "Grenoble" });
    const books = { intent: "search_listings" as const, slots: { q: "textbooks", place: "Fribourg", sort: "recent" } };
    expect(interpret("sort by price now", "en", { lastSearch: books }).slots).toEqual({ q: "textbooks", place: "Fribourg", sort: "price" });
    expect(interpret("a bit cheaper?", "en", { lastSearch: books }).slots).toEqual({ q: "textbooks", place: "Fribourg", sort: "price" });
  });

  it("reads session 27's other classes: corrections, handles, codes, GitHub logins, the assistant complained about", () => {
    expect(interpret("macbook air m1 for sale 700€ wait no 650€, Toulouse", "en").slots.price).toBe(65000);
    expect(interpret("baisse le prix de ma switch à 190, non 180", "fr").slots.price).toBe(18000);
    expect(interpret("free: box of pans, leaving it on the stoop at 5 Elm St, Cambridge", "en").slots.price).toBe(0);
    expect(interpret("WANTED: a chest of drawers, cheap or free, Bristol", "en").slots.price).toBeUndefined();
    expect(interpret("dm kev_music that i'm interested in the bass", "en")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "kev_music", body: "i'm interested in the bass" },
    });
    expect(interpret("mon code c 482913", "fr").slots.code).toBe("482913");
    expect(interpret("make my profile from my github, it's lucasdev42", "en").slots.githubUsername).toBe("lucasdev42");
    expect(interpret("Génère mon profil depuis GitHub (pseudo : pcabanes31)", "fr").slots.githubUsername).toBe("pcabanes31");
    expect(interpret("c relou ton bot il capte rien", "fr").intent).toBe("unknown");
    expect(interpret("qui peut m'aider à utiliser l'appli ?", "fr").intent).toBe("help");
    expect(interpret("qui peut m'aider à déménager samedi ?", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "déménager" },
    });
  });

  it("reads session 27's review lines still wrong at its end: a bare correction, a swap put to all, a member flooding one", () => {
    expect(interpret("drop my sofa to 700 no wait 650", "en")).toMatchObject({ intent: "update_listing", slots: { price: 65000 } });
    expect(interpret("baisse mon canapé à 700, non attends 650", "fr").slots.price).toBe(65000);
    // "X et non Y" says X: the amount after "non" is the one denied
    expect(interpret("je voudrais corriger le prix de ma montre, c'est 130 € et non 150", "fr").slots.price).toBe(13000);
    expect(interpret("ma perceuse contre ta ponceuse, qui est partant ?", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "perceuse", wants: "ponceuse" },
    });
    expect(interpret("my PS4 for your switch, anyone interested?", "en")).toMatchObject({
      intent: "create_listing",
      slots: { title: "PS4", wants: "switch" },
    });
    expect(interpret("tell Sam my PS4 for his switch, anyone interested?", "en").intent).toBe("send_message");
    expect(interpret("un type m'écrit 10 fois par jour, il insiste", "fr").intent).toBe("report_user");
    expect(interpret("actually 40 for the lamp", "en")).toMatchObject({ intent: "update_listing", slots: { price: 4000 } });
  });
});
