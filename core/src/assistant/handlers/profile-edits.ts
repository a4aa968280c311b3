/**
 * Corrections of a profile draft as people type them (issue 12, principle 4): "non le tjm c'est
 * 550 pas 2021 !!", "there's no day rate, remove it", "mets comme titre : …", "ajoute vue.js",
 * "ajoute vue.js aux compétences et enlève figma". Each becomes profile slots; nothing else does.
 */
import { foldText } from "../../text/normalize.ts";
import type { Slots } from "../intents.ts";
import { ADDING_SKILLS, extractSlots, REMOVING_SKILLS } from "../nlu/slots.ts";
import { tokenize } from "../nlu/text.ts";

/** A clause that takes skills out ("sans", "plus de" too: "plus de figma"), or puts them in. */
const REMOVING = new RegExp(`\\b(${[...REMOVING_SKILLS, "sans", "plus de"].join("|")})\\b`);
const ADDING = new RegExp(`\\b(${ADDING_SKILLS.join("|")})\\b`);

const HEADLINE = /(?:titre(?:\s+de\s+profil)?|headline|title)\s*(?:should be|devrait [eê]tre|sera|:|=|en|to|[àa]|par|comme)\s*(.+)$/i;
const DAY_RATE = "(?:tjm|day rate|daily rate|taux journalier|tarif journalier)";
const HOUR_RATE = "(?:hourly rate|taux horaire|tarif horaire|hour rate)";
const REMOVE = "(?:no|pas de|sans|remove|enl[eè]ve|supprime|retire|drop|delete|aucun)";

function rateIn(folded: string, rate: string): number | undefined {
  const found = new RegExp(`${rate}\\D{0,20}?(\\d[\\d ]{0,6})`).exec(folded);
  const amount = found?.[1] ? Number(found[1].replace(/\s/g, "")) : undefined;
  // A year is never a rate ("pas 2021").
  return amount && amount > 0 && !/^(19|20)\d\d$/.test(String(amount)) ? amount * 100 : undefined;
}

/** The profile slots a correction sets, or undefined when the message corrects nothing. */
export function profileEdits(text: string): Slots | undefined {
  const edits: Slots = {};
  const headline = HEADLINE.exec(text);
  if (headline?.[1]) {
    edits.headline = headline[1]
      .trim()
      .replace(/^[«"“]\s*|\s*[»"”]$/g, "")
      .replace(/[.!]+$/, "")
      // ("set my headline to 'Cloud architect'": single quotes around the whole, too)
      .replace(/^['‘](.+)['’]$/, "$1");
    return edits;
  }
  const folded = foldText(text);
  for (const [rate, slot, remove] of [
    [DAY_RATE, "dailyRate", "removeDailyRate"],
    [HOUR_RATE, "hourlyRate", "removeHourlyRate"],
  ] as const) {
    if (!new RegExp(rate).test(folded)) continue;
    if (new RegExp(`${REMOVE}\\W+(?:\\w+\\W+){0,2}${rate}|${rate}\\W+(?:\\w+\\W+){0,3}${REMOVE}\\b`).test(folded) && !/\d/.test(folded))
      edits[remove] = true;
    else {
      const amount = rateIn(folded, rate);
      if (amount !== undefined) edits[slot] = amount;
    }
  }
  // "ajoute vue.js aux compétences et enlève figma": each clause adds or removes, and a clause
  // with no verb of its own goes on with the one before ("add react, typescript and graphql").
  const added: string[] = [];
  const removed: string[] = [];
  let mode: "adding" | "removing" | undefined;
  // (a break starts where its spaces do: tried from each space of a long run, it cost 0.2 s on 12,000 characters)
  for (const clause of text.split(/(?<!\s)\s+(?:et|and|puis|then)\s+|[,;]/i)) {
    const clauseFolded = foldText(clause);
    // (a clause of another field is no skill's: "put my headline as React developer")
    if (/\b(tjm|rate|tarif|taux|j'?habite|habite|live|based|bio|titre|headline)\b/.test(clauseFolded)) mode = undefined;
    else if (REMOVING.test(clauseFolded)) mode = "removing";
    else if (ADDING.test(clauseFolded)) mode = "adding";
    if (!mode) continue;
    const slots = extractSlots("update_profile", clause, tokenize(clause));
    const skills = [...(Array.isArray(slots.skills) ? slots.skills : []), ...(Array.isArray(slots.removeSkills) ? slots.removeSkills : [])];
    (mode === "removing" ? removed : added).push(...skills);
  }
  if (added.length > 0) edits.skills = [...new Set(added)];
  if (removed.length > 0) edits.removeSkills = [...new Set(removed)];
  return Object.keys(edits).length > 0 ? edits : undefined;
}

/**
 * What a profile turn changes: the precise reading of its clauses (`profileEdits`) over the
 * engine's slots, field by field, so that "tjm 400, compétences wordpress, j'habite Villeurbanne"
 * saves all three. A headline is the whole sentence's, and skills read clause by clause replace
 * the engine's list (which cannot tell an added skill from a removed one).
 */
export function profileChanges(text: string, said: Slots): Slots {
  const edits = text ? profileEdits(text) : undefined;
  if (!edits) return said;
  // (the skills said before the headline, which the engine reads without the headline's words: "remove PHP from my
  // skills and set my headline to 'Cloud architect – AWS'")
  // ("set my headline to 'Bookkeeper' and add that I speak Welsh": the engine ends a quoted headline at its quote; of
  // what follows, only the languages are kept — the whole sentence's headline would swallow them)
  if (typeof edits.headline === "string") {
    const kept = Object.fromEntries(
      Object.entries(said).filter(([slot]) => slot === "skills" || slot === "removeSkills" || slot === "languages"),
    );
    const quoted =
      typeof said.headline === "string" && said.headline.length < edits.headline.length && edits.headline.includes(said.headline);
    return { ...kept, ...edits, ...(quoted ? { headline: said.headline } : {}) };
  }
  const merged: Slots = { ...said, ...edits };
  // ("add to my profile that I can do bookkeeping and Sage accounts": the engine read more of the same list, nothing removed)
  const engineSkills = Array.isArray(said.skills) ? (said.skills as string[]) : [];
  if (
    Array.isArray(edits.skills) &&
    edits.removeSkills === undefined &&
    said.removeSkills === undefined &&
    engineSkills.length > edits.skills.length &&
    (edits.skills as string[]).every((skill) => engineSkills.includes(skill))
  )
    merged.skills = engineSkills;
  if (edits.skills !== undefined || edits.removeSkills !== undefined) {
    if (edits.skills === undefined) delete merged.skills;
    if (edits.removeSkills === undefined) delete merged.removeSkills;
  }
  return merged;
}
