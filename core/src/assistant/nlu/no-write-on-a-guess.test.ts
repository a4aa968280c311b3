/**
 * Lines an independent review of session 13's frames found read as a write (a setting stored, a
 * message sent, a match accepted, a mission saved) when the member asked for none, and words that
 * are also names of a JavaScript object's own properties ("constructor", "toString"), which once
 * threw from the engine's tables. Each reading here writes nothing the member did not ask for.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("no write on a guess", () => {
  it("a search that ends with thanks or says 'for everything' keeps its radius as a search's, no setting", () => {
    const fr = interpret("je cherche un vélo à moins de 5 km, merci pour tout", "fr", {});
    expect(fr.intent).toBe("search_listings");
    expect(fr.slots).not.toHaveProperty("maxDistanceKm");
    expect(interpret("Need a van within 20 km for everything I'm moving", "en", {}).intent).not.toBe("set_preferences");
    // (said as the setting it is, it still is one)
    expect(interpret("max distance 50 km for everything, I have a cargo bike", "en", {})).toMatchObject({
      intent: "set_preferences",
      slots: { maxDistanceKm: 50 },
    });
  });

  it("a posting that mentions messages after 9pm stays a posting; 'I told him leave me alone, can you block him' is no setting", () => {
    expect(interpret("Selling my bike, 80€, please don't message me after 9pm", "en", {}).intent).toBe("create_listing");
    expect(interpret("Tom keeps writing to me, I told him leave me alone, can you block him", "en", {}).intent).not.toBe("set_preferences");
  });

  it("asking how to write to someone sends nothing", () => {
    for (const [text, lang] of [
      ["j'aimerais dire à Marie que je suis désolée, comment faire ?", "fr"],
      ["I want to ask the seller if shipping is possible, how do I do that?", "en"],
    ] as const)
      expect(interpret(text, lang, {}).intent, text).not.toBe("send_message");
    // ("contacte le proprio de la chambre à Pantin": whom to write to, and no words to send yet)
    expect(interpret("contacte le proprio de la chambre à Pantin", "fr", {}).slots).not.toHaveProperty("body");
    expect(interpret("could you tell I'm new here? looking for a cheap bike", "en", {}).intent).not.toBe("send_message");
  });

  it("a yes on a condition accepts no match, a question about validating validates nothing, removing a saved mission saves none", () => {
    expect(interpret("j'accepte le troc si tu ajoutes 10€", "fr", {}).intent).not.toBe("accept_match");
    expect(interpret("je dois valider l'échange avant samedi ?", "fr", {}).intent).not.toBe("accept_match");
    // accepting said first, then a question, still accepts
    expect(interpret("j'accepte le premier, il faut le contacter ?", "fr", {}).intent).toBe("accept_match");
    expect(interpret("enlève la 2 de mes missions sauvegardées", "fr", {}).intent).not.toBe("save_mission");
  });

  it("money and places as a review found them: francs in Dakar, a conversion, delivery, brands and fields", () => {
    expect(interpret("je vends mon téléphone 50000 frs à Dakar", "fr", {}).slots).toMatchObject({ currency: "XOF" });
    expect(interpret("Vends vélo 150 CHF, soit environ 160 € à Genève", "fr", {}).slots).toMatchObject({ price: 15000, currency: "CHF" });
    expect(interpret("Vends ma table 50 € ou 60 CHF livrée à Genève", "fr", {}).slots).toMatchObject({ price: 5000 });
    expect(interpret("cherche appareil photo Canon", "fr", {}).slots).not.toHaveProperty("place");
    expect(interpret("vends foin, livraison dans les champs", "fr", {}).slots).not.toHaveProperty("place");
    expect(interpret("message Anna Smith Tuesday works for me", "en", {}).slots).toMatchObject({ recipient: "Anna Smith" });
  });

  it("words that name an object's own properties are read as words ('constructor', 'toString')", () => {
    for (const text of [
      "cherche vélo constructor",
      "vends hasOwnProperty 20€",
      "toString",
      "valueOf à __proto__",
      "constructor km de lyon",
    ])
      expect(() => interpret(text, "fr", {}), text).not.toThrow();
    expect(interpret("cherche vélo constructor", "fr", {})).toMatchObject({ intent: "search_listings", slots: { q: "vélo constructor" } });
  });

  it("a thing asked of the assistant, others' wanted ads and a hunt post nothing; a posting asked for still posts", () => {
    expect(interpret("donne-moi une idée de cadeau pour ma sœur", "fr", {}).intent).toBe("unknown");
    expect(interpret("show me the wanted ads for prams in Ghent", "en", {})).toMatchObject({
      intent: "search_listings",
      slots: { kind: "want", place: "Ghent" },
    });
    expect(interpret("flat hunting in Namur, 700 tops", "en", {})).toMatchObject({
      intent: "search_listings",
      slots: { q: "flat", place: "Namur", maxPrice: 70000 },
    });
    expect(interpret("post a wanted ad: a cot for my grandson, up to 60€, Mons", "en", {}).intent).toBe("create_listing");
    expect(interpret("hunting knife for sale, 40€, Mons", "en", {}).slots).toMatchObject({ kind: "offer", title: "hunting knife" });
  });

  it("a brand after a thing is no member whose conversation to read", () => {
    expect(interpret("tent 40 Coleman, 4 person", "en", {}).intent).not.toBe("read_conversation");
    expect(interpret("open the first thread", "en", {}).intent).toBe("read_conversation");
    expect(interpret("je veux relire ce que Bilal m'a envoyé hier", "fr", {})).toMatchObject({
      intent: "read_conversation",
      slots: { recipient: "Bilal" },
    });
  });

  it("words headed by a verb of writing and a name are sent, whatever they ask; family life reports no one", () => {
    expect(interpret("Reply to Maëlle: thanks, can we meet at the harbour around 6?", "en", {})).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Maëlle", body: "thanks, can we meet at the harbour around 6?" },
    });
    expect(interpret('dm Jonas "is the drill still free?"', "en", {})).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Jonas" },
    });
    expect(interpret("mon daron me saoule grave", "fr", {}).intent).toBe("unknown");
    for (const noise of ["bla bla bla", "mdrrr", "hahaha"]) expect(interpret(noise, "fr", {}).intent, noise).toBe("unknown");
    expect(interpret("my brother is harassing me, report him", "en", {}).intent).toBe("report_user");
    expect(interpret("Kevin m'envoie des messages tous les soirs, j'en peux plus", "fr", {})).toMatchObject({
      intent: "report_user",
      slots: { recipient: "Kevin", reason: "harassment" },
    });
  });

  it("'I'm not selling' withdraws nothing unless said of an offer no longer made; a plea, advice or a loss changes nothing", () => {
    expect(interpret("I'm not selling cheap, 200 firm for the drum kit", "en", {}).intent).toBe("create_listing");
    expect(interpret("I'm not selling it for less than 150, firm", "en", {}).intent).not.toBe("delete_listing");
    expect(interpret("sorry, not selling the ps4 anymore", "en", {}).intent).toBe("delete_listing");
    expect(interpret("je ne vends plus rien sur leboncoin, que ici", "fr", {}).intent).not.toBe("delete_listing");
    expect(interpret("nah hold on dont delete my listing", "en", {}).intent).toBe("cancel");
    expect(interpret("oups non, ne poste pas l'annonce", "fr", {}).intent).toBe("cancel");
    expect(interpret("please don't report me I'm not a scammer", "en", {}).intent).toBe("unknown");
    expect(interpret("ne vends pas trop cher ton velo, conseil", "fr", {}).intent).not.toBe("cancel");
    expect(interpret("ma mere a perdu son chat, recompense 50e", "fr", {}).intent).toBe("unknown");
    expect(interpret("le canape etait a 200 en fait 180", "fr", {})).toMatchObject({ intent: "update_listing", slots: { price: 18000 } });
    expect(interpret("dis a Paul de ne pas supprimer les photos", "fr", {})).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Paul" },
    });
  });

  it("a date written with a slash is no amount; a wetsuit's 4/3 stays its thickness", () => {
    expect(interpret("available from 12/05, room in Leeds", "en", {}).slots).not.toHaveProperty("minPrice");
    expect(interpret("dispo le 12/05, chambre a Lyon", "fr", {}).slots).not.toHaveProperty("price");
    expect(interpret("vends combi 4/3 taille M, 60€, Lorient", "fr", {}).slots).toMatchObject({ price: 6000, title: "combi 4/3 taille M" });
  });
});

describe("what is asked of the neighbours is wanted, never offered (session 43)", () => {
  it("posts a want when the member asks someone to lend it, after a heading, or asks a person to do a task", () => {
    expect(interpret("besoin d'une brouette pour ce week-end, qqn peut me la prêter ?", "fr").slots.kind).toBe("want");
    expect(interpret("Message aux voisins : quelqu'un aurait une perceuse à prêter demain ? Je suis au 3e", "fr").slots.kind).toBe("want");
    expect(interpret("je cherche une personne pour donner des cours de piano à mon fils, Tours, 20€/h", "fr").slots.kind).toBe("want");
    // (a posting handed over after "can someone post this for me:" keeps its own kind)
    expect(interpret("can someone post this for me: free garden chairs, you collect, Leeds", "en").slots).toMatchObject({
      kind: "offer",
      price: 0,
    });
    // (lending one's own thing stays an offer)
    expect(interpret("je prête ma perceuse, qqn en a besoin ?", "fr").slots.kind).toBe("offer");
  });
});

describe("a service for the member's own children or pets (session 43)", () => {
  it("is wanted unless the member offers it in so many words", () => {
    expect(interpret("aide aux devoirs le mardi soir pour mes deux filles, Annecy, 15€/h", "fr").slots.kind).toBe("want");
    expect(interpret("dog walking at lunchtime for our old dog, Leeds, £8 a walk", "en").slots.kind).toBe("want");
    expect(interpret("je propose de l'aide aux devoirs pour vos enfants, Annecy, 15€/h", "fr").slots.kind).toBe("offer");
  });
});

describe("what is asked of the building or the town (session 43)", () => {
  it("is nothing Relais holds, whatever number or market word it carries", () => {
    for (const [line, locale] of [
      ["what's the wifi code for the 2nd floor meeting room?", "en"],
      ["c'est quoi le mot de passe du wifi au 3e ?", "fr"],
      ["c'est quoi le taux de change franc suisse euro ?", "fr"],
      ["c'est quoi le cours du dollar aujourd'hui", "fr"],
      ["what time does the Lidl in Carrick close tonight", "en"],
      ["à quelle heure ferme la poste de Ruffec ?", "fr"],
    ] as const)
      expect(interpret(line, locale).intent, line).toBe("unknown");
    // (a router sold stays a posting, a lesson offered one too)
    expect(interpret("je vends un routeur wifi, 20€", "fr").intent).toBe("create_listing");
    expect(interpret("je donne des cours de change de pneus, 20€", "fr").intent).toBe("create_listing");
  });
});

describe("whether a thing can be done here, asked (session 43)", () => {
  it("is answered with how Relais works, never a posting or a message", () => {
    expect(interpret("y a moyen de vendre des trucs ici ou c'est que du troc ?", "fr").intent).toBe("help");
    expect(interpret("is it possible to contact the seller directly?", "en").intent).toBe("help");
    // (a message said after a colon is sent; a thing priced is posted)
    expect(interpret("can I message the seller of the blue bike: is it still there?", "en").intent).not.toBe("help");
    expect(interpret("can I sell my bike here for 50?", "en").intent).toBe("create_listing");
  });
});

describe("what the independent review of session 43 found", () => {
  it("keeps a sale of a thing that was the family's an offer, and a sale needing a hand to collect one too", () => {
    for (const [line, locale] of [
      ["Vélo enfant 16 pouces devenu trop petit pour mon fils, 40€, Rennes", "fr"],
      ["Kids bike, bought it for my son but he outgrew it, £30, Leeds", "en"],
      ["Selling a wardrobe, £40, need a person with a van to collect", "en"],
      ["Who needs a sofa? I'm giving mine away free, Galway", "en"],
    ] as const)
      expect(interpret(line, locale).slots.kind, line).toBe("offer");
  });

  it("never reads a count after 'enfin', a model's 'F', a number of seats or a page reported as something else", () => {
    expect(interpret("Vends PS5 400€, enfin 3 jeux inclus", "fr").slots.price).toBe(40000);
    expect(interpret("Vends Canon EOS 1000F avec objectif 50mm, 120€", "fr").slots).toMatchObject({ price: 12000 });
    expect(interpret("Vends Canon EOS 1000F avec objectif 50mm, 120€", "fr").slots.currency).toBeUndefined();
    expect(interpret("looking for chairs, not 2 but 4", "en").intent).toBe("search_listings");
    expect(interpret("Je veux signaler la page membre de Léa, c'est une arnaque", "fr").intent).toBe("report_user");
    expect(interpret("Bonjour, dis à Charlotte que je passe demain", "fr").slots).toMatchObject({ recipient: "Charlotte" });
    expect(interpret("search books for reading", "en").slots.place).toBeUndefined();
    expect(interpret("je peux contacter le vendeur du vélo rouge ?", "fr").intent).not.toBe("help");
  });
});
