/** The intents the assistant understands (names shared by both engines and the HTTP API). */
export const INTENTS = [
  "greeting",
  "help",
  "create_listing",
  "update_listing",
  "delete_listing",
  "my_listings",
  "search_listings",
  "show_listing",
  "show_matches",
  "accept_match",
  "decline_match",
  "complete_match",
  "review_member",
  "send_message",
  "show_conversations",
  "read_conversation",
  "show_profile",
  "update_profile",
  "generate_profile",
  "set_preferences",
  "search_missions",
  "save_mission",
  "apply_mission",
  "show_applications",
  "import_mission",
  "link_account",
  "report_user",
  "cancel",
  "unknown",
] as const;

export type Intent = (typeof INTENTS)[number];

/** Slot values: strings, numbers (money in minor units, km), booleans, lists of skills. */
export type SlotValue = string | number | boolean | string[];
export type Slots = Record<string, SlotValue>;

export type Interpretation = {
  intent: Intent;
  slots: Slots;
  confidence: number;
  locale: "fr" | "en";
  /** A second reading almost as likely as the first: the engine asks which one was meant. */
  alternative?: { intent: Intent; slots: Slots };
};
