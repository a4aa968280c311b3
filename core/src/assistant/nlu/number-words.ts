/**
 * Numbers written in several words, as older members type amounts and distances: "cent cinquante euros",
 * "vingt-cinq km", "quatre-vingt-dix", "soixante et onze", "one hundred and fifty pounds", "twenty-five quid".
 * Words are folded tokens (a hyphen splits "vingt-cinq" into two). A single word is read by its caller's own table.
 */

const SMALL: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  onze: 11,
  eleven: 11,
  douze: 12,
  twelve: 12,
  treize: 13,
  thirteen: 13,
  quatorze: 14,
  fourteen: 14,
  quinze: 15,
  fifteen: 15,
  seize: 16,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  vingt: 20,
  vingts: 20,
  twenty: 20,
  trente: 30,
  thirty: 30,
  quarante: 40,
  forty: 40,
  cinquante: 50,
  fifty: 50,
  soixante: 60,
  sixty: 60,
  septante: 70,
  seventy: 70,
  huitante: 80,
  octante: 80,
  eighty: 80,
  nonante: 90,
  ninety: 90,
};
// (a table read by words people type: "constructor" or "toString" must find nothing in it)
Object.setPrototypeOf(SMALL, null);

const HUNDRED = new Set(["cent", "cents", "hundred"]);
const THOUSAND = new Set(["mille", "thousand"]);
/** "vingt et un", "one hundred and fifty": the joining word, read only between two number words. */
const JOINERS = new Set(["et", "and"]);

/** May `n` follow `last` (the value said just before) within one number? "vingt cinq", "soixante dix", "dix sept". */
function follows(last: number, n: number): boolean {
  if (last === 0) return n < 100;
  // ("soixante-dix", "soixante et onze", "quatre-vingt-dix": French counts 70 and 90 on from 60 and 80)
  if (last === 60 || last === 80) return n >= 1 && n < 20;
  if (last >= 20 && last % 10 === 0) return n >= 1 && n < 10;
  if (last === 10) return n >= 7 && n <= 9;
  return false;
}

/**
 * The number written in two or more words from `start`: its value and the index after its last word.
 * Undefined for a single word or none ("cinquante" alone is the caller's) and for words that make no
 * number together ("deux trois").
 */
export function numberInWords(words: readonly string[], start: number): { value: number; end: number } | undefined {
  let total = 0;
  let current = 0;
  let last = 0;
  let count = 0;
  let end = start;
  for (let i = start; i < words.length; i++) {
    const word = words[i] ?? "";
    const small = SMALL[word];
    if (small !== undefined) {
      // ("quatre-vingts", "quatre-vingt-dix": four twenties)
      if ((word === "vingt" || word === "vingts") && last === 4 && current % 100 === 4) {
        current += 76;
        last = 80;
      } else if (follows(last, small) && current + small < 1000) {
        current += small;
        last = small;
      } else break;
    } else if (HUNDRED.has(word) && (count === 0 || (current >= 1 && current < 10))) {
      // ("cent cinquante", "deux cents", "two hundred and fifty")
      current = (current || 1) * 100;
      last = 0;
    } else if (THOUSAND.has(word) && (count === 0 || current > 0)) {
      total += (current || 1) * 1000;
      current = 0;
      last = 0;
    } else if (JOINERS.has(word) && count > 0 && SMALL[words[i + 1] ?? ""] !== undefined) {
      continue;
    } else break;
    count++;
    end = i + 1;
  }
  if (count < 2) return undefined;
  return { value: total + current, end };
}
