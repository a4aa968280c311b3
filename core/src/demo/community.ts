/**
 * Turns the demo members, items and planned trades into listings: the planned swaps first,
 * then everyday offers and wants drawn deterministically (same data on every machine).
 */
import { DEMO_ITEMS, DEMO_ITEMS_BY_KEY, type DemoItem } from "./items.ts";
import { DEMO_MEMBERS, type DemoMember } from "./members.ts";
import { DEMO_PLACES } from "./places.ts";
import { DEMO_CYCLES, DEMO_PAIRS, type DemoTradeLeg, SHIPPABLE_CATEGORIES } from "./trades.ts";

export type DemoListing = {
  member: string;
  kind: "offer" | "want";
  item: DemoItem;
  title: string;
  description: string;
  category: string;
  tags: string[];
  condition: DemoItem["condition"] | null;
  priceMinor: number | null;
  placeName: string;
  postcode: string | null;
  countryCode: string;
  lat: number;
  lng: number;
  remote: boolean;
  shipping: boolean;
  locale: "fr" | "en";
  daysAgo: number;
};

/** mulberry32: small seeded PRNG, so the demo is the same everywhere. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WANT_PREFIX = {
  fr: ["Cherche", "Recherche", "Je cherche", "Besoin de"],
  en: ["Looking for", "Wanted:", "Searching for", "Need"],
} as const;

function memberByKey(key: string): DemoMember {
  const member = DEMO_MEMBERS.find((m) => m.key === key);
  if (!member) throw new Error(`demo data: unknown member ${key}`);
  return member;
}

function itemByKey(key: string): DemoItem {
  const item = DEMO_ITEMS_BY_KEY.get(key);
  if (!item) throw new Error(`demo data: unknown item ${key}`);
  return item;
}

function listingFor(member: DemoMember, item: DemoItem, kind: "offer" | "want", random: () => number): DemoListing {
  const place = DEMO_PLACES[member.place];
  const text = item[member.locale];
  const prefixes = WANT_PREFIX[member.locale];
  const prefix = prefixes[Math.floor(random() * prefixes.length)] ?? prefixes[0];
  const wantTitle = `${prefix} ${text.title.charAt(0).toLowerCase()}${text.title.slice(1)}`;
  return {
    member: member.key,
    kind,
    item,
    title: kind === "offer" ? text.title : wantTitle,
    description:
      kind === "offer"
        ? text.description
        : member.locale === "fr"
          ? `Je cherche : ${text.description.charAt(0).toLowerCase()}${text.description.slice(1)} Échange possible.`
          : `I'm after this: ${text.description.charAt(0).toLowerCase()}${text.description.slice(1)} Happy to swap.`,
    category: item.category,
    tags: item.tags,
    condition: kind === "offer" ? (item.condition ?? null) : null,
    priceMinor: kind === "offer" && item.priceEur !== undefined ? item.priceEur * 100 : null,
    placeName: place.name,
    postcode: "postcode" in place ? place.postcode : null,
    countryCode: place.countryCode,
    lat: place.lat,
    lng: place.lng,
    remote: item.remote === true,
    shipping: SHIPPABLE_CATEGORIES.has(item.category),
    locale: member.locale,
    daysAgo: Math.floor(random() * 45),
  };
}

export function buildDemoListings(): DemoListing[] {
  const random = seededRandom(20261121);
  const listings: DemoListing[] = [];
  const legs: DemoTradeLeg[] = [...DEMO_PAIRS.flat(), ...DEMO_CYCLES.flat()];
  const planned = new Set(legs.flatMap((leg) => [leg.offers, leg.wants]));
  for (const leg of legs) {
    const member = memberByKey(leg.member);
    listings.push(listingFor(member, itemByKey(leg.offers), "offer", random));
    listings.push(listingFor(member, itemByKey(leg.wants), "want", random));
  }
  // Everyday listings: freelancers offer their trade; everyone offers two things and wants one.
  const everyday = DEMO_ITEMS.filter((item) => !planned.has(item.key));
  const skills = everyday.filter((item) => item.remote);
  const goods = everyday.filter((item) => !item.remote);
  for (const member of DEMO_MEMBERS) {
    if (member.dailyRateEur) {
      const skill = skills[Math.floor(random() * skills.length)];
      if (skill) listings.push(listingFor(member, skill, "offer", random));
    }
    for (let i = 0; i < 2; i++) {
      const item = goods[Math.floor(random() * goods.length)];
      if (item) listings.push(listingFor(member, item, "offer", random));
    }
    const wanted = everyday[Math.floor(random() * everyday.length)];
    if (wanted) listings.push(listingFor(member, wanted, "want", random));
  }
  return listings;
}
