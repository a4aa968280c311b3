/**
 * The field rules every command shares: one definition of an id, a title, a message body, an
 * amount of money, a place, a radius. REST routes, LLM tools and the local engine's handlers
 * all build on these, so a title is three characters or more wherever it is typed.
 */
import { z } from "zod";

/** The id of a resource, in a path, a query or a body: never empty (an empty id is a caller's mistake, not a lookup). */
export const Id = z.string().min(1).max(64);

export const Locale = z.enum(["fr", "en"]);
export const ListingKind = z.enum(["offer", "want"]);
export const Condition = z.enum(["new", "like_new", "good", "fair", "poor"]);
export const ListingStatus = z.enum(["active", "paused", "closed", "traded"]);

const TITLE_MIN = 3;
const TITLE_MAX = 120;
export const Title = z.string().trim().min(TITLE_MIN).max(TITLE_MAX);
/** Empty (no description) or a few words: one or two characters say nothing to a reader. */
export const Description = z
  .string()
  .trim()
  .max(5000)
  .refine((text) => text.length === 0 || text.length >= 3, { error: "field_description_short" });
export const Tags = z.array(z.string().trim().min(1).max(30)).max(10);
export const CategorySlug = z.string().trim().min(1).max(60);

/** Integer minor units (cents), never negative. */
export const MinorAmount = z
  .number()
  .int({ error: "field_whole_cents" })
  .min(0)
  .max(1_000_000_000)
  .describe("Integer minor units (cents): 12.50 € is 1250.");
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
/** An ISO 4217 code the runtime knows (EUR, GBP, CHF…); stored upper-case by the services. */
export const Currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "ISO 4217 code such as EUR")
  .refine((code) => CURRENCIES.has(code.toUpperCase()), { error: "field_currency" });
export const Money = z.strictObject({ amount: MinorAmount, currency: Currency });

export const PlaceName = z.string().trim().min(1).max(120).describe('A town, "Villeurbanne 69100", "Paris 11e", "London, GB"…');
export const Coordinates = z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });
/** A place name or coordinates, as listings, profiles and searches take them. */
export const LocationInput = z.union([Coordinates, z.strictObject({ place: PlaceName })]);

const RADIUS_MIN_KM = 0.1;
const RADIUS_MAX_KM = 1000;
export const RadiusKm = z.number().min(RADIUS_MIN_KM).max(RADIUS_MAX_KM).describe("0.1 to 1000 km around the centre.");

const MESSAGE_MAX = 10_000;
export const MessageBody = z.string().trim().min(1).max(MESSAGE_MAX);

export const SkillName = z.string().trim().min(1).max(50);
export const LanguageCode = z.string().regex(/^[a-zA-Z]{2}$/, "ISO 639-1 code");
export const ReportReason = z.enum(["spam", "scam", "harassment", "inappropriate", "prohibited_item", "other"]);
/** A link code as shown to the member: ten digits, maybe in two groups of five. */
export const LinkCode = z
  .string()
  .trim()
  .regex(/^\d{5}[ -]?\d{5}$/, "10 digits");
