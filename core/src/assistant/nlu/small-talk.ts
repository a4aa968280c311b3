/**
 * Small talk (issue 12, principle 9): "merci beaucoup !", "ok super", "lol", "bonne soirée",
 * "thx mate" get a short human answer instead of "I didn't get that". Only a message made of
 * such words is small talk; anything more is a request.
 */
import type { MessageKey } from "../../i18n/messages.ts";
import { foldText } from "../../text/normalize.ts";

const KINDS: [MessageKey, Set<string>][] = [
  [
    "as_small_talk_bye",
    new Set(
      "bonne soiree journee nuit soire a plus tard bientot demain bye goodbye good night see you later ciao tchao salut ++ a+".split(" "),
    ),
  ],
  [
    "as_small_talk_thanks",
    // (and whom the thanks go to, as friends say it: "merci chef", "thanks boss", "merci frère")
    new Set(
      // ("cheers mate, legend", "thanks, you're a star": praise said with the thanks)
      "merci thanks thank you thx ty cheers beaucoup bcp mille fois top super mate bro a lot much so chef boss frere mec tonton tata man guys legend star hero champ re youre".split(
        " ",
      ),
    ),
  ],
  ["as_small_talk_laugh", new Set("lol mdr ptdr haha hahaha hihi xd rofl lmao".split(" "))],
  [
    "as_small_talk_ok",
    new Set(
      "ok okay oki dac daccord d accord super cool parfait top nickel great alright got it noted entendu compris ca marche ok super genial awesome nice".split(
        " ",
      ),
    ),
  ],
];
/** Words that may stand around small talk without making it a request. */
const ALONG = new Set("et and ah oh eh bon bah ben vraiment really very tres encore again alors so well !".split(" "));
/** What marks each kind when several fit ("top merci" thanks, "ok super" is an ok). */
const MARKERS: Record<string, RegExp> = {
  as_small_talk_bye: /\b(bonne|bye|goodbye|good night|see you|ciao|tchao|a plus|a bientot|a demain)\b/,
  as_small_talk_thanks: /\b(merci|thanks|thank|thx|ty|cheers)\b/,
  as_small_talk_laugh: /\b(lol|mdr|ptdr|haha\w*|hihi|xd|rofl|lmao)\b/,
  as_small_talk_ok: /./,
};

/** The short answer to a message that is only small talk, or undefined. */
export function smallTalk(text: string): MessageKey | undefined {
  const folded = foldText(text)
    .replace(/[^a-z0-9+ ]+/g, " ")
    .trim();
  const words = folded.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  const all = new Set(KINDS.flatMap(([, set]) => [...set]));
  if (!words.every((word) => all.has(word) || ALONG.has(word))) return undefined;
  for (const [key] of KINDS) if (MARKERS[key]?.test(folded)) return key;
  return undefined;
}
