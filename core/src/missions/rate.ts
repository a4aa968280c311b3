/**
 * Day rates and salaries written as free text by job boards ("450-550 €/jour", "45k€ brut
 * annuel", "$80/h", "Mensuel de 1600,00 Euros à 1800,00 Euros"): the amounts (in minor units,
 * as the Mission table stores them), the currency and the period. A period is kept as written
 * and never converted into another (a day rate is not a salary); when the text names no
 * period and no "k", the period stays null rather than guessed.
 */
import { foldText } from "../text/normalize.ts";

export type RatePeriod = "hour" | "day" | "month" | "year" | "fixed";

export type Rate = {
  /** Minor units (cents). */
  min: number;
  max: number;
  currency: string | null;
  period: RatePeriod | null;
};

const CURRENCY_WORDS: [RegExp, string][] = [
  [/€|\beur\b|\beuros?\b/, "EUR"],
  [/£|\bgbp\b|\bpounds?\b/, "GBP"],
  [/\bchf\b/, "CHF"],
  [/\bcad\b|c\$/, "CAD"],
  [/\$|\busd\b|\bdollars?\b/, "USD"],
];

// Checked in order: "TJM" and "/j" before the generic words, "par mois" before "an".
const PERIOD_WORDS: [RegExp, RatePeriod][] = [
  [/\b(tjm|daily|per day|a day|par jour|\/ ?jour|\/ ?j|\/ ?d|\/ ?day|jour|journalier|jours?\b)/, "day"],
  [/(\/ ?h\b|\/ ?hr\b|\bhourly\b|\bper hour\b|\ban hour\b|\bhoraire\b|\bpar heure\b|\bheure\b|\bhour\b)/, "hour"],
  [/(\/ ?mois\b|\/ ?month\b|\/ ?mo\b|\bmensuel\b|\bpar mois\b|\bmonthly\b|\bper month\b|\bmois\b)/, "month"],
  [
    /(\/ ?an\b|\/ ?year\b|\/ ?yr\b|\bannuel(le)?\b|\bpar an\b|\bannual(ly)?\b|\byearly\b|\bper year\b|\bper annum\b|\bp\.?a\.?\b|\bbrut\b|\bgross\b|\bsalary\b)/,
    "year",
  ],
  [/(\bforfait\b|\bfixed price\b|\bflat fee\b|\bau forfait\b)/, "fixed"],
];

// A number as boards write it: 450, 45 000, 45.000, 1600,00, 2500.00, 12.5, optionally "k".
const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(k)?`;
const CURRENCY_MARK = String.raw`(?:€|\$|£|eur(?:os?)?\b|usd\b|gbp\b|chf\b|cad\b|dollars?\b)`;
const RANGE_LINK = String.raw`\s*(?:-|–|—|à|a|to|et|and)\s*`;
const AMOUNT = new RegExp(
  String.raw`(${CURRENCY_MARK})?\s*${NUMBER}\s*(${CURRENCY_MARK})?(?:${RANGE_LINK}(${CURRENCY_MARK})?\s*${NUMBER}\s*(${CURRENCY_MARK})?)?`,
  "gi",
);

function toNumber(token: string): number {
  const compact = token.replace(/[ \u00a0\u202f]/g, "");
  // "45.000" / "45,000": thousands; "1600,00" / "12.5": decimals.
  if (/^\d{1,3}([.,]\d{3})+$/.test(compact)) return Number(compact.replace(/[.,]/g, ""));
  const lastSep = Math.max(compact.lastIndexOf("."), compact.lastIndexOf(","));
  if (lastSep === -1) return Number(compact);
  const whole = compact.slice(0, lastSep).replace(/[.,]/g, "");
  return Number(`${whole}.${compact.slice(lastSep + 1)}`);
}

function currencyOf(text: string): string | null {
  for (const [pattern, code] of CURRENCY_WORDS) if (pattern.test(text)) return code;
  return null;
}

function periodOf(text: string): RatePeriod | null {
  for (const [pattern, period] of PERIOD_WORDS) if (pattern.test(text)) return period;
  return null;
}

/**
 * The first amount (or range) that carries a currency or a "k"; null when the text holds none.
 * `defaults` fill what the text leaves out (a board that always quotes day rates in euros).
 */
export function parseRate(text: string | null | undefined, defaults: { currency?: string; period?: RatePeriod } = {}): Rate | null {
  if (!text) return null;
  const folded = foldText(text).replace(/\s+/g, " ");
  for (const match of folded.matchAll(AMOUNT)) {
    const [, curBefore, num1, k1, curAfter1, curBefore2, num2, k2, curAfter2] = match;
    if (!num1) continue;
    const marked = Boolean(curBefore || curAfter1 || curBefore2 || curAfter2 || k1 || k2);
    if (!marked) continue;
    // "45-55k€": the k of the upper bound applies to the lower one too.
    const k = k1 || k2;
    const scale = (value: number, own: string | undefined) => (own || (k && !own && num2) ? value * 1000 : value);
    const low = scale(toNumber(num1), k1 ?? (num2 ? k2 : undefined));
    const high = num2 ? scale(toNumber(num2), k2) : low;
    if (!Number.isFinite(low) || !Number.isFinite(high) || low <= 0) continue;
    const start = match.index ?? 0;
    // Period words are looked for around the amount first ("TJM : 500 €", "500 € par jour").
    const rest = folded.slice(Math.max(0, start - 30), start + match[0].length + 30);
    const currency = currencyOf(match[0]) ?? currencyOf(folded) ?? defaults.currency ?? null;
    const period = periodOf(rest) ?? periodOf(folded) ?? (k ? "year" : (defaults.period ?? null));
    return {
      min: Math.round(Math.min(low, high) * 100),
      max: Math.round(Math.max(low, high) * 100),
      currency,
      period,
    };
  }
  return null;
}

/** Numbers a board gives as fields (salary_min/salary_max), kept in their period. */
export function rateFromNumbers(
  min: number | null | undefined,
  max: number | null | undefined,
  currency: string | null,
  period: RatePeriod | null,
): Rate | null {
  const low = typeof min === "number" && min > 0 ? min : undefined;
  const high = typeof max === "number" && max > 0 ? max : undefined;
  if (low === undefined && high === undefined) return null;
  const a = low ?? (high as number);
  const b = high ?? a;
  return { min: Math.round(Math.min(a, b) * 100), max: Math.round(Math.max(a, b) * 100), currency, period };
}
