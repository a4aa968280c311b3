/**
 * The `/relais` slash command as Discord registers it: subcommands (ask, post, edit, search,
 * matches, inbox, profile, link) with names and descriptions in English and French (Discord
 * shows the member's language; interactions carry the English names), autocomplete for places
 * and categories, installable in servers and to a member's own account (user-installable: usable
 * in DMs without a shared server). `registerCommands` sends it with the bot token, to one
 * server (`--guild`, instant) or globally.
 *
 * @see https://discord.com/developers/docs/interactions/application-commands
 */
import { type Locale, type MessageKey, t } from "@relais/core/i18n/messages";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPutAPIApplicationCommandsJSONBody,
  Routes,
} from "discord-api-types/v10";
import { createRest } from "./rest.ts";

type Described = { name: string; frName: string; description: MessageKey };

const localised = (item: Described) => ({
  name: item.name,
  name_localizations: { fr: item.frName },
  description: t(item.description, "en" satisfies Locale),
  description_localizations: { fr: t(item.description, "fr") },
});

const text = (item: Described, required: boolean, extra: Record<string, unknown> = {}) => ({
  type: ApplicationCommandOptionType.String,
  ...localised(item),
  required,
  max_length: 500,
  ...extra,
});

const sub = (item: Described, options: Record<string, unknown>[] = []) => ({
  type: ApplicationCommandOptionType.Subcommand,
  ...localised(item),
  ...(options.length > 0 ? { options } : {}),
});

/** The `/relais` command's definition (the body of Discord's bulk overwrite). */
export function relaisCommands(): RESTPutAPIApplicationCommandsJSONBody {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      ...localised({ name: "relais", frName: "relais", description: "cmd_relais" }),
      integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
      options: [
        sub({ name: "ask", frName: "demander", description: "cmd_ask" }, [
          text({ name: "text", frName: "texte", description: "cmd_ask_text" }, true),
        ]),
        sub({ name: "search", frName: "chercher", description: "cmd_search" }, [
          text({ name: "query", frName: "quoi", description: "cmd_search_query" }, true),
          text({ name: "place", frName: "lieu", description: "cmd_search_place" }, false, { autocomplete: true }),
          text({ name: "category", frName: "categorie", description: "cmd_search_category" }, false, { autocomplete: true }),
        ]),
        sub({ name: "post", frName: "publier", description: "cmd_post" }, [
          // Without a text, the listing form opens (a modal with photos).
          text({ name: "text", frName: "texte", description: "cmd_post_text" }, false),
          text({ name: "kind", frName: "type", description: "cmd_post_kind" }, false, {
            choices: [
              { name: t("as_kind_offer", "en"), name_localizations: { fr: t("as_kind_offer", "fr") }, value: "offer" },
              { name: t("as_kind_want", "en"), name_localizations: { fr: t("as_kind_want", "fr") }, value: "want" },
            ],
          }),
          // What the form has no room for (a modal holds 5 fields), said before it opens.
          text({ name: "category", frName: "categorie", description: "cmd_post_category" }, false, { autocomplete: true }),
          text({ name: "price", frName: "prix", description: "cmd_post_price" }, false, { max_length: 20 }),
          text({ name: "place", frName: "lieu", description: "cmd_post_place" }, false, { autocomplete: true }),
        ]),
        sub({ name: "edit", frName: "modifier", description: "cmd_edit" }, [
          text({ name: "listing", frName: "annonce", description: "cmd_edit_listing" }, true, { autocomplete: true }),
          text({ name: "category", frName: "categorie", description: "cmd_edit_category" }, false, { autocomplete: true }),
        ]),
        sub({ name: "matches", frName: "echanges", description: "cmd_matches" }),
        sub({ name: "inbox", frName: "messages", description: "cmd_inbox" }),
        sub({ name: "profile", frName: "profil", description: "cmd_profile" }),
        sub({ name: "link", frName: "lier", description: "cmd_link" }, [
          text({ name: "code", frName: "code", description: "cmd_link_code" }, false),
        ]),
      ],
    },
  ] as RESTPutAPIApplicationCommandsJSONBody;
}

/** Sends the definition (bulk overwrite: registering again replaces, never duplicates). Returns what Discord stored. */
export async function registerCommands(options: {
  apiUrl: string;
  applicationId: string;
  token: string;
  guildId?: string;
}): Promise<{ id: string; name: string }[]> {
  const rest = createRest(options.apiUrl, options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  return (await rest.put(route, { body: relaisCommands() })) as { id: string; name: string }[];
}
