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
