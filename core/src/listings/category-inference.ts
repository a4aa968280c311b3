/**
 * The category a listing's title names, when the member did not pick one: "vélo de course" is
 * in bikes, "cours de guitare" in tutoring. Used by the listing service for every channel.
 */
import { conceptOf } from "../ai/lexicon.ts";
import { words } from "../text/normalize.ts";

const CATEGORY_OF_CONCEPT: Record<string, string> = {
  bike: "bikes",
  road_bike: "bikes",
  ebike: "bikes",
  guitar: "music-instruments",
  acoustic: "music-instruments",
  piano: "music-instruments",
  violin: "music-instruments",
  drums: "music-instruments",
  sofa: "furniture",
  table: "furniture",
  chair: "furniture",
  bed: "furniture",
  shelf: "furniture",
  wardrobe: "furniture",
  lamp: "furniture",
  book: "books",
  phone: "phones",
  laptop: "computers",
  tablet: "computers",
  camera: "cameras",
  console: "video-games",
  boardgame: "board-games",
  headphones: "audio-video",
  tv: "audio-video",
  clothing: "clothing",
  shoes: "clothing",
  kids: "kids",
  tools: "tools",
  ladder: "tools",
  garden: "garden",
  kitchen: "home-appliances",
  appliance: "home-appliances",
  sport: "sports-outdoors",
  tutoring: "tutoring",
  maths: "tutoring",
  language: "language-exchange",
  repair: "repairs",
  moving: "moving",
  cleaning: "cleaning",
  childcare: "childcare",
  petcare: "pet-care",
  developer: "web-development",
  frontend: "web-development",
  backend: "web-development",
  mobile_dev: "mobile-development",
  devops: "devops",
  data: "data",
  ml: "data",
  design: "design",
  marketing: "marketing",
  writing: "writing",
  video: "video-photo",
  consulting: "consulting",
};

/**
 * Things named by several words, read before single words: a "machine à coudre" is an appliance,
 * not machine learning. Folded, as `words` gives them.
 */
const CATEGORY_OF_PHRASE: [string[], string][] = [
  [["machine", "learning"], "data"],
  // Any other machine is a thing at home ("machine à pain", "bread machine"), never machine learning.
  [["machine"], "home-appliances"],
  [["bread", "maker"], "home-appliances"],
  [["yogurt", "maker"], "home-appliances"],
  [["coffee", "maker"], "home-appliances"],
];

/** Item words the lexicon does not know (it serves search), by the category they belong to. */
const CATEGORY_OF_WORD: Record<string, string> = {
  skateboard: "sports-outdoors",
  skate: "sports-outdoors",
  trottinette: "sports-outdoors",
  scooter: "sports-outdoors",
  tente: "sports-outdoors",
  tent: "sports-outdoors",
  kayak: "sports-outdoors",
  ski: "sports-outdoors",
  skis: "sports-outdoors",
  roller: "sports-outdoors",
  rollers: "sports-outdoors",
  ukulele: "music-instruments",
  trepied: "cameras",
  tripod: "cameras",
  yaourtiere: "home-appliances",
  cafetiere: "home-appliances",
  bouilloire: "home-appliances",
  kettle: "home-appliances",
  toaster: "home-appliances",
  blender: "home-appliances",
  mixeur: "home-appliances",
  friteuse: "home-appliances",
  gaufrier: "home-appliances",
  crepiere: "home-appliances",
  frigo: "home-appliances",
  fridge: "home-appliances",
  refrigerateur: "home-appliances",
  aspirateur: "home-appliances",
  vacuum: "home-appliances",
  poussette: "kids",
  stroller: "kids",
  livre: "books",
  livres: "books",
  roman: "books",
  romans: "books",
  bd: "books",
};

const SERVICES = new Set(["tutoring", "repairs", "moving", "cleaning", "childcare", "pet-care", "language-exchange"]);

/**
 * The category a title names, or undefined when nothing in it says (the caller decides: the
 * listing service files it under "goods", the assistant asks before publishing on that guess).
 * "cours de guitare" → tutoring before instruments: the first concept that is a service wins.
 */
export function namedCategory(title: string): string | undefined {
  const folded = words(title);
  const phrase = CATEGORY_OF_PHRASE.find(([parts]) => parts.every((part) => folded.includes(part)));
  const slugs = folded.flatMap((word) => {
    const concept = conceptOf(word);
    const slug = concept ? CATEGORY_OF_CONCEPT[concept] : undefined;
    return slug ? [slug] : [];
  });
  // An item noun ("trottinette") says more than a describing word ("électrique").
  const item = folded.flatMap((word) => (CATEGORY_OF_WORD[word] ? [CATEGORY_OF_WORD[word]] : []))[0];
  const service = slugs.find((slug) => SERVICES.has(slug));
  return service ?? phrase?.[1] ?? item ?? slugs[0];
}

/** The category a title names; "goods" when nothing in it says. */
export function inferCategory(title: string): string {
  return namedCategory(title) ?? "goods";
}
