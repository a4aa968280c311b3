/**
 * Lines typed as fields, the way power users and moderators fill a form in a chat box:
 * "title: lampe vintage | price: 40 | loc: dijon | cond: be", "q: macbook | loc: zurich | max: 800 | sort: recent",
 * "vds vtt rockrider 27.5 | 180€ | loc: grenoble | cond: tbe". Each known key says one slot; what is typed without a
 * key is read as a line of its own, and the fields complete or correct that reading.
 */
import { resolvePlace } from "../../places/gazetteer.ts";
import { foldText } from "../../text/normalize.ts";
import type { Intent, Slots } from "../intents.ts";
import { extractSlots } from "./slots.ts";
import { tokenize } from "./text.ts";

/** The keys people type, by the slot they fill. */
const KEYS: Record<string, "title" | "price" | "place" | "condition" | "kind" | "q" | "maxPrice" | "minPrice" | "sort" | "radiusKm"> = {
  title: "title",
  titre: "title",
  item: "title",
  objet: "title",
  price: "price",
  prix: "price",
  tarif: "price",
  loc: "place",
  lieu: "place",
  ville: "place",
  location: "place",
  place: "place",
  town: "place",
  city: "place",
  where: "place",
  ou: "place",
  cond: "condition",
  etat: "condition",
  condition: "condition",
  type: "kind",
  kind: "kind",
  q: "q",
  query: "q",
  search: "q",
  recherche: "q",
  max: "maxPrice",
  budget: "maxPrice",
  min: "minPrice",
  sort: "sort",
  tri: "sort",
  radius: "radiusKm",
  rayon: "radiusKm",
};

/** The shorthands of a condition typed alone in a field, as the engine's condition words read them ("be" is "bon état"). */
const CONDITION_SHORTHANDS: Record<string, string> = {
  be: "bon etat",
  good: "good condition",
  "very good": "very good condition",
  excellent: "excellent condition",
  fair: "fair condition",
  ok: "ok condition",
};

/** A condition as a field's value says it ("tbe", "be", "good", "like new"): read by the engine's own condition words. */
function conditionOf(value: string): string | undefined {
  const folded = foldText(value).trim();
  const said = `${CONDITION_SHORTHANDS[folded] ?? folded}`;
  const condition = extractSlots("create_listing", said, tokenize(said)).condition;
  return typeof condition === "string" ? condition : undefined;
}

/** What a field's value of sort says. */
const SORTS: [RegExp, string][] = [
  [/^(?:price|prix|cheapest|moins cher|le moins cher|cheap)/, "price"],
  [/^(?:distance|dist|proche|plus proche|closest|nearest|near)/, "distance"],
  [/^(?:recent|recents|newest|new|latest|date|nouveau|nouveaux)/, "recent"],
];

const FIELD = /^\s*([\p{L}]{1,12})\s*:\s*(\S.*?)\s*$/u;

/** An amount in a field's value: "40", "180€", "1,2k", "650 CHF" (cents), and its currency when said. */
function amountOf(value: string): { amount: number; currency?: string } | undefined {
  // ("1,200", "1.200", "1 200": a thousands separator before three digits; "12,50", "1.5k": a decimal point)
  const grouped = value.replace(/(\d)[\s.,](?=\d{3}(?!\d))/g, "$1");
  const found = /(\d+(?:[.,]\d+)?)\s*(k)?/i.exec(grouped);
  if (!found?.[1]) return undefined;
  const number = Number(found[1].replace(",", ".")) * (found[2] ? 1000 : 1);
  if (!Number.isFinite(number)) return undefined;
  // (a dollar's country is the town's, which the field does not say: the amount alone)
  const currency = /chf|francs?/i.test(value) ? "CHF" : /£|gbp|quid|pounds?/i.test(value) ? "GBP" : undefined;
  return { amount: Math.round(number * 100), ...(currency ? { currency } : {}) };
}

export type FieldReading = { intent: Intent | undefined; slots: Slots; free: string };

/**
 * The fields of a line cut by "|" (or ";"), when at least two of its parts are "key: value" with a known key, or one
 * is and the line is cut by "|"; undefined otherwise (a colon in a sentence is no field).
 */
export function fieldsIn(text: string): FieldReading | undefined {
  const piped = text.includes("|");
  const parts = text.split(piped ? /\s*\|\s*/ : /\s*;\s*/).filter((part) => part.trim());
  if (parts.length < 2) return undefined;
  const slots: Slots = {};
  const free: string[] = [];
  let known = 0;
  for (const part of parts) {
    const field = FIELD.exec(part);
    const slot = field?.[1] ? KEYS[foldText(field[1])] : undefined;
    const value = field?.[2]?.trim() ?? "";
    if (!slot || !value) {
      free.push(part.trim());
      continue;
    }
    known++;
    const folded = foldText(value);
    if (slot === "title" || slot === "q") slots[slot] = value;
    else if (slot === "place") {
      slots.place = resolvePlace(value)?.name ?? value;
    } else if (slot === "condition") {
      const condition = conditionOf(value);
      if (condition) slots.condition = condition;
    } else if (slot === "kind") {
      if (/^(?:offre|offer|vente|vends|sell|selling|don|give|gift)/.test(folded)) slots.kind = "offer";
      else if (/^(?:demande|want|wanted|cherche|recherche|wtb|iso|request)/.test(folded)) slots.kind = "want";
    } else if (slot === "sort") {
      const sort = SORTS.find(([pattern]) => pattern.test(folded))?.[1];
      if (sort) slots.sort = sort;
    } else if (slot === "radiusKm") {
      const km = /(\d+)/.exec(value)?.[1];
      if (km) slots.radiusKm = Number(km);
    } else {
      const amount = amountOf(value);
      if (amount) {
        slots[slot] = amount.amount;
        if (amount.currency && slot === "price") slots.currency = amount.currency;
      }
    }
  }
  if (known < 2 && !(piped && known >= 1)) return undefined;
  // (missions searched by fields are the engine's other reading: "search: react dev missions | loc: lyon")
  if (typeof slots.q === "string" && /\b(?:missions?|gigs?|jobs?)\b/i.test(slots.q)) return undefined;
  // A query searches; a title, a kind, a price or a condition describe a posting
  const posting = ["title", "kind", "price", "condition"].some((slot) => slots[slot] !== undefined);
  const intent: Intent | undefined = slots.q !== undefined ? "search_listings" : posting ? "create_listing" : undefined;
  return { intent, slots, free: free.join(", ") };
}
