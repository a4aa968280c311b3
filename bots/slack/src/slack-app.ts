/**
 * The Slack channel: a Bolt 5 app whose listeners only translate (to-turn.ts), hand the turn
 * to core, and render what core answers (render.ts). HTTP mode mounts Bolt's Express router on
 * Relais' own express server (`POST /slack/events` for events, commands and interactivity;
 * Bolt checks the signature and the 5-minute window before anything runs); Socket Mode
 * (`SLACK_APP_TOKEN`) needs no public URL.
 *
 * @see https://docs.slack.dev/tools/bolt-js/concepts/receiver
 */
import type { TurnIdentity } from "@relais/core/assistant/assistant";
import type { Reply } from "@relais/core/assistant/reply";
import type { SlackConfig } from "@relais/core/config/index";
import { ChannelPermanentError } from "@relais/core/delivery/channel-port";
import { DomainError } from "@relais/core/errors/domain";
import { t } from "@relais/core/i18n/messages";
import { App, Assistant, type Authorize, ExpressReceiver, LogLevel, type Logger as SlackLogger, SocketModeReceiver } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import type { Router } from "express";
import type { Logger } from "pino";
import type { ChannelCore } from "../../channel-core.ts";
import { SlackChannelPort } from "./channel-port.ts";
import { downloadFiles } from "./files.ts";
import { SlackInstallationStore, type SlackInstallations } from "./installation-store.ts";
import {
  chosenListingOf,
  EDIT_LISTING_MODAL,
  editedListingOf,
  formFilesOf,
  formModal,
  formValuesOf,
  LISTING_MODAL,
  OPEN_EDIT_LISTING,
  OPEN_LISTING_MODAL,
  POST_AS_OFFER_SHORTCUT,
} from "./modals.ts";
import { homeView, markPressed } from "./render.ts";
import { SlackTokenStream } from "./streaming.ts";
import { actionToTurn, commandToTurn, eventToTurn, homeOpenedOf, interactionOf, type SlackContext, type Translated } from "./to-turn.ts";
import type { NeutralTurn } from "./turn-types.ts";
import { SlackUserDirectory } from "./users.ts";
import { clientOptions, createWebClient } from "./web-api.ts";

/** What the Slack channel needs from core: what every channel needs, and its installations. */
export type SlackCore = ChannelCore & {
  /** Installations in many workspaces (OAuth), encrypted at rest. */
  installations: SlackInstallations;
};

export type SlackChannel = {
  /** HTTP mode: the routes to mount on the express app (`/slack/events`, and the OAuth ones). */
  router: Router | undefined;
  port: SlackChannelPort;
  app: App;
  /** Resolves when every request received so far has been fully handled (answers posted): tests, shutdown. */
  idle(): Promise<void>;
  stop(): Promise<void>;
};

export type SlackOptions = { config: SlackConfig; core: SlackCore; logger: Logger };

/** What the app asks a workspace for when installed with OAuth (the manifest's bot scopes). */
export const BOT_SCOPES = [
  "app_mentions:read",
  "assistant:write",
  "channels:history",
  "chat:write",
  "commands",
  "files:read",
  "groups:history",
  "im:history",
  "im:read",
  "im:write",
  "users:read",
];

/** Bolt logs through pino, under `slack`. */
function boltLogger(logger: Logger): SlackLogger {
  const child = logger.child({ channel: "slack" });
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.debug(msg.map(String).join(" ")),
    info: (...msg: unknown[]) => child.info(msg.map(String).join(" ")),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(" ")),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(" ")),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** One workspace: the bot token, and who the bot is (asked once with `auth.test`, asked again until it answers). */
function singleWorkspaceAuthorize(botToken: string, client: WebClient): Authorize<boolean> {
  let known: Promise<{ botId?: string; botUserId?: string; teamId?: string }> | undefined;
  return async () => {
    known ??= client.auth.test({ token: botToken }).then(
      (answer) => ({
        ...(answer.bot_id ? { botId: answer.bot_id } : {}),
        ...(answer.user_id ? { botUserId: answer.user_id } : {}),
        ...(answer.team_id ? { teamId: answer.team_id } : {}),
      }),
      (error: unknown) => {
        known = undefined;
        throw error;
      },
    );
    return { botToken, ...(await known) };
  };
}

export async function startSlack({ config, core, logger }: SlackOptions): Promise<SlackChannel> {
  const log = boltLogger(logger);
  const install = config.install;
  const store = new SlackInstallationStore(core.installations);
  const oauth =
    install.kind === "oauth"
      ? {
          clientId: install.clientId,
          clientSecret: install.clientSecret,
          stateSecret: install.stateSecret,
          installationStore: store,
          scopes: BOT_SCOPES,
          installerOptions: { directInstall: true, clientOptions: { slackApiUrl: config.apiUrl } },
        }
      : {};
  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger: log,
        ...oauth,
        // The Socket Mode client opens its connection through the same Web API base (apps.connections.open).
        installerOptions: { ...("installerOptions" in oauth ? oauth.installerOptions : {}), clientOptions: { slackApiUrl: config.apiUrl } },
      })
    : new ExpressReceiver({
        signingSecret: config.signingSecret ?? "",
        endpoints: "/slack/events",
        // Ack at once (Slack waits 3 s); the answer is posted when core has it.
        processBeforeResponse: false,
        logger: log,
        ...oauth,
      });
  const singleClient = install.kind === "single" ? createWebClient(install.botToken, config.apiUrl) : undefined;
  const app = new App({
    receiver,
    // One workspace: the bot token. Many: Bolt takes the installer's authorize from the receiver.
    ...(install.kind === "single" && singleClient ? { authorize: singleWorkspaceAuthorize(install.botToken, singleClient) } : {}),
    clientOptions: clientOptions(config.apiUrl),
    logger: log,
    convoStore: false,
  });
  /** The Web API client of a workspace: the one bot token, or that team's installation. */
  const clients = new Map<string, WebClient>();
  const clientFor = async (workspace: string | undefined): Promise<WebClient> => {
    if (singleClient) return singleClient;
    // Through the installer, as for events: a rotating token about to expire is refreshed (and stored) first.
    const installer = receiver.installer;
    const authorized =
      workspace && installer
        ? await installer.authorize({ teamId: workspace, enterpriseId: undefined, isEnterpriseInstall: false }).catch(() => undefined)
        : undefined;
    const token = authorized?.botToken;
    if (!token) throw new ChannelPermanentError("slack", "not_installed", `Relais is not installed in ${workspace ?? "(unknown)"}`);
    let client = clients.get(token);
    if (!client) {
      client = createWebClient(token, config.apiUrl);
      clients.set(token, client);
    }
    return client;
  };
  const port = new SlackChannelPort(clientFor);
  // Every request, from its arrival to its last answer (Bolt acks early, then runs the listeners).
  const inFlight = new Set<Promise<unknown>>();
  const processEvent = app.processEvent.bind(app);
  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  app.processEvent = (event) => {
    const job = processEvent(event).finally(() => inFlight.delete(job));
    inFlight.add(job);
    return job;
  };
  const directory = new SlackUserDirectory();

  /** Name and language from Slack, the DM remembered, then core; failures become a log line, never a crash. */
  async function run(
    translated: Translated,
    client: WebClient,
    onToken?: (token: string) => void,
  ): Promise<{ replies: Reply[]; turn: NeutralTurn; slack: SlackContext } | undefined> {
    if (translated.kind === "ignored") {
      logger.debug({ reason: translated.reason }, "slack: not a turn");
      return undefined;
    }
    const { turn, slack } = translated;
    const profile = await directory.profile(client, slack.team, slack.user);
    if (profile.isBot) return undefined;
    turn.identity = { ...turn.identity, ...(profile.displayName ? { displayName: profile.displayName } : {}) };
    if (profile.locale) turn.locale = profile.locale;
    turn.receivedAt = new Date();
    if (slack.files && slack.files.length > 0 && client.token) {
      const attachments = await downloadFiles(slack.files, client.token, config.apiUrl);
      if (attachments.length > 0) turn.attachments = attachments;
    }
    const channel = turn.channel;
    if (channel?.direct && channel.conversation.startsWith("D"))
      await core.rememberAddress?.(turn.identity, { dmChannelId: channel.conversation, workspaceId: channel.workspace ?? slack.team });
    const { replies, replayed } = await core.handle(turn, onToken ? { onToken } : {});
    // A retried event was answered the first time: nothing is posted twice.
    if (replayed) return undefined;
    return { replies, turn, slack };
  }

  /**
   * Answers where the turn was said (the DM, or the thread of a mention or of an agent-view
   * chat; a slash command's response_url) through the outbox, so Slack's refusals are retried.
   * A reply that replaces the message a button was on updates it at once.
   */
  async function post(turn: NeutralTurn, replies: Reply[], where: { responseUrl?: string; thread?: string } = {}) {
    const channel = turn.channel;
    if (!channel) return;
    const { responseUrl } = where;
    const user = turn.identity.externalId.split(":")[1];
    const thread = where.thread ?? channel.thread;
    const place = {
      conversation: channel.conversation,
      ...(channel.workspace ? { workspace: channel.workspace } : {}),
      ...(thread ? { thread } : {}),
    };
    for (const reply of replies) {
      if (reply.replaces) {
        await port.update({ provider: "slack", userId: turn.identity.externalId, ...place }, reply.replaces, reply);
        continue;
      }
      // Meant for this member only: in a channel, only they see it (a DM is already private).
      const visibleTo = reply.ephemeral && !channel.direct && user ? { visibleTo: user } : {};
      await core.deliver(turn.identity, [reply], { ...place, ...visibleTo, ...(responseUrl ? { responseUrl } : {}) });
    }
  }

  /**
   * A message to answer: an LLM answer is streamed into the thread as it is written (the
   * mention's or agent view's thread, or a thread under a top-level DM), then the rest posted.
   */
  async function converse(translated: Translated, client: WebClient) {
    let stream: SlackTokenStream | undefined;
    const target =
      translated.kind === "turn" && translated.turn.channel
        ? {
            channel: translated.turn.channel.conversation,
            threadTs: translated.turn.channel.thread ?? translated.slack.ts ?? "",
            team: translated.slack.team,
            user: translated.slack.user,
          }
        : undefined;
    const onToken = target?.threadTs
      ? (token: string) => {
          stream ??= new SlackTokenStream(client, target);
          stream.push(token);
        }
      : undefined;
    const done = await run(translated, client, onToken);
    if (!done) return;
    const [first, ...rest] = done.replies;
    // A stream Slack refused to close (429, 5xx) is not lost: the whole answer goes through the outbox.
    const streamed = stream && first ? await stream.finish(first).catch(() => false) : false;
    // After a stream, the rest goes under the streamed words (the stream's thread).
    await post(done.turn, streamed ? rest : done.replies, stream && target ? { thread: target.threadTs } : {});
  }

  // The agent view (the app's Messages tab as an assistant): suggested prompts when a member
  // opens a chat, a "thinking…" status while the turn runs (Slack clears it when the answer is posted).
  app.assistant(
    new Assistant({
      threadStarted: async ({ event, client, setSuggestedPrompts }) => {
        const user = event.assistant_thread.user_id;
        const team = event.assistant_thread.context.team_id ?? "";
        const locale = (await directory.profile(client, team, user)).locale ?? "fr";
        const prompts = (["search", "offer", "matches", "messages"] as const).map((name) => ({
          title: t(`sp_${name}_title`, locale),
          message: t(`sp_${name}`, locale),
        }));
        await setSuggestedPrompts({ title: t("sp_title", locale), prompts });
      },
      userMessage: async ({ body, client, context, setStatus }) => {
        const translated = eventToTurn(body, { ...(context.botUserId ? { userId: context.botUserId } : {}) });
        if (translated.kind === "turn") {
          const locale = (await directory.profile(client, translated.slack.team, translated.slack.user)).locale ?? "fr";
          await setStatus(t("sp_thinking", locale));
        }
        await converse(translated, client);
      },
    }),
  );

  app.event("message", async ({ body, client, context }) => {
    await converse(eventToTurn(body, { ...(context.botUserId ? { userId: context.botUserId } : {}) }), client);
  });

  app.event("app_mention", async ({ body, client, context }) => {
    await converse(eventToTurn(body, { ...(context.botUserId ? { userId: context.botUserId } : {}) }), client);
  });

  /** Publishes the member's Home tab from their overview, in their language. */
  async function publishHome(client: WebClient, team: string, user: string, identity: TurnIdentity) {
    const profile = await directory.profile(client, team, user);
    const named = { ...identity, ...(profile.displayName ? { displayName: profile.displayName } : {}) };
    const replies = await core.overview(
      named,
      { provider: "slack", workspace: team, conversation: `home:${user}`, direct: true },
      profile.locale,
    );
    const locale = profile.locale ?? "fr";
    const header = {
      create: { label: t("lf_new_listing", locale), actionId: OPEN_LISTING_MODAL },
      edit: { placeholder: t("lf_edit_listing", locale), actionId: OPEN_EDIT_LISTING, listings: await core.editableListings(named) },
    };
    await client.views.publish({ user_id: user, view: homeView(replies, header) });
  }

  /**
   * The photos uploaded in a modal, read from Slack with the bot token (they go through core's
   * image service like REST uploads); not ok when one could not be read (nothing is posted then).
   */
  async function photosOf(body: unknown, client: WebClient): Promise<{ ok: true; bytes: Uint8Array[] } | { ok: false }> {
    const files = formFilesOf(body);
    if (files.length === 0) return { ok: true, bytes: [] };
    const read = client.token ? await downloadFiles(files, client.token, config.apiUrl) : [];
    return read.length === files.length ? { ok: true, bytes: read.map((file) => file.bytes) } : { ok: false };
  }

  /** Opens the listing form as a modal, prefilled from a message when there is one. */
  async function openListingForm(body: unknown, client: WebClient, fromMessage: boolean) {
    const who = interactionOf(body);
    if (!who?.triggerId) return;
    const profile = await directory.profile(client, who.team, who.user);
    const text = fromMessage ? (who.messageText ?? "") : "";
    const title = text.split("\n")[0]?.trim().slice(0, 120) ?? "";
    const form = await core.listingForm(who.identity, profile.locale, {
      kind: "offer",
      ...(title ? { title } : {}),
      ...(text ? { description: text } : {}),
    });
    await client.views.open({ trigger_id: who.triggerId, view: formModal(form, LISTING_MODAL) });
  }

  app.shortcut(POST_AS_OFFER_SHORTCUT, async ({ ack, body, client }) => {
    await ack();
    await openListingForm(body, client, true);
  });

  app.action(OPEN_LISTING_MODAL, async ({ ack, body, client }) => {
    await ack();
    await openListingForm(body, client, false);
  });

  app.action(OPEN_EDIT_LISTING, async ({ ack, body, client }) => {
    await ack();
    const who = interactionOf(body);
    const listingId = chosenListingOf(body);
    if (!who?.triggerId || !listingId) return;
    const profile = await directory.profile(client, who.team, who.user);
    let form: Awaited<ReturnType<typeof core.editListingForm>>;
    try {
      form = await core.editListingForm(who.identity, profile.locale, listingId);
    } catch (error) {
      // A card's button outlives its listing (deleted since), or names someone else's: said, nothing opened.
      if (!(error instanceof DomainError)) throw error;
      const text = t(error.code, profile.locale ?? "fr", error.params);
      await core.deliver(who.identity, [{ text }], { conversation: who.user, workspace: who.team });
      return;
    }
    await client.views.open({ trigger_id: who.triggerId, view: formModal(form, EDIT_LISTING_MODAL, listingId) });
  });

  app.view(EDIT_LISTING_MODAL, async ({ ack, body, client }) => {
    const who = interactionOf(body);
    const listingId = editedListingOf(body);
    if (!who || !listingId) return ack();
    const profile = await directory.profile(client, who.team, who.user);
    const photos = await photosOf(body, client);
    if (!photos.ok) return ack({ response_action: "errors", errors: { photos: t("lf_photos_unreadable", profile.locale ?? "fr") } });
    const result = await core.submitEditListingForm(who.identity, profile.locale, listingId, formValuesOf(body), photos.bytes);
    if (!result.ok) return ack({ response_action: "errors", errors: result.errors as Record<string, string> });
    await ack();
    await core.deliver(who.identity, [{ text: result.confirmation }], { conversation: who.user, workspace: who.team });
    await publishHome(client, who.team, who.user, who.identity);
  });

  // A submitted listing form: refusals are shown next to their field (the modal stays open); else it closes.
  app.view(LISTING_MODAL, async ({ ack, body, client }) => {
    const who = interactionOf(body);
    if (!who) return ack();
    const profile = await directory.profile(client, who.team, who.user);
    const photos = await photosOf(body, client);
    if (!photos.ok) return ack({ response_action: "errors", errors: { photos: t("lf_photos_unreadable", profile.locale ?? "fr") } });
    const result = await core.submitListingForm(who.identity, profile.locale, formValuesOf(body), photos.bytes);
    if (!result.ok) return ack({ response_action: "errors", errors: result.errors as Record<string, string> });
    await ack();
    await core.deliver(who.identity, [{ text: result.confirmation }], { conversation: who.user, workspace: who.team });
  });

  app.event("app_home_opened", async ({ body, client }) => {
    const opened = homeOpenedOf(body);
    if (opened) await publishHome(client, opened.team, opened.user, opened.identity);
  });

  app.command("/relais", async ({ ack, body, client }) => {
    await ack();
    const done = await run(commandToTurn(body), client);
    // Answers go to the command's response_url, as Slack gave it: only the member sees them.
    if (done) await post(done.turn, done.replies, done.slack.responseUrl ? { responseUrl: done.slack.responseUrl } : {});
  });

  // Every other button (forms open in their own listener above).
  app.action(/^(?!relais_open_)/, async ({ ack, body, client }) => {
    await ack();
    const translated = actionToTurn(body);
    if (translated.kind === "ignored") return;
    const { turn, slack } = translated;
    const messageTs = turn.channel?.messageId;
    const blocks =
      "message" in body && body.message && Array.isArray(body.message.blocks) ? (body.message.blocks as KnownBlock[]) : undefined;
    // The pressed row becomes "✓ label" before anything runs: a second press finds no button.
    if (slack.pressed && messageTs && blocks && turn.channel && !slack.pressed.ephemeral) {
      await client.chat.update({
        channel: turn.channel.conversation,
        ts: messageTs,
        text: "message" in body && typeof body.message?.text === "string" ? body.message.text : "…",
        blocks: markPressed(blocks, slack.pressed.actionId, slack.pressed.label, slack.user),
      });
    }
    const done = await run(translated, client);
    if (done) await post(done.turn, done.replies);
    // A button on the Home tab: the tab is drawn again, so what it shows stays true.
    if (done && slack.pressed?.onHome) await publishHome(client, slack.team, slack.user, turn.identity);
  });

  // The app removed from a workspace, or its tokens revoked: its credentials are forgotten.
  app.event("app_uninstalled", async ({ body }) => {
    const team = (body as { team_id?: unknown }).team_id;
    if (typeof team === "string") await core.installations.remove(team);
  });
  app.event("tokens_revoked", async ({ body, event }) => {
    const team = (body as { team_id?: unknown }).team_id;
    if (typeof team === "string" && (event.tokens.bot?.length ?? 0) > 0) await core.installations.remove(team);
  });

  app.error(async (error) => {
    logger.error({ err: error }, "slack listener failed");
  });

  if (receiver instanceof SocketModeReceiver) await app.start();
  return {
    router: receiver instanceof ExpressReceiver ? receiver.router : undefined,
    port,
    app,
    idle,
    async stop() {
      await idle();
      if (receiver instanceof SocketModeReceiver) await app.stop();
    },
  };
}
