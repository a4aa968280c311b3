/**
 * Session 31's classes (issue 11), from dev62 and dev64, in other words than the sets': a posting that first says who
 * the member is ("Maman solo à …", "We're a family in …") takes its title from what is asked or offered after; a
 * venue or "just outside" still names the town; what the member typed without apostrophes is given back as typed.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("who the member is, then the thing", () => {
  it("titles the thing asked for after who the member is", () => {
    expect(interpret("Papa solo à Vire, je poste une demande de garde d'enfants le mercredi, 10€ de l'heure", "fr").slots).toMatchObject({
      kind: "want",
      title: "garde d'enfants",
      place: "Vire",
    });
    expect(interpret("We're a couple in Dinan and need piano lessons for our son, 20 euros a lesson", "en").slots).toMatchObject({
      kind: "want",
      title: "piano lessons",
    });
    expect(interpret("pouvez-vous publier notre demande : un animateur pour la kermesse", "fr").slots.title).toMatch(/^animateur/);
  });

  it("titles the task when anyone with a tool is asked to do it", () => {
    expect(interpret("anyone with a chainsaw who could cut up a fallen oak? I'll pay 60 euros", "en").slots).toMatchObject({
      kind: "want",
      title: "cut up a fallen oak",
    });
  });

  it("leaves 'getting rid of' out of the title", () => {
    expect(interpret("Getting rid of my old surfboard, 7'2 funboard, 150 CHF", "en").slots.title).toMatch(/^old surfboard/);
  });

  it("reads the town after 'just outside' and after a venue of the town", () => {
    expect(interpret("selling a pram, I'm just outside Lannion", "en").slots.place).toBe("Lannion");
    expect(interpret("cours de couture le jeudi à la salle des fêtes de Quimperlé", "fr").slots.place).toBe("Quimperlé");
  });

  it("gives a title typed without apostrophes back as typed", () => {
    expect(interpret("vends table d appoint en chene 25e", "fr").slots.title).toBe("table d appoint en chene");
  });
});
