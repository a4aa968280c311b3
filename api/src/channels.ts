/**
 * The chat channels started with the server: each configured platform's adapter, with its
 * `ChannelPort` registered where the delivery worker (createRelais) finds it. Adapters only
 * translate and render; what a turn does is decided here by core: a reply in the thread of a
 * delivered message joins that conversation; everything else goes to the assistant.
 */
import type { ChannelCore } from "@relais/bots/channel-core";
import type { DiscordChannel, DiscordOptions } from "@relais/bots/discord";
import type { SlackChannel, SlackCore } from "@relais/bots/slack";
import type { TeamsChannel, TeamsCore, TeamsOptions } from "@relais/bots/teams";
import { findOrCreateUserByIdentity } from "@relais/core/accounts/identities";
import type { DeliveryChannel } from "@relais/core/db/generated/enums";
import { rememberIdentityAddress } from "@relais/core/delivery/addresses";
import { forgetChatPlace, rememberChatPlace } from "@relais/core/delivery/chat-places";
import { enqueueAnswers } from "@relais/core/delivery/enqueue";
import { deleteInstallation, getInstallation, saveInstallation } from "@relais/core/installations/installations";
import { loadCategoryTree } from "@relais/core/listings/category-tree";
import {
  editableListings,
  editListingForm,
  listingForm,
  submitEditListingForm,
  submitListingForm,
} from "@relais/core/listings/listing-form";
import { replyInDeliveredThread } from "@relais/core/messaging/thread-replies";
import { placesStartingWith } from "@relais/core/places/gazetteer";
import { foldText } from "@relais/core/text/normalize";
import express, { type Router } from "express";
import type { Logger } from "pino";
import type { ApiContext } from "./http/api-context.ts";

export type RunningChannels = {
  /** Routes platforms call (Slack's events, Teams' activities, Discord's interactions), mounted before the JSON body parser. */
  webhooks: Router | undefined;
  slack: SlackChannel | undefined;
  teams: TeamsChannel | undefined;
  discord: DiscordChannel | undefined;
  stop(): Promise<void>;
};

/** A chat turn: an answer in the thread of a delivered message joins that conversation; anything else goes to the assistant. */
function chatHandle(api: ApiContext, channel: DeliveryChannel): ChannelCore["handle"] {
  const market = api.core.market;
  return async (turn, options = {}) => {
    const thread = turn.channel?.thread;
    const text = turn.text?.trim();
    if (thread && text) {
      const { user } = await findOrCreateUserByIdentity(api.accounts, {
        ...turn.identity,
        ...(turn.locale ? { locale: turn.locale } : {}),
      });
      const answered = await replyInDeliveredThread(market, {
        userId: user.id,
        channel,
        thread,
        body: text,
        clientMessageId: turn.inboundId ?? `${turn.identity.externalId}:${thread}:${Date.now()}`,
      });
      if (answered) return { replies: [{ text: answered.confirmation }], replayed: !answered.created };
    }
    return api.assistant.handle(turn, options);
  };
}

/** What Slack and Discord get from core; `provider` says which identities and outbox rows are their own. */
export function coreForChannel(api: ApiContext, provider: "slack" | "discord" | "teams"): ChannelCore {
  const market = api.core.market;
  return {
    handle: chatHandle(api, provider),
    async listingForm(_identity, locale, initial) {
      return listingForm(market, locale ?? "fr", initial);
    },
    async submitListingForm(identity, locale, values, photos) {
      const { user } = await findOrCreateUserByIdentity(api.accounts, { ...identity, ...(locale ? { locale } : {}) });
      return submitListingForm(market, user.id, locale ?? user.locale, values, photos);
    },
    async editableListings(identity) {
      const { user } = await findOrCreateUserByIdentity(api.accounts, identity);
      return editableListings(market, user.id);
    },
    async editListingForm(identity, locale, listingId) {
      const { user } = await findOrCreateUserByIdentity(api.accounts, identity);
      return editListingForm(market, user.id, locale ?? user.locale, listingId);
    },
    async submitEditListingForm(identity, locale, listingId, values, photos) {
      const { user } = await findOrCreateUserByIdentity(api.accounts, identity);
      return submitEditListingForm(market, user.id, locale ?? user.locale, listingId, values, photos);
    },
    overview: (identity, channel, locale) => api.assistant.overview(identity, channel, locale),
    async listingToEdit(identity, actionId) {
      const { user } = await findOrCreateUserByIdentity(api.accounts, identity);
      const taken = await api.assistant.actions.take(actionId, user.id);
      if (taken.status !== "ok" || !("intent" in taken.target)) return undefined;
      const { intent, slots } = taken.target;
      // "Modifier" on a listing card: update_listing naming the listing and nothing else to change.
      const only = Object.keys(slots);
      return intent === "update_listing" && only.length === 1 && typeof slots.listingId === "string" ? slots.listingId : undefined;
    },
    async suggest(field, typed, locale) {
      if (field === "place") return placesStartingWith(typed, 10).map((name) => ({ label: name, value: name }));
      const wanted = foldText(typed);
      const tree = await loadCategoryTree(market.prisma);
      return [...tree.bySlug.values()]
        .filter((node) => node.parentId !== null)
        .map((node) => ({ label: locale === "fr" ? node.labelFr : node.labelEn, value: node.slug }))
        .filter((choice) => wanted === "" || foldText(choice.label).includes(wanted) || choice.value.includes(wanted))
        .sort((a, b) => a.label.localeCompare(b.label, locale))
        .slice(0, 25);
    },
    async deliver(identity, replies, target) {
      const { user, identityId } = await findOrCreateUserByIdentity(api.accounts, identity);
      await enqueueAnswers(market, { userId: user.id, identityId, channel: provider, replies, target });
    },
    async rememberAddress(identity, address) {
      const { identityId } = await findOrCreateUserByIdentity(api.accounts, identity);
      await rememberIdentityAddress(market.prisma, identityId, address);
    },
  };
}

export function coreForSlack(api: ApiContext): SlackCore {
  return {
    ...coreForChannel(api, "slack"),
    installations: {
      save: (workspaceId, credentials, metadata) =>
        saveInstallation(api.relais.installations, { provider: "slack", workspaceId, credentials, metadata }),
      get: async (workspaceId) => (await getInstallation(api.relais.installations, "slack", workspaceId))?.credentials ?? null,
      remove: (workspaceId) => deleteInstallation(api.relais.installations, "slack", workspaceId),
    },
  };
}

export function coreForTeams(api: ApiContext): TeamsCore {
  const { handle, listingForm, submitListingForm, editableListings, editListingForm, submitEditListingForm } = coreForChannel(api, "teams");
  return {
    handle,
    listingForm,
    submitListingForm,
    editableListings,
    editListingForm,
    submitEditListingForm,
    async rememberAddress(identity, address) {
      const { identityId } = await findOrCreateUserByIdentity(api.accounts, identity);
      await rememberIdentityAddress(api.core.market.prisma, identityId, address);
    },
    async rememberPlace({ conversationReference, ...place }) {
      await rememberChatPlace(api.core.market.prisma, { provider: "teams", ...place, address: conversationReference });
    },
    forgetPlace: (externalId) => forgetChatPlace(api.core.market.prisma, "teams", externalId),
  };
}

/** Options of a channel a test starts against its local fakes (e.g. Teams' token stand-in). */
export type ChannelTestOptions = {
  teams?: Pick<TeamsOptions, "streamDelayMs">;
  discord?: Pick<DiscordOptions, "deferAfterMs">;
};

/**
 * Each platform's SDK is imported only when its channel is configured: discord.js, Bolt and the
 * Agents SDK take about a second to load, which every start (and every refusal) would pay.
 */
export async function startChannels(api: ApiContext, logger: Logger, options: ChannelTestOptions = {}): Promise<RunningChannels> {
  let slack: SlackChannel | undefined;
  let teams: TeamsChannel | undefined;
  let discord: DiscordChannel | undefined;
  const unregister: (() => void)[] = [];
  const webhooks = express.Router();
  if (api.config.slack) {
    const { startSlack } = await import("@relais/bots/slack");
    slack = await startSlack({ config: api.config.slack, logger, core: coreForSlack(api) });
    unregister.push(api.relais.ports.register(slack.port));
    if (slack.router) webhooks.use(slack.router);
  }
  if (api.config.teams) {
    const { startTeams } = await import("@relais/bots/teams");
    teams = startTeams({ config: api.config.teams, logger, core: coreForTeams(api), ...options.teams });
    unregister.push(api.relais.ports.register(teams.port));
    webhooks.use(teams.router);
  }
  if (api.config.discord) {
    const { startDiscord } = await import("@relais/bots/discord");
    discord = await startDiscord({ config: api.config.discord, logger, core: coreForChannel(api, "discord"), ...options.discord });
    unregister.push(api.relais.ports.register(discord.port));
    if (discord.router) webhooks.use(discord.router);
  }
  return {
    webhooks: slack?.router || teams || discord?.router ? webhooks : undefined,
    slack,
    teams,
    discord,
    async stop() {
      for (const undo of unregister) undo();
      await slack?.stop();
      await teams?.stop();
      await discord?.stop();
    },
  };
}
