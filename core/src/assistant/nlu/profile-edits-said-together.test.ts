/**
 * Classes session 35 found in a company's marketplace and among musicians (issue 11), FR and EN, in wordings of no
 * evaluation set: a skill taken out in the same line as a headline set, or bare after the skills were named, is taken
 * out; a GitHub login said "user is …" is the login.
 */
import { describe, expect, it } from "vitest";
import { interpret } from "./interpret.ts";

describe("skills changed in the line that sets a headline", () => {
  it("takes out the skill and keeps the headline's words out of the skills", () => {
    const read = interpret("remove jQuery from my skills and set my headline to 'Frontend lead – React & Vue'", "en");
    expect(read.intent).toBe("update_profile");
    expect(read.slots.removeSkills).toEqual(["jquery"]);
    expect(read.slots.skills).toBeUndefined();
    expect(String(read.slots.headline)).toMatch(/Frontend lead/);
  });
});

describe("a skill taken out bare after the skills were named", () => {
  it("is taken out, in French and English", () => {
    expect(interpret("ajoute figma à mes compétences, enlève photoshop", "fr").slots).toMatchObject({
      skills: ["figma"],
      removeSkills: ["photoshop"],
    });
    expect(interpret("add terraform to my skills, remove ansible", "en").slots).toMatchObject({
      skills: ["terraform"],
      removeSkills: ["ansible"],
    });
  });
});

describe("a GitHub login", () => {
  it("is read after 'user is'", () => {
    expect(interpret("generate my profile from github, user is mkowalski-dev", "en")).toMatchObject({
      intent: "generate_profile",
      slots: { githubUsername: "mkowalski-dev" },
    });
  });
});

describe("a trade set as a title, and skills changed after it (session 43)", () => {
  it("sets the profile's headline when the title opens with a trade and no listing is named", () => {
    expect(interpret("mets comme titre : Électricienne du bâtiment, 10 ans d'expérience, Nantes", "fr")).toMatchObject({
      intent: "update_profile",
      slots: { headline: "Électricienne du bâtiment, 10 ans d'expérience, Nantes" },
    });
    expect(interpret("Mets en titre : Graphiste freelance, identités visuelles", "fr").intent).toBe("update_profile");
    // (a thing set as a title, or a listing named, stays a listing's)
    expect(interpret("mets comme titre : Table basse en chêne massif", "fr").intent).toBe("update_listing");
    expect(interpret("mets comme titre pour mon annonce : Plombier dépannage 7j/7", "fr").intent).toBe("update_listing");
  });

  it("ends the headline where a change of skills begins", () => {
    expect(interpret("mets comme titre : Coach sportive à domicile, et retire yoga de mes compétences", "fr").slots).toMatchObject({
      headline: "Coach sportive à domicile",
      removeSkills: ["yoga"],
    });
    expect(interpret("set my headline to Backend engineer, and add golang to my skills", "en").slots).toMatchObject({
      headline: "Backend engineer",
      skills: ["golang"],
    });
  });
});

describe("creative and sound tools added as skills (session 43)", () => {
  it("adds every tool of the list to the profile", () => {
    expect(interpret("ajoute zbrush, cinema 4d et blender", "fr")).toMatchObject({
      intent: "update_profile",
      slots: { skills: ["zbrush", "cinema 4d", "blender"] },
    });
    expect(interpret("add ableton and pro tools", "en").slots.skills).toEqual(["ableton", "pro tools"]);
    // (a kitchen blender sold stays a posting)
    expect(interpret("je vends un blender et un grille-pain", "fr").intent).toBe("create_listing");
  });
});
