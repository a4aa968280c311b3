/**
 * Edits that name one of the member's listings and say its new title: "rename the drill to
 * Bosch PSR drill", "change the price of my bike to 90", "de mon vélo en vélo de ville". They read
 * as the lazy patterns `… (.+?)\s+(?:to|en)\s+(.+?)\s*[.!]*$` would read them (the shortest name
 * after which a separator and the rest of the line follow), but in one pass: tried by a regex
 * engine, a 12,000-character line of spaces or of "to to to …" took seconds to minutes.
 */

const RENAME_HEAD =
  /\b(?:rename|renomme[rz]?|change (?:the )?(?:title|name) of|change le (?:titre|nom) (?:de|du|des)|modifie le (?:titre|nom) (?:de|du|des))\s+/giu;
/** The words between a rename's name and its new title (spaces both sides), starting a run of spaces. */
const RENAME_TO = /(?<!\s)\s+(?:to|en|par|as|into)\s+/iuy;

const RENAME_TO_AFTER_NAME = /\s+(?:to|en|par|as|into)\s+/iuy;

const OWN_HEAD = /\b(?:my|mon|ma|mes)\s+/giu;
/** "… listing to …", "… annonce en …", "… : …": between the name of one's listing and its new title. */
const OWN_TO = /(?<!\s)(?:\s+(?:listing|annonce))?\s+(?:to|en|par|as|:)\s*/iuy;
const OWN_TO_AFTER_NAME = /(?:\s+(?:listing|annonce))?\s+(?:to|en|par|as|:)\s*/iuy;
/** "my bike listing": the word "listing" closing the name is no part of it. */
const LISTING_WORD = /(?<!\s)\s+(?:listing|annonce)$/iu;

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** Where the words of a line end, before its closing spaces, dots and bangs (`\s*[.!]*$`). */
function wordsEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || text[end - 1] === "!")) end--;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return end;
}

/** The starts of runs of spaces where `separator` (sticky) matches, and where each match ends. */
function separatorsIn(text: string, separator: RegExp): { at: number; end: number }[] {
  const found: { at: number; end: number }[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!isSpace(text[i]) || isSpace(text[i - 1])) continue;
    separator.lastIndex = i;
    const match = separator.exec(text);
    if (match) found.push({ at: i, end: i + match[0].length });
  }
  return found;
}

/**
 * The last words of a line from `start` (its new title), as `(.+?)\s*[.!]*$` keeps them: up to
 * the closing spaces and dots, at least one character, never across a line break.
 */
function restOfLine(text: string, start: number, end: number, startsWithWord: boolean): string | undefined {
  if (start >= text.length) return undefined;
  const rest = text.slice(start, Math.max(end, start + 1));
  if (rest.includes("\n") || (startsWithWord && isSpace(rest[0]))) return undefined;
  return rest;
}

type Separator = { at: number; end: number };

/**
 * The first reading of the line, head by head from the left (`read` gets the head, where its name
 * starts and the separators after it on its line). A head that reads nothing skips the heads before
 * its line break: their names would cross it too.
 */
function firstReading<T>(
  text: string,
  heads: RegExp,
  separators: Separator[],
  read: (head: RegExpExecArray, start: number, after: Separator[]) => T | undefined,
): T | undefined {
  let next = 0;
  let from = 0;
  for (const head of text.matchAll(heads)) {
    const start = head.index + head[0].length;
    if (start < from) continue;
    const lineBreak = text.indexOf("\n", start);
    while (next < separators.length && (separators[next]?.at ?? 0) <= start) next++;
    let last = next;
    while (last < separators.length && (lineBreak < 0 || (separators[last]?.at ?? 0) <= lineBreak)) last++;
    const reading = read(head, start, separators.slice(next, last));
    if (reading !== undefined) return reading;
    if (lineBreak < 0) return undefined;
    from = lineBreak;
  }
  return undefined;
}

/** "rename the drill to Bosch PSR drill", "renomme la perceuse en …": the words naming it and the new title. */
export function renameOf(text: string): { naming: string; title: string } | undefined {
  const end = wordsEnd(text);
  return firstReading(text, RENAME_HEAD, separatorsIn(text, RENAME_TO), (head, start, after) => {
    for (const separator of after) {
      const title = restOfLine(text, separator.end, end, true);
      if (title !== undefined) return { naming: text.slice(start, separator.at), title: title.trim() };
    }
    // "rename   to x": three spaces or more, then the separator; the pattern then reads a space as the name.
    const space = spaceNamed(text, start, head.index);
    if (space === undefined) return undefined;
    RENAME_TO_AFTER_NAME.lastIndex = space + 1;
    const separator = RENAME_TO_AFTER_NAME.exec(text);
    const title = separator ? restOfLine(text, space + 1 + separator[0].length, end, true) : undefined;
    return title !== undefined ? { naming: text.charAt(space), title: title.trim() } : undefined;
  });
}

/**
 * "of my drill to …", "de mon vélo en …", "my bike listing": the member's own listing named (the
 * words after "my"), and the new title said after it when there is one.
 */
export function ownListingNamed(text: string): { naming: string; title?: string } | undefined {
  const end = wordsEnd(text);
  // "… bike listing": where a closing "listing" starts (its run of spaces), or -1.
  const closing = LISTING_WORD.exec(text.slice(0, end))?.index ?? -1;
  return firstReading<{ naming: string; title?: string }>(text, OWN_HEAD, separatorsIn(text, OWN_TO), (head, start, after) => {
    if (start === text.length) {
      // "my " closing the line: the name the pattern reads is its last space that is no line break.
      const space = spaceNamed(text, start + 1, head.index);
      return space !== undefined ? { naming: text.charAt(space) } : undefined;
    }
    for (const separator of after) {
      const title = separator.end < text.length ? restOfLine(text, separator.end, end, false) : lastSpaceNotBreak(text, separator.at + 1);
      if (title !== undefined) return { naming: text.slice(start, separator.at), title };
    }
    // No new title: the name runs to the end of the line, without a closing "listing".
    const nameEnd = closing > start ? closing : Math.max(end, start + 1);
    const lineBreak = text.indexOf("\n", start);
    if (lineBreak < 0 || lineBreak >= nameEnd) return { naming: text.slice(start, nameEnd) };
    // "my  \nto x": the name cannot cross the line break; the pattern then reads a space of the head's as the name.
    const space = spaceNamed(text, start, head.index);
    if (space === undefined) return undefined;
    OWN_TO_AFTER_NAME.lastIndex = space + 1;
    const separator = OWN_TO_AFTER_NAME.exec(text);
    const at = separator ? space + 1 + separator[0].length : -1;
    const title = at < 0 ? undefined : at < text.length ? restOfLine(text, at, end, false) : lastSpaceNotBreak(text, space + 2);
    return title !== undefined ? { naming: text.charAt(space), title } : undefined;
  });
}

/**
 * When a pattern's `\s+` after its head gives back spaces so that its name is one of them: the
 * last space before `start - 1` that is no line break, the head keeping the first of its run.
 */
function spaceNamed(text: string, start: number, headAt: number): number | undefined {
  let runStart = Math.min(start, text.length);
  while (runStart > headAt && isSpace(text[runStart - 1])) runStart--;
  let space = start - 2;
  while (space > runStart && text[space] === "\n") space--;
  return space > runStart ? space : undefined;
}

/** The last character of the line's closing run of spaces that is not a line break (from `after` on), if any. */
function lastSpaceNotBreak(text: string, after: number): string | undefined {
  for (let i = text.length - 1; i >= after && isSpace(text[i]); i--) if (text[i] !== "\n") return text[i];
  return undefined;
}
