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

/** The category a title names ("cours de guitare" → tutoring before instruments: the first concept that is a service wins). */
export function inferCategory(title: string): string {
  const slugs = words(title).flatMap((word) => {
    const concept = conceptOf(word);
    const slug = concept ? CATEGORY_OF_CONCEPT[concept] : undefined;
    return slug ? [slug] : [];
  });
  const services = new Set(["tutoring", "repairs", "moving", "cleaning", "childcare", "pet-care", "language-exchange"]);
  return slugs.find((slug) => services.has(slug)) ?? slugs[0] ?? "goods";
}
