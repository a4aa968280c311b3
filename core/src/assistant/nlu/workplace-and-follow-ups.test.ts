/**
 * Classes session 41 found in company workspaces' and neighbourhood servers' phrasing (dev97, studied; issue 11), FR and
 * EN, in wordings of no evaluation set: the town left when moving, whom a freelancer works for, when and how long a thing
 * holds, a bound of the last search set again, a request after a story, calling a posting off.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("postings from a workplace", () => {
  it("places the thing in the town the member moves out of when no other town is said", () => {
    expect(interpret("Moving out of Rotterdam next week so I'm selling my desk lamp, 15 euros", "en").slots.place).toBe("Rotterdam");
    expect(interpret("je déménage de Grenoble fin juin, je vends mon lave-vaisselle 120€", "fr").slots.place).toBe("Grenoble");
    // (moving to a town says where the member goes, never where the thing is)
    expect(interpret("je déménage à Grenoble fin juin, je vends mon lave-vaisselle 120€", "fr").slots.place).toBeUndefined();
  });

  it("titles a freelancer by their trade when what follows 'available for' is whom they work for", () => {
    expect(interpret("Freelance copy editor based in Ghent, available two days a week for agencies, €400/day", "en").slots.title).toBe(
      "Freelance copy editor",
    );
  });

  it("leaves colleagues, 'after work' and a validity date out of the title", () => {
    expect(interpret("je prête mon appareil à raclette aux collègues, bureau de Nantes", "fr").slots.title).toBe("appareil à raclette");
    expect(interpret("Offering French conversation after work, near the office in Leeds, £15/h", "en").slots.title).toBe(
      "French conversation",
    );
    expect(interpret("je donne 3 bons d'achat Fnac valables jusqu'à fin juin", "fr").slots.title).toBe("3 bons d'achat Fnac");
  });

  it("reads 'a bit worn' as fair and gives what is free, whatever follows the comma", () => {
    expect(interpret("Giving away an armchair, a bit worn, Brussels", "en").slots).toMatchObject({ condition: "fair" });
    expect(interpret("Giving away two monitors, free, from our office in Lyon", "en").slots).toMatchObject({ price: 0, place: "Lyon" });
  });
});

describe("follow-ups and requests", () => {
  const missions = { lastSearch: { intent: "search_missions" as const, slots: { q: "data engineering", minRate: 55000 } } };
  const bikes = { lastSearch: { intent: "search_listings" as const, slots: { q: "vélo", maxPrice: 10000 } } };

  it("a bound of the last search set again with its verb changes the search, not a listing's price", () => {
    expect(interpret("bump the minimum to 650", "en", missions)).toMatchObject({
      intent: "search_missions",
      slots: { q: "data engineering", minRate: 65000 },
    });
    expect(interpret("mets le budget à 80€", "fr", bikes)).toMatchObject({ intent: "search_listings", slots: { maxPrice: 8000 } });
    expect(interpret("lower the price of my bike to 80", "en", bikes).intent).toBe("update_listing");
  });

  it("searches what the request names after a story, and 'pull up' asks to be shown", () => {
    const asked = interpret(
      "My last contract at an insurer just ended and I'm looking again. Could you pull up product design missions in Lyon?",
      "en",
    );
    expect(asked).toMatchObject({ intent: "search_missions", slots: { q: "product design", place: "Lyon" } });
  });

  it("'never mind, don't post it' calls the posting off; 'the latest thread' is the last one", () => {
    expect(interpret("never mind, don't post it", "en").intent).toBe("cancel");
    expect(interpret("open the latest thread", "en")).toMatchObject({ intent: "read_conversation", slots: { ref: "last" } });
  });

  it("a freelancer's headline then the missions looked for at their rate is an offer of their work; a floor stays a search", () => {
    expect(interpret("Freelance Go developer, 5 yrs exp, looking for missions, remote, €550/day", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 55000 },
    });
    expect(interpret("Go developer, looking for missions in Lille, 500/day minimum", "en").intent).toBe("search_missions");
  });

  it("a quoted headline ends at its quote, and the languages said after it are read too", () => {
    expect(
      interpret("set my headline to 'Bookkeeper for small charities' and add that I speak Welsh and French", "en").slots,
    ).toMatchObject({
      headline: "Bookkeeper for small charities",
      languages: ["cy", "fr"],
    });
    expect(interpret("change mon titre en « Dev Vue »", "fr").slots.headline).toBe("Dev Vue");
  });

  it("a floor is no rank of a list", () => {
    expect(interpret("what's the wifi password for the 4th floor?", "en").slots.ref).toBeUndefined();
  });

  it("a group or a family looking, and a need asked to be given, post wants of the thing", () => {
    expect(interpret("Recherchons des bénévoles pour la fête du quartier, un dimanche par mois, Namur", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "want" },
    });
    expect(interpret("Bonjour, nous cherchons deux ou trois brebis, du côté de Bastogne", "fr").slots).toMatchObject({
      kind: "want",
      title: "brebis",
    });
    expect(interpret("Our youth club needs board games for the winter, can anyone donate? Sligo", "en").slots).toMatchObject({
      kind: "want",
      title: "board games",
    });
    expect(interpret("Si quelqu'un a un taille-haie à prêter samedi, je suis preneur ! Brive", "fr").slots.kind).toBe("want");
  });

  it("'pull up' a thing of one's own or of the list opens it — never the French 'pull', a sweater", () => {
    expect(interpret("pull up the listing I posted", "en").intent).toBe("my_listings");
    expect(interpret("could you pull up my applications", "en").intent).toBe("show_applications");
    expect(interpret("can you pull up the one in Laval", "en").intent).toBe("show_listing");
    expect(interpret("tu peux montrer celle à Nantes", "fr").intent).toBe("show_listing");
    expect(interpret("je vends un pull en laine, taille M", "fr").slots.title).toBe("pull en laine");
  });

  it("missions of a kind looked for, and work asked for one's trade, are searched — a client's need stays a posting", () => {
    expect(interpret("searching for translation gigs, remote, min 250 a day", "en").intent).toBe("search_missions");
    expect(interpret("je cherche des missions de rédaction web, 300€ par jour minimum", "fr").intent).toBe("search_missions");
    expect(interpret("anything around Ghent for a backend developer?", "en").intent).toBe("search_missions");
    expect(interpret("y a quoi à Rouen pour une traductrice ?", "fr").intent).toBe("search_missions");
    expect(interpret("looking for a freelancer for a 2 month mission, Vue, Lille", "en").intent).toBe("create_listing");
    expect(interpret("anything in Bath for a 6 year old?", "en").intent).not.toBe("search_missions");
  });

  it("missions asked first are searched with the question's words, whatever story about the member follows", () => {
    expect(interpret("packaging design gigs in Lyon? I freelance for a brewery but it's drying up", "en")).toMatchObject({
      intent: "search_missions",
      slots: { place: "Lyon", q: "packaging design" },
    });
    expect(interpret("des missions de saisie comptable sur Angers ? je bosse à mi-temps dans un cabinet", "fr")).toMatchObject({
      intent: "search_missions",
      slots: { place: "Angers" },
    });
    expect(interpret("UI designer, Figma, remote ok, what can you find?", "en").intent).toBe("search_missions");
    // (people asked for, not work)
    expect(interpret("any Rails devs available for a short gig?", "en").intent).not.toBe("search_missions");
  });

  it("the rate of one service named after 'mon tarif de' is its listing's price; the rate alone is the profile's", () => {
    expect(interpret("je baisse mon tarif de cours de piano à 20€", "fr")).toMatchObject({
      intent: "update_listing",
      slots: { price: 2000 },
    });
    expect(interpret("change mon tarif de l'heure à 40€", "fr").intent).toBe("update_profile");
    expect(interpret("mon TJM passe à 600", "fr").intent).toBe("update_profile");
  });

  it("one of the member's listings changed however it is said, and a distance in groups is no price", () => {
    expect(interpret("could I modify my drill listing? it comes with a case now", "en").intent).toBe("update_listing");
    expect(interpret("pour le vélo, indique qu'il a des pneus neufs", "fr").intent).toBe("update_listing");
    expect(interpret("put my sofa listing in pause please", "en")).toMatchObject({ intent: "update_listing", slots: { status: "paused" } });
    expect(interpret("modifie mon annonce de scooter : il a 21 300 km", "fr").slots.price).toBeUndefined();
    expect(interpret("vends Twingo 2009, 160 000 km, 2200€", "fr").slots.price).toBe(220000);
  });

  it("an application asked for, and the member's applications asked about, in a sentence", () => {
    expect(interpret("please put me forward for the first one", "en")).toMatchObject({ intent: "apply_mission", slots: { ref: 1 } });
    expect(interpret("inscrivez-moi sur la dernière mission", "fr").intent).toBe("apply_mission");
    expect(interpret("inscris-moi à la newsletter", "fr").intent).not.toBe("apply_mission");
    expect(interpret("I've applied to the Go contract, any news?", "en").intent).toBe("show_applications");
    expect(interpret("j'ai postulé chez trois clients, tu peux me montrer la liste ?", "fr").intent).toBe("show_applications");
  });

  it("words told to a group named with its capitals are a message to it, never a posting", () => {
    expect(interpret("Dites à l'association Les Jardins Partagés qu'on a des graines en trop", "fr")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Les Jardins Partagés", body: "on a des graines en trop" },
    });
    expect(interpret("tell the Riverside Runners club that I can bring water", "en")).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Riverside Runners", body: "I can bring water" },
    });
  });
});
