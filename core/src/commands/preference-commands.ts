/** Setting preferences (language, distance, digest…): the profile service's own schema, shared by REST, LLM tools and chat. */
import type { z } from "zod";
import { Preferences } from "../profiles/preferences.ts";

export const SetPreferencesCommand = Preferences;
export type SetPreferencesCommand = z.input<typeof SetPreferencesCommand>;
