/** Text normalisation shared by the embedder and, later, search and the assistant. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Lower case, accents removed, ligatures opened ("Cœur Vélo" → "coeur velo"). */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/œ/g, "oe").replace(/æ/g, "ae").toLowerCase();
}

export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** Strips common French and English inflections so "guitares" meets "guitare". */
export function lightStem(word: string): string {
  if (word.length <= 3) return word;
  for (const suffix of ["ements", "ement", "ations", "ation", "ings", "ing", "euses", "euse", "eurs", "eur", "ies", "es", "s", "x", "e"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}
