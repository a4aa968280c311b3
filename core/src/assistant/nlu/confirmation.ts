/**
 * Answers to "are you sure?": a confirmation is an affirmation and nothing else, a refusal a
 * negation and nothing else. "oui",
 * "yes please", "ok vas-y", "oui supprime-la", "👍" confirm; "où est le vélo ?", "y a-t-il
 * autre chose ?" or "ok mais attends" do not (they merely start like a yes), so a delete,
 * decline, application or report never runs on a message that says something else.
 */
import { foldText } from "../../text/normalize.ts";

/** Words that say yes by themselves. */
const YES_WORDS = new Set(
  (
    "oui ouais ouai ouaip ouep ouii ouiii yes yess yep yeah yeh yup ok okay oki okey okok dac daccord accord go " +
    "confirme confirmer confirmez confirm confirmed sure absolument absolutely valide valider parfait perfect carrement " +
    "exactement exactly certainement certainly evidemment definitely affirmatif bien_sur of_course c_est_bon vas_y allez_y thumbsup"
  ).split(" "),
);

/** Words that may stand around a yes without changing it: politeness, "do it", the action's own verb. */
const ALONG_WORDS = new Set(
  (
    "please pls plz stp svp merci thanks thank thx you do it that this one fais le la les l vas allez y bien sur of course c est " +
    "bon tout a fait alors donc bah ben eh ah oh go ahead sounds good great fine super top cool nickel ca marche " +
    "supprime supprimer supprimez delete remove efface refuse refuser decline postule postuler apply signale signaler report " +
    "enregistre enregistrer save publie publier post send envoie envoyer it s moi me i am im do sure yes oui ok " +
    "profil profile annonce listing candidature application signalement"
  ).split(" "),
);

const EMOJI_YES = /[👍✅👌✔☑🆗]/gu;

/** The message's words, folded, with "c'est bon", "bien sûr", "vas-y" and "of course" as one word each. */
function answerWords(text: string): string[] {
  const folded = foldText(text.replace(EMOJI_YES, " thumbsup "))
    .toLowerCase()
    .replace(/\bc\s*'?\s*est bon\b/g, "c_est_bon")
    .replace(/\bbien sur\b/g, "bien_sur")
    .replace(/\bof course\b/g, "of_course")
    .replace(/\b(vas|allez)[\s-]*y\b/g, "$1_y")
    .replace(/\bd\s*'?\s*accord\b/g, "daccord");
  return folded.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}

/** True when the whole message is a yes ("oui", "yes please", "ok vas-y", "👍", "y" alone). */
export function isAffirmation(text: string): boolean {
  const words = answerWords(text);
  if (words.length === 1 && (words[0] === "o" || words[0] === "y")) return true;
  if (words.length === 0 || words.length > 6) return false;
  return words.some((word) => YES_WORDS.has(word)) && words.every((word) => YES_WORDS.has(word) || ALONG_WORDS.has(word));
}

/** Words that say no by themselves. */
const NO_WORDS = new Set(
  "non no nope nan nah nop pas_du_tout surtout_pas jamais never dont annule cancel stop laisse_tomber forget_it oublie".split(" "),
);

/** Words that may stand around a no: politeness, "don't do it", "finally", the action's verb. */
const NO_ALONG = new Set(
  (
    "merci thanks thank you thx please stp svp en fait finalement actually wait attends non no ne pas fais le la les l it that this " +
    "do don t delete supprime supprimer efface remove ca c est bon ok sorry desole oups oops rien nothing mind"
  ).split(" "),
);

/** True when the whole message is a no ("non", "no thanks", "non merci", "don't delete it", "surtout pas"). */
export function isNegation(text: string): boolean {
  const words = foldText(text)
    .toLowerCase()
    .replace(/\bpas du tout\b/g, "pas_du_tout")
    .replace(/\bsurtout pas\b/g, "surtout_pas")
    .replace(/\blaisse tomber\b/g, "laisse_tomber")
    .replace(/\bforget it\b/g, "forget_it")
    .replace(/\bdon\s*'?\s*t\b/g, "dont")
    .replace(/\bne (?:le |la )?fais pas\b/g, "dont")
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  return words.some((word) => NO_WORDS.has(word)) && words.every((word) => NO_WORDS.has(word) || NO_ALONG.has(word));
}
