/**
 * Classes found by session 30's probe (retired members' polite lines, bilingual freelancers), each read as a member
 * means it: words said to the assistant stay out of a message, a thing no longer used and now given is a posting,
 * a freelancer free for missions posts an ad, and a floor on the day rate is one even when written "500 min".
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("polite lines and freelancers", () => {
  it("keeps the thanks said to the assistant out of a relayed message, and relays thanks themselves", () => {
    expect(
      interpret("Could you please let Marguerite know that I will lend her my ladder next week? Thank you so much.", "en"),
    ).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Marguerite", body: "I will lend her my ladder next week" },
    });
    expect(interpret("peux-tu dire à Mme Martin que je passerai demain ? merci beaucoup", "fr").slots.body).toBe("je passerai demain");
    // (written to the member after a colon, the thanks are the member's own words)
    expect(interpret("Envoie à Fatou : je peux venir ce soir. Merci !", "fr").slots.body).toBe("je peux venir ce soir. Merci !");
    expect(
      interpret("Pouvez-vous transmettre à Monsieur Lefèvre mes remerciements pour le prêt de sa remorque ? Bien à vous", "fr"),
    ).toMatchObject({
      intent: "send_message",
      slots: { recipient: "Monsieur Lefèvre", body: "mes remerciements pour le prêt de sa remorque" },
    });
  });

  it("posts a thing no longer used, given or sold as 'it', under the thing's name; 'je ne la vends plus' takes it down", () => {
    expect(interpret("ma fille ne joue plus avec sa poussette, je la donne", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "poussette" },
    });
    expect(interpret("mon fils ne joue plus avec ses legos, je les vends 30€", "fr").slots).toMatchObject({ title: "legos", price: 3000 });
    expect(interpret("je n'ai plus l'usage de ma machine à coudre Singer, je la vends 80 euros", "fr").slots.title).toBe(
      "machine à coudre Singer",
    );
    expect(interpret("my son no longer plays with his train set, selling it for 40", "en").slots.title).toBe("train set");
    expect(interpret("je ne la vends plus", "fr").intent).toBe("delete_listing");
    expect(interpret("je la vends plus", "fr").intent).toBe("delete_listing");
  });

  it("reads what a member can do for the others as an offer, after who they are", () => {
    expect(interpret("I'm a retired teacher and I can help with homework", "en")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", title: "help with homework" },
    });
    expect(interpret("I can fix bikes in Leeds", "en").slots).toMatchObject({ kind: "offer", place: "Leeds", title: "fix bikes" });
    expect(interpret("je suis retraité et je peux réparer vos vélos à Nantes", "fr").slots).toMatchObject({
      kind: "offer",
      place: "Nantes",
    });
    // (what the member can do for a want is no offer, nor is asking the assistant for help)
    expect(interpret("looking for a sofa, I can pick it up", "en").slots.kind).not.toBe("offer");
    expect(interpret("can you help me?", "en").intent).toBe("help");
  });

  it("posts a freelancer's ad that says what missions they are free for; a floor on the day rate is asked as 'TJM 500 min'", () => {
    expect(interpret("Designer UI/UX freelance, dispo à partir de mars pour missions longues, portage ok, TJM 500", "fr")).toMatchObject({
      intent: "create_listing",
      slots: { kind: "offer", price: 50000 },
    });
    expect(interpret("je suis dev freelance dispo, tu as des missions à 500/j ?", "fr").intent).toBe("search_missions");
    expect(interpret("looking for a freelance mission, stack Vue + Laravel, Lyon or remote, TJM 450 min", "en")).toMatchObject({
      intent: "search_missions",
      slots: { minRate: 45000, skills: ["vue", "laravel"], place: "Lyon" },
    });
    expect(interpret("looking for a freelance mission, stack Vue + Laravel", "en").slots).not.toHaveProperty("q");
    // (minutes stay minutes where no rate is said)
    expect(interpret("missions de 20 min", "fr").slots).not.toHaveProperty("minRate");
  });

  it("keeps the help wanted in a swap whole: 'contre de l'aide au jardin'", () => {
    expect(interpret("J'échange des cours d'informatique contre de l'aide au jardin, secteur Quimper", "fr").slots).toMatchObject({
      wants: "aide au jardin",
      place: "Quimper",
    });
  });
});
