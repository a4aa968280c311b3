/**
 * Classes session 38 found in the titles of the studied sets (issue 11), FR and EN, in wordings of no evaluation set:
 * who takes a thing given is no part of it, nor a relative who has it, nor the pronoun of someone else wanting; a
 * second verb joined to one that follows its thing follows it too; two qualities weighed before a thing are its
 * condition; what the member already owns is why the thing goes; a verb whose sentence ends with it has its thing
 * before it.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

const titleOf = (text: string, lang: "fr" | "en") => interpret(text, lang).slots.title;

describe("what is given, and to whom", () => {
  it("never titles a posting with who takes the thing", () => {
    expect(titleOf("My dad has a rowing machine he wants to give to someone who will use it, Hull", "en")).toBe("rowing machine");
    expect(titleOf("j'ai une machine à coudre que je voudrais donner à quelqu'un qui s'en servira", "fr")).toBe("machine à coudre");
  });

  it("titles what a relative has, not the relative", () => {
    expect(titleOf("Ma mère a une machine à coudre qu'elle voudrait donner à quelqu'un qui s'en servira, Tours", "fr")).toBe(
      "machine à coudre",
    );
    // ("ma fille à l'école": "à" is no having)
    expect(titleOf("je cherche quelqu'un pour emmener ma fille à l'école le matin à Guéret", "fr")).toBe("emmener ma fille à l'école");
  });

  it("keeps 'y a quelqu'un qui …' a question of what there is", () => {
    expect(interpret("y a quelqu'un qui vend une tondeuse vers Sedan ?", "fr")).toMatchObject({
      intent: "search_listings",
      slots: { q: "tondeuse" },
    });
  });

  it("reads 'to lend or give for the street party' as the thing before both verbs", () => {
    expect(titleOf("Anyone got a gazebo to lend or give for the street party on Sunday?", "en")).toBe("gazebo");
    expect(titleOf("tente 4 places à prêter ou à louer pour l'été, Annecy", "fr")).toBe("tente 4 places");
  });

  it("titles the thing, not two qualities weighed before it", () => {
    expect(titleOf("Selling an old but reliable Peugeot 206, 1500€, Lille", "en")).toBe("Peugeot 206");
    expect(titleOf("vends un vieux mais fidèle frigo, 40€", "fr")).toBe("frigo");
    // (a "but" between two things is no such pair)
    expect(titleOf("je vends mon vélo mais pas le casque", "fr")).toBe("vélo");
  });

  it("never titles a posting with what the member already owns", () => {
    expect(titleOf("Sealed Bose QC45 headphones (birthday present, I already have a pair), £150, York", "en")).toBe("Bose QC45 headphones");
    expect(titleOf("Nintendo Switch OLED (a gift, we already have a console), 250€", "en")).toBe("Nintendo Switch OLED");
    expect(titleOf("Thermomix TM6 sous blister (cadeau, on en a déjà un), 900€, Annecy", "fr")).toBe("Thermomix TM6");
  });

  it("titles what there is, not where it is", () => {
    expect(titleOf("In the shed there's a Honda lawnmower that works, free, Leeds", "en")).toBe("Honda lawnmower");
    expect(titleOf("In my garage there is a workbench I no longer need, £40, York", "en")).toBe("workbench");
  });

  it("takes the thing before a verb that ends its sentence, not the next sentence's words", () => {
    expect(titleOf("My gran has a Singer sewing machine she'd like to give away. Message me, Rhys", "en")).toBe("Singer sewing machine");
  });

  it("lists whole what a repair or help is done to", () => {
    expect(titleOf("I fix laptops, phones and tablets, from £30, Derby", "en")).toBe("fix laptops, phones and tablets");
    expect(titleOf("Offering help with emails, photos and video calls, free, Bath", "en")).toBe("help with emails, photos and video calls");
  });
});

describe("a repair or a care the member does", () => {
  it("posts it as an offer, rate or not", () => {
    expect(interpret("I repair bikes, Nantes", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Nantes" },
    });
    expect(interpret("je répare les vélos, Quimper", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Quimper", title: "répare les vélos" },
    });
  });

  it("still searches what the member looks for", () => {
    expect(interpret("je cherche un réparateur de vélos à Quimper", "fr").intent).not.toBe("create_listing");
  });

  it("titles services offered with the task they are for", () => {
    expect(titleOf("je propose mes services pour garder vos animaux, Rennes", "fr")).toBe("garder vos animaux");
    expect(titleOf("Offering my services to walk your dogs, Leeds, £10", "en")).toBe("walk your dogs");
    // (up to whose things they are)
    expect(titleOf("offering my services to mow the lawns of the elderly in the village", "en")).toBe("mow the lawns");
  });
});

describe("a place named by its kind", () => {
  it("places a posting in the village, the commune or the town named", () => {
    expect(interpret("je donne des pommes aux habitants du village de Lapoutroie", "fr").slots.place).toBe("Lapoutroie");
    expect(interpret("je donne des pommes aux habitants de la commune de Ribeauvillé", "fr").slots.place).toBe("Ribeauvillé");
    expect(interpret("lifts to the market for anyone in the village of Kinsale", "en").slots.place).toBe("Kinsale");
  });

  it("reads no place in a village that names none", () => {
    expect(interpret("vends cadre de vélo, village de vacances fermé", "fr").slots.place).toBeUndefined();
  });

  it("never titles a place with the kind of place it is", () => {
    expect(interpret("tonte de pelouse dans la commune de Ribeauvillé, 10€", "fr").slots.title).toBe("tonte de pelouse");
  });
});

describe("things borrowed and cleared out", () => {
  it("posts a want for what others could lend", () => {
    expect(interpret("Anyone have a camping stove they could lend this weekend? Leeds", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "camping stove", place: "Leeds" },
    });
    expect(interpret("Quelqu'un aurait une perceuse qu'il pourrait me prêter samedi ? Lille", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "perceuse", place: "Lille" },
    });
  });

  it("reads 'qq un' as someone asked to help", () => {
    expect(interpret("besoin de qq un pour m aider a déplacer un piano, Rodez", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", place: "Rodez" },
    });
  });

  it("posts things cleared out and listed as an offer", () => {
    expect(interpret("Garage clear out: lawnmower, strimmer, 2 bikes. Offers. Near Leeds", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Leeds" },
    });
    expect(interpret("Vide-grenier perso : poussette, lit bébé, jouets. Faites une offre. Lille", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", place: "Lille", title: "poussette, lit bébé, jouets" },
    });
  });

  it("reads a village of Britain or Ireland ending the line as where the posting is, never as someone written to", () => {
    expect(interpret("need a lift to the station on Monday, Tenby", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", place: "Tenby" },
    });
    expect(interpret("Giving away a bag of runner beans, Skibbereen", "en").slots.place).toBe("Skibbereen");
    // (a first name signing the line stays a name)
    expect(interpret("thanks for the chair, Rhys", "en").slots.place).toBeUndefined();
  });
});

describe("what a bracket tells of a relative", () => {
  it("titles the relative's need, past the bracket", () => {
    expect(
      interpret("Mon père (91 ans, Langres) a besoin d'un coup de main pour changer une ampoule. Je suis à Paris", "fr").slots,
    ).toMatchObject({ kind: "want", place: "Langres", title: "coup de main pour changer une ampoule" });
  });

  it("never reads where a relative lives as the member's profile", () => {
    const read = interpret("My mum (84, lives in Tenby) needs a lift to the surgery on Monday", "en");
    expect(read.intent).not.toBe("update_profile");
    expect(read.slots.place).toBe("Tenby");
  });
});

describe("a person looked for, and how often", () => {
  it("posts a want for 'une personne pour …' as for 'quelqu'un pour …', titled with the task", () => {
    expect(interpret("je cherche une personne pour garder mon chat, Riom", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want", title: "garder mon chat", place: "Riom" },
    });
    expect(interpret("looking for a person to walk my dog, Bath", "en").slots.title).toBe("walk my dog");
  });

  it("never titles a task with how often it is done", () => {
    expect(interpret("need someone to water my plants every now and then, Bath", "en").slots.title).toBe("water my plants");
    expect(interpret("cherche quelqu'un pour arroser mes plantes de temps en temps, Riom", "fr").slots.title).toBe("arroser mes plantes");
  });
});

describe("a small amount glued to its 'e' ending an ad", () => {
  it("is euros after a word of the thing", () => {
    expect(interpret("Pull Kiabi taille M 5e", "fr")).toMatchObject({ intent: "create_listing", slots: { price: 500, kind: "offer" } });
    expect(interpret("Jupe Promod taille 38 jamais portée avec étiquette 12e", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { price: 1200 },
    });
  });

  it("stays a rank or a district after an article or a town", () => {
    expect(interpret("j'habite Paris 15e", "fr").slots.price).toBeUndefined();
    expect(interpret("ouvre la 2e", "fr").slots).toMatchObject({ ref: 2 });
  });
});

describe("a town written with its hyphens", () => {
  it("is one place, never a member called by its last word", () => {
    expect(interpret("pelletage des entrées de garage, gratis, Baie-Saint-Paul", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 0, place: "Baie-Saint-Paul" },
    });
    // (a member's hyphenated first name stays a name)
    expect(interpret("dis à Marie-Paule que je passe", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Marie-Paule" },
    });
  });
});

describe("a service ad that says the languages spoken", () => {
  it("posts the service, never changes the profile", () => {
    expect(interpret("Baby-sitting à Lyon, 12€/h, je parle anglais et espagnol", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 1200, place: "Lyon" },
    });
    expect(interpret("Dog sitting in Cork, €15 a day, I speak Irish and English", "en").intent).toBe("create_listing");
  });

  it("still changes the profile when the line says it is the member's", () => {
    expect(interpret("mon taux horaire passe à 40€, je parle anglais", "fr").intent).toBe("update_profile");
  });
});

describe("who signs a letter", () => {
  it("is no one written to, so a polite want is posted without asking whom to message", () => {
    const read = interpret("Besoin d'une aide pour porter mes courses le jeudi, je suis à Riom. Merci, Georgette", "fr");
    expect(read.intent).toBe("create_listing");
    expect(read.alternative?.intent).not.toBe("send_message");
  });
});

describe("where the member has just settled", () => {
  it("is where the posting or the search is", () => {
    expect(interpret("Need help with my french tax return, just moved to Perpignan, will pay 50", "en").slots.place).toBe("Perpignan");
    expect(interpret("I've just moved to Annecy and I'm looking for a desk", "en").slots.place).toBe("Annecy");
  });

  it("is not where the member is going", () => {
    expect(interpret("I'm moving to Lyon so selling my sofa, 50€", "en").slots.place).toBeUndefined();
  });
});

describe("quantities, times and others' wants", () => {
  it("never titles a posting with 'whole' of 'a whole bunch of'", () => {
    expect(interpret("giving away a whole bunch of kids books, Leeds", "en").slots.title).toBe("kids books");
  });

  it("never titles a task with when it is done", () => {
    expect(interpret("need someone to water my plants weekday lunchtimes, Bath, £5", "en").slots.title).toBe("water my plants");
  });

  it("shows others' wanted posts, posts no want", () => {
    expect(interpret("show me wanted posts for bikes in Leeds", "en")).toMatchObject({
      intent: "search_listings",
      slots: { kind: "want", q: "bikes", place: "Leeds" },
    });
  });

  it("posts a care the member can give at a rate, saying the languages spoken", () => {
    expect(interpret("I can babysit evenings and weekends, Lyon, 12€/h, je parle aussi français", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 1200, place: "Lyon" },
    });
  });
});
