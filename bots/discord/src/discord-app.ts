/**
 * The Discord channel. HTTP interactions: `POST /discord/interactions` on Relais' own express
 * server, each request checked with the application's Ed25519 public key (and a 5-minute
 * window) before anything runs; PING is answered PONG; a `/relais` command is answered at once
 * with a deferred response (Discord allows 3 s) and the turn's answers follow through the
 * delivery outbox, to the interaction's webhook (the first one edits the deferred answer); a
 * pressed button's message is edited in the HTTP response itself ("✓ label"), so it cannot run
 * twice, and the action's answers follow the same way. The same interaction delivered twice
 * runs its turn once (core's inbound dedupe on the interaction id).
 *
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding
 */

import { setTimeout as delay } from "node:timers/promises";
import { truncate } from "@relais/core/assistant/fit-reply";
import type { Reply } from "@relais/core/assistant/reply";
import type { TurnIdentity as NeutralTurnIdentity } from "@relais/core/assistant/turn";
import type { DiscordConfig } from "@relais/core/config/index";
import { DomainError } from "@relais/core/errors/domain";
import { type Locale, t } from "@relais/core/i18n/messages";
import { foldText } from "@relais/core/text/normalize";
import type { Client } from "discord.js";
import { InteractionResponseType, InteractionType, MessageFlags, Routes } from "discord-api-types/v10";
import express, { type Router } from "express";
import type { Logger } from "pino";
import type { ChannelCore } from "../../channel-core.ts";
import { DiscordChannelPort, interactionWebhookUrl } from "./channel-port.ts";
import { readModalFiles } from "./files.ts";
import { connectGateway } from "./gateway.ts";
import { categoryOfTyped, editListingModal, listingModal, listingModalOf, type SubmittedListing } from "./modals.ts";
import { markPressed, renderReply } from "./render.ts";
import { createRest } from "./rest.ts";
import { DiscordTokenStream } from "./streaming.ts";
import {
  commandToTurn,
  componentToTurn,
  editFormOf,
  focusedOption,
  Interaction,
  localeOf,
  memberOf,
  messageToTurn,
  postFormOf,
  type Translated,
} from "./to-turn.ts";
import { discordPublicKey, verifyDiscordSignature } from "./verify.ts";

export type DiscordChannel = {
  /** `POST /discord/interactions`, when a public key is configured. */
  router: Router | undefined;
  port: DiscordChannelPort;
  /** Resolves when every interaction received so far has been fully handled (answers queued): tests, shutdown. */
  idle(): Promise<void>;
  stop(): Promise<void>;
};

export type DiscordOptions = {
  config: DiscordConfig;
  core: ChannelCore;
  logger: Logger;
  /** How long a command's turn may run before "thinking…" is sent instead of the answer (Discord allows 3 s). */
  deferAfterMs?: number;
};

/** A promise and its resolve, apart (Promise.withResolvers, which the compile target does not list). */
function resolvable<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A turn done by then is answered in the HTTP response itself; Discord allows 3 s, the rest is margin. */
const DEFER_AFTER_MS = 2000;

/** Interactions are small JSON documents; anything bigger is not Discord. */
const BODY_LIMIT = "512kb";

export async function startDiscord({ config, core, logger, deferAfterMs = DEFER_AFTER_MS }: DiscordOptions): Promise<DiscordChannel> {
  const log = logger.child({ channel: "discord" });
  const rest = createRest(config.apiUrl, config.token);
  const port = new DiscordChannelPort(rest, config.apiUrl);
  const inFlight = new Set<Promise<unknown>>();
  const track = (job: Promise<unknown>) => {
    const tracked = job
      .catch((error: unknown) => log.error({ err: error }, "discord interaction failed"))
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  /** Members whose DM channel with the bot is remembered (in this process). */
  const dmKnown = new Set<string>();

  /**
   * Where a member can be written to later: the DM they are in, or (with the bot token) their DM
   * channel with the bot, opened without a message (`POST /users/@me/channels`).
   */
  async function rememberDm(identity: NeutralTurnIdentity, user: string, dmChannel: string | undefined) {
    if (!core.rememberAddress || (!dmChannel && (dmKnown.has(user) || !config.token))) return;
    try {
      const id = dmChannel ?? ((await rest.post(Routes.userChannels(), { body: { recipient_id: user } })) as { id: string }).id;
      await core.rememberAddress(identity, { dmChannelId: id });
      dmKnown.add(user);
    } catch (error) {
      log.warn({ err: error }, "discord: could not open the member's DM channel");
    }
  }

  type TurnDone = { replies: Reply[]; replayed?: boolean };

  /** Runs an interaction's turn (its answers are the caller's to send); a failure is said as such. */
  async function runTurn(
    translated: Extract<Translated, { kind: "turn" }>,
    dmChannel: boolean,
    onToken?: (token: string) => void,
  ): Promise<TurnDone> {
    const { turn, discord } = translated;
    turn.receivedAt = new Date();
    const channel = turn.channel;
    if (!channel) return { replies: [], replayed: true };
    await rememberDm(turn.identity, discord.user, dmChannel ? channel.conversation : undefined);
    try {
      return await core.handle(turn, onToken ? { onToken } : {});
    } catch (error) {
      log.error({ err: error }, "discord turn failed");
      return { replies: [{ text: t("as_error", turn.locale ?? "en") }] };
    }
  }

  /**
   * Queues answers for the interaction's webhook, once Discord has the initial response (`sent`):
   * the first one edits the deferred answer when `original`, the others are follow-ups.
   */
  async function deliverToWebhook(
    translated: Extract<Translated, { kind: "turn" }>,
    replies: Reply[],
    original: boolean,
    sent: Promise<unknown>,
  ) {
    const { turn, discord } = translated;
    const channel = turn.channel;
    if (!channel || replies.length === 0) return;
    await sent;
    for (const [i, reply] of replies.entries()) {
      const responseUrl = interactionWebhookUrl(config.apiUrl, config.applicationId, discord.token, original && i === 0);
      if (reply.replaces) {
        await port.update(
          { provider: "discord", userId: turn.identity.externalId, conversation: channel.conversation, responseUrl },
          reply.replaces,
          reply,
        );
        continue;
      }
      await core.deliver(turn.identity, [discord.ephemeral ? { ...reply, ephemeral: true } : reply], {
        conversation: channel.conversation,
        responseUrl,
      });
    }
  }

  /**
   * A `/relais` command. Answered in the HTTP response itself when the turn is done within
   * `deferAfterMs` (Discord waits 3 s); otherwise "thinking…" (a deferred response) goes out then
   * and the answer edits it through the webhook — streamed as an LLM writes it, at most one edit
   * a second — with the other replies as follow-ups, all through the outbox.
   */
  async function answerCommand(
    translated: Extract<Translated, { kind: "turn" }>,
    dmChannel: boolean,
    sent: Promise<void>,
  ): Promise<{ status: number; body: unknown }> {
    const { discord } = translated;
    const deferral = resolvable<boolean>();
    let stream: DiscordTokenStream | undefined;
    const onToken = (token: string) => {
      stream ??= new DiscordTokenStream(rest, {
        applicationId: config.applicationId,
        interactionToken: discord.token,
        deferred: deferral.promise,
        ephemeral: discord.ephemeral,
      });
      stream.push(token);
    };
    const run = runTurn(translated, dmChannel, onToken);
    const timer = new AbortController();
    const slow = delay(deferAfterMs, "slow" as const, { signal: timer.signal }).catch(() => "done" as const);
    // 0: always deferred (an in-process database can finish a turn before any timer fires).
    const first = deferAfterMs <= 0 ? "slow" : await Promise.race([run.then(() => "done" as const), slow]);
    timer.abort();
    if (first === "done") {
      deferral.resolve(false);
      const done = await run;
      const [reply, ...others] = done.replies;
      if (!done.replayed && reply && !reply.replaces) {
        track(deliverToWebhook(translated, others, false, sent));
        const message = renderReply(reply);
        const flags = ("flags" in message ? (message.flags ?? 0) : 0) | (discord.ephemeral ? MessageFlags.Ephemeral : 0);
        return ok({ type: InteractionResponseType.ChannelMessageWithSource, data: { ...message, ...(flags ? { flags } : {}) } });
      }
      // The same interaction delivered again was answered the first time: only an acknowledgement.
      if (done.replayed) return ok({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: {} });
      track(deliverToWebhook(translated, done.replies, true, sent));
    } else {
      track(
        (async () => {
          await sent;
          deferral.resolve(true);
          const done = await run;
          if (done.replayed) return;
          const [reply, ...others] = done.replies;
          // A stream Discord refused to finish is not lost: the whole answer goes through the outbox.
          const streamed = stream && reply ? await stream.finish(reply).catch(() => false) : false;
          await deliverToWebhook(translated, streamed ? others : done.replies, !streamed, sent);
        })(),
      );
    }
    return ok({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: discord.ephemeral ? { flags: MessageFlags.Ephemeral } : {},
    });
  }

  /** Modal submissions already taken (an interaction token lives 15 minutes; ids are unique). */
  const submittedModals = new Set<string>();

  /** A submitted listing modal (new or edited): photos read from Discord, then core saves it (or says, per field, what is wrong). */
  async function saveListing(
    member: { identity: NeutralTurnIdentity; user: string },
    submitted: SubmittedListing,
    locale: Locale,
    target: { conversation: string; responseUrl: string },
    sent: Promise<void>,
  ) {
    const photos = await readModalFiles(submitted.files, config.apiUrl);
    let text: string;
    if (!photos.ok) text = t("lf_photos_unreadable", locale);
    else {
      const form = await core.listingForm(member.identity, locale, {});
      const category = categoryOfTyped(submitted.values.category, form);
      const values = { ...submitted.values, ...(category ? { category } : {}) };
      try {
        const result =
          submitted.mode.kind === "edit"
            ? await core.submitEditListingForm(member.identity, locale, submitted.mode.listingId, values, photos.bytes)
            : await core.submitListingForm(member.identity, locale, values, photos.bytes);
        // A modal cannot be shown again with its refusals: each one is said with the field it is about.
        const labelOf = (name: string) => form.fields.find((field) => field.name === name)?.label ?? name;
        text = result.ok
          ? result.confirmation
          : Object.entries(result.errors)
              .map(([field, message]) => `${labelOf(field)} : ${message}`)
              .join("\n");
      } catch (error) {
        // Someone else's listing, or one that is gone: nothing written.
        if (!(error instanceof DomainError)) throw error;
        text = t(error.code, locale, error.params);
      }
    }
    await sent;
    await core.deliver(member.identity, [{ text, ephemeral: true }], target);
  }

  /** The edit modal of `listingId`, filled (`category`: the command's new one); a listing not theirs (or gone) is said privately. */
  async function editModal(identity: NeutralTurnIdentity, locale: Locale, listingId: string, category?: string) {
    try {
      const form = await core.editListingForm(identity, locale, listingId);
      return ok({ type: InteractionResponseType.Modal, data: editListingModal(form, listingId, locale, category) });
    } catch (error) {
      if (error instanceof DomainError) return privately(t(error.code, locale, error.params));
      log.error({ err: error }, "discord: edit form failed");
      return privately(t("as_error", locale));
    }
  }

  const ok = (body: unknown) => ({ status: 200, body });
  const privately = (content: string) =>
    ok({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
    });

  /**
   * The answer to one verified interaction (the HTTP response body, or the gateway's callback);
   * what takes longer runs after it (tracked) and is delivered through the outbox.
   */
  async function respond(interaction: Interaction, sent: Promise<void>): Promise<{ status: number; body: unknown }> {
    const locale = localeOf(interaction.locale) ?? "en";
    const inDm = interaction.context === 1 || interaction.channel?.type === 1;
    switch (interaction.type) {
      case InteractionType.Ping:
        return ok({ type: InteractionResponseType.Pong });
      case InteractionType.ApplicationCommand: {
        const form = postFormOf(interaction);
        const member = memberOf(interaction);
        if (form && member) {
          // `/relais post` alone: the listing form, as a modal (its own answer, within Discord's 3 s).
          try {
            const listing = await core.listingForm(member.identity, locale, {
              kind: form.kind,
              ...(form.category ? { category: form.category } : {}),
            });
            return ok({ type: InteractionResponseType.Modal, data: listingModal(listing, form, locale) });
          } catch (error) {
            log.error({ err: error }, "discord: listing form failed");
            return privately(t("as_error", locale));
          }
        }
        const edit = editFormOf(interaction);
        if (edit && member) return editModal(member.identity, locale, edit.listingId, edit.category);
        const translated = commandToTurn(interaction);
        if (translated.kind === "ignored") return privately(t("cmd_not_understood", locale));
        return answerCommand(translated, inDm, sent);
      }
      case InteractionType.MessageComponent: {
        // "Modifier" on one of the member's listings: its edit form, rather than a chat turn.
        const member = memberOf(interaction);
        const customId = interaction.data?.custom_id;
        const editing =
          member && customId && core.listingToEdit
            ? await core.listingToEdit(member.identity, customId).catch((error: unknown) => {
                log.warn({ err: error }, "discord: button lookup failed");
                return undefined;
              })
            : undefined;
        if (member && editing) return editModal(member.identity, locale, editing);
        const translated = componentToTurn(interaction);
        if (translated.kind === "ignored") return ok({ type: InteractionResponseType.DeferredMessageUpdate });
        const pressed = translated.discord.pressed;
        track(
          runTurn(translated, inDm).then(async (done) => {
            if (!done.replayed) await deliverToWebhook(translated, done.replies, false, sent);
          }),
        );
        // The pressed row becomes "✓ label" in this very answer: a second press finds no button.
        return ok({
          type: InteractionResponseType.UpdateMessage,
          data: { components: pressed ? markPressed(pressed.components, pressed.customId, pressed.label, translated.discord.user) : [] },
        });
      }
      case InteractionType.ModalSubmit: {
        const submitted = listingModalOf(interaction.data);
        const member = memberOf(interaction);
        if (!submitted || !member) return privately(t("cmd_not_understood", locale));
        // The same submission delivered twice posts once.
        if (!submittedModals.has(interaction.id)) {
          submittedModals.add(interaction.id);
          track(
            saveListing(
              member,
              submitted,
              locale,
              {
                conversation: interaction.channel_id ?? interaction.channel?.id ?? member.user,
                responseUrl: interactionWebhookUrl(config.apiUrl, config.applicationId, interaction.token, true),
              },
              sent,
            ),
          );
        }
        // Reading the photos and posting may take longer than Discord's 3 s: "thinking…" now.
        return ok({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
      }
      case InteractionType.ApplicationCommandAutocomplete: {
        const focused = focusedOption(interaction);
        const member = memberOf(interaction);
        let choices: { label: string; value: string }[] = [];
        const failed = (error: unknown) => {
          log.warn({ err: error }, "discord autocomplete failed");
          return [];
        };
        if (focused?.field === "listing" && member) {
          // The member's own listings whose title has what they typed.
          const typed = foldText(focused.typed);
          choices = (await core.editableListings(member.identity).catch(failed))
            .filter((listing) => foldText(listing.title).includes(typed))
            .map((listing) => ({ label: listing.title, value: listing.id }));
        } else if (focused && focused.field !== "listing") choices = await core.suggest(focused.field, focused.typed, locale).catch(failed);
        return ok({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: choices.slice(0, 25).map((c) => ({ name: truncate(c.label, 100), value: c.value.slice(0, 100) })) },
        });
      }
      default:
        return { status: 400, body: { error: `interaction type ${interaction.type} is not handled` } };
    }
  }

  function interactionsRouter(publicKey: string): Router {
    const key = discordPublicKey(publicKey);
    const router = express.Router();
    router.post("/discord/interactions", express.raw({ type: () => true, limit: BODY_LIMIT }), (req, res, next) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const check = verifyDiscordSignature(
        key,
        { signature: req.get("x-signature-ed25519"), timestamp: req.get("x-signature-timestamp") },
        raw,
      );
      // Forged, tampered or stale: refused before anything is read.
      if (!check.ok) {
        log.info({ reason: check.reason }, "discord: request refused");
        res.status(401).json({ error: "invalid request signature" });
        return;
      }
      let interaction: Interaction;
      try {
        const parsed = Interaction.safeParse(JSON.parse(raw.toString("utf8")));
        if (!parsed.success) throw parsed.error;
        interaction = parsed.data;
      } catch {
        res.status(400).json({ error: "not an interaction" });
        return;
      }
      // What follows the initial response (webhook edits, follow-ups) waits until Discord has it.
      const sent = resolvable<void>();
      res.on("finish", () => sent.resolve());
      res.on("close", () => sent.resolve());
      respond(interaction, sent.promise)
        .then(({ status, body }) => res.status(status).json(body))
        .catch(next);
    });
    return router;
  }

  /** A DM or a mention from the gateway: "typing…" while the turn runs, the answers through the outbox, in reply to it. */
  async function converse(translated: Extract<Translated, { kind: "turn" }>) {
    const { turn, discord } = translated;
    const channel = turn.channel;
    if (!channel) return;
    turn.receivedAt = new Date();
    await rememberDm(turn.identity, discord.user, channel.direct ? channel.conversation : undefined);
    await rest.post(Routes.channelTyping(channel.conversation)).catch(() => undefined);
    let stream: DiscordTokenStream | undefined;
    const onToken = (token: string) => {
      stream ??= new DiscordTokenStream(rest, { channel: channel.conversation, replyTo: discord.interactionId });
      stream.push(token);
    };
    const done = await core.handle(turn, { onToken });
    if (done.replayed) return;
    const [first, ...others] = done.replies;
    // A stream Discord refused to finish is not lost: the whole answer goes through the outbox.
    const streamed = stream && first ? await stream.finish(first).catch(() => false) : false;
    // Replies to the member's own message (Discord shows which one), in a server and in a DM alike.
    await core.deliver(turn.identity, streamed ? others : done.replies, {
      conversation: channel.conversation,
      thread: discord.interactionId,
    });
  }

  let gateway: Client | undefined;
  if (config.gateway && config.token)
    gateway = await connectGateway({
      apiUrl: config.apiUrl,
      token: config.token,
      log,
      handlers: {
        onMessage(payload, botUserId) {
          const translated = messageToTurn(payload, botUserId);
          if (translated.kind === "turn") track(converse(translated));
          else log.debug({ reason: translated.reason }, "discord: not a turn");
        },
        onInteraction(payload) {
          const parsed = Interaction.safeParse(payload);
          if (!parsed.success) return;
          const interaction = parsed.data;
          // Over the gateway, the answer HTTP would have carried goes to the interaction's callback.
          const sent = resolvable<void>();
          track(
            respond(interaction, sent.promise)
              .then(({ body }) => rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body, auth: false }))
              .finally(() => sent.resolve()),
          );
        },
      },
    });

  // What runs, said once at start (the README's setup steps point at this line).
  log.info(
    { applicationId: config.applicationId, gateway: Boolean(gateway), dms: Boolean(config.token) },
    `Discord: ${[config.publicKey ? "interactions on POST /discord/interactions" : "", gateway ? "gateway connected" : ""].filter(Boolean).join(", ")}`,
  );
  // Discord gives autocomplete 3 s: the place index is loaded now rather than on the first keystroke.
  void core.suggest("place", "pa", "fr").catch((error: unknown) => log.warn({ err: error }, "discord: place index not loaded"));
  return {
    router: config.publicKey ? interactionsRouter(config.publicKey) : undefined,
    port,
    idle,
    async stop() {
      await idle();
      await gateway?.destroy();
    },
  };
}
