/**
 * The Teams channel: the Microsoft 365 Agents SDK's `CloudAdapter` on Relais' own express
 * server (`POST /api/messages`). Each activity's Bot Framework token is checked first
 * (bearer-token.ts; 401 and nothing done when it fails), then the adapter runs the turn: what
 * the member said is translated (to-turn.ts), handed to core, and core's replies are drawn as
 * Adaptive Cards (render.ts) and sent to the activity's `serviceUrl`, in the thread it came
 * from. Pressed buttons arrive as `adaptiveCard/action` invokes (answered in the HTTP body with
 * the refreshed card) or, from older clients, as messages carrying the button's data.
 *
 * Without `TEAMS_APP_ID` (never in production) it runs in anonymous development mode, as the
 * Bot Framework Emulator expects: no token asked of inbound activities, none sent outbound.
 *
 * @see https://github.com/microsoft/Agents-for-js (CloudAdapter.process, continueConversation)
 */
import { Activity, type ConversationReference } from "@microsoft/agents-activity";
import { CloudAdapter, StreamingResponse, type TurnContext } from "@microsoft/agents-hosting";
import type { TurnIdentity } from "@relais/core/assistant/assistant";
import type { Reply } from "@relais/core/assistant/reply";
import type { Turn } from "@relais/core/assistant/turn";
import type { TeamsConfig } from "@relais/core/config/index";
import { DomainError } from "@relais/core/errors/domain";
import { type Locale, t } from "@relais/core/i18n/messages";
import express, { type Router } from "express";
import type { Logger } from "pino";
import type { ChannelCore } from "../../channel-core.ts";
import { bearerTokenVerifier, type TokenVerifier } from "./bearer-token.ts";
import { TeamsChannelPort } from "./channel-port.ts";
import { ADAPTIVE_CARD, type AdaptiveElement, cardOf, markdownToTeams, openDialogAction, pressedCard, renderReply } from "./render.ts";
import {
  continueTask,
  EDIT_LISTING_COMMAND,
  endTask,
  formCard,
  LISTING_INPUT,
  NEW_LISTING_COMMAND,
  TaskData,
  valuesOf,
} from "./task-module.ts";
import {
  executeToTurn,
  externalIdOf,
  installedBy,
  localeOf,
  messageToTurn,
  placeChangeOf,
  placeOf,
  scopeOf,
  TeamsActivity,
  type Translated,
  tenantOf,
} from "./to-turn.ts";

/** What the Teams channel needs from core: what every channel gets, and where its personal chats are. */
export type TeamsCore = Pick<
  ChannelCore,
  "handle" | "listingForm" | "submitListingForm" | "editableListings" | "editListingForm" | "submitEditListingForm"
> & {
  /** Remembers where a member can be written to later: their personal chat's conversation reference. */
  rememberAddress(
    identity: TurnIdentity & { locale?: Locale },
    address: { conversationReference: Record<string, unknown>; workspaceId: string },
  ): Promise<void>;
  /** Remembers a team's channel or a group chat the app is in (its conversation reference), or forgets it. */
  rememberPlace(place: {
    externalId: string;
    kind: "channel" | "group";
    workspaceId: string;
    name?: string;
    conversationReference: Record<string, unknown>;
  }): Promise<void>;
  forgetPlace(externalId: string): Promise<void>;
};

export type TeamsChannel = {
  /** `POST /api/messages`, to mount before the JSON body parser of the API. */
  router: Router;
  port: TeamsChannelPort;
  adapter: CloudAdapter;
  /** Resolves when every activity received so far has been fully handled (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
};

export type TeamsOptions = {
  config: TeamsConfig;
  core: TeamsCore;
  logger: Logger;
  /** Pause between two streamed updates (Teams asks for about one a second). */
  streamDelayMs?: number;
};

/** Activities are small JSON documents; a card's Action.Submit data is the largest we read. */
const BODY_LIMIT = "256kb";

/** A reference to write to this conversation again later (without the activity it answered). */
function referenceOf(context: TurnContext): Record<string, unknown> {
  const { activityId: _answered, ...reference } = context.activity.getConversationReference() as ConversationReference & {
    activityId?: string;
  };
  return JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
}

const toActivity = (message: object) => Activity.fromObject(message);

export function startTeams({ config, core, logger, streamDelayMs }: TeamsOptions): TeamsChannel {
  const log = logger.child({ channel: "teams" });
  const appId = config.mode === "authenticated" ? config.appId : undefined;
  const adapter = new CloudAdapter(
    config.mode === "authenticated"
      ? { clientId: config.appId, clientSecret: config.appPassword, tenantId: config.tenantId }
      : { clientId: "" },
  );
  // A turn that throws is logged; the member is not sent the SDK's default "the agent encountered an error".
  adapter.onTurnError = async (_context, error) => {
    log.error({ err: error }, "teams turn failed");
  };
  const verify: TokenVerifier | undefined =
    config.mode === "authenticated" ? bearerTokenVerifier({ appId: config.appId, openIdMetadataUrl: config.openIdMetadataUrl }) : undefined;
  if (config.mode === "anonymous")
    log.warn(
      "Teams in anonymous development mode: POST /api/messages accepts activities without a token (no TEAMS_APP_ID; never in production)",
    );
  else log.info({ appId: config.appId }, "Teams: activities on POST /api/messages, Bot Framework tokens checked");

  const port = new TeamsChannelPort(adapter, appId);

  /** Sends replies into the turn's conversation (the thread of a channel post): new messages, or updates of a replaced one. */
  async function post(context: TurnContext, replies: Reply[]) {
    for (const reply of replies) {
      if (reply.replaces) await context.updateActivity(toActivity({ ...renderReply(reply), id: reply.replaces }));
      else await context.sendActivity(toActivity(renderReply(reply)));
    }
  }

  async function remember(context: TurnContext, activity: TeamsActivity, identity: TurnIdentity & { locale?: Locale }) {
    if (scopeOf(activity) !== "personal") return rememberPlace(context, activity);
    await core.rememberAddress(identity, { conversationReference: referenceOf(context), workspaceId: tenantOf(activity) });
  }

  /** Team channels and group chats already stored by this process (the first message there stores one). */
  const placesKnown = new Set<string>();

  /** The team's channel or group chat the activity comes from, stored with its reference (not a thread's). */
  async function rememberPlace(context: TurnContext, activity: TeamsActivity) {
    const place = placeOf(activity);
    if (!place || placesKnown.has(place.externalId)) return;
    const reference = referenceOf(context);
    const conversation = { ...(reference.conversation as Record<string, unknown>), id: place.externalId };
    await core.rememberPlace({ ...place, workspaceId: tenantOf(activity), conversationReference: { ...reference, conversation } });
    placesKnown.add(place.externalId);
  }

  /** A message: typing at once, the answer streamed in a personal chat when an LLM writes it, else posted. */
  async function onMessage(context: TurnContext, activity: TeamsActivity) {
    const translated = messageToTurn(activity);
    if (translated.kind === "ignored") {
      log.debug({ reason: translated.reason }, "teams: not a turn");
      return;
    }
    const { turn, teams } = translated;
    if (teams.pressed) return onPressed(context, translated);
    await remember(context, activity, { ...turn.identity, ...(turn.locale ? { locale: turn.locale } : {}) });
    if (await offerForm(context, turn)) return;
    await context.sendActivity(toActivity({ type: "typing" }));
    turn.receivedAt = new Date();
    let stream: StreamingResponse | undefined;
    const onToken =
      teams.scope === "personal"
        ? (token: string) => {
            if (!stream) {
              stream = new StreamingResponse(context);
              if (streamDelayMs !== undefined) stream.setDelayInMs(streamDelayMs);
              stream.queueInformativeUpdate(t("sp_thinking", turn.locale ?? "fr"));
            }
            stream.queueTextChunk(token);
          }
        : undefined;
    const { replies, replayed } = await core.handle(turn, onToken ? { onToken } : {});
    if (replayed) return;
    const [first, ...rest] = replies;
    if (stream && first) {
      // The streamed words end as the final message, with the reply's card under them.
      const structured = renderReply({ ...first, text: "" }).attachments;
      stream.setFinalMessage(toActivity({ type: "message", text: markdownToTeams(first.text), textFormat: "markdown" }));
      if (structured) stream.setAttachments(structured);
      await stream.endStream();
      await post(context, rest);
    } else await post(context, replies);
  }

  /**
   * A pressed button, run once: the card it was on becomes "✓ label" and the answer (the HTTP
   * body of an Action.Execute; an update of the card for an Action.Submit), the rest posted.
   */
  async function onPressed(context: TurnContext, translated: Translated & { kind: "turn" }) {
    const { turn, teams } = translated;
    turn.receivedAt = new Date();
    const { replies, replayed } = await core.handle(turn);
    const main = replayed ? undefined : (replies.find((reply) => reply.replaces) ?? replies[0]);
    const rest = replayed ? [] : replies.filter((reply) => reply !== main);
    const card = pressedCard(teams.pressed?.label ?? "", main && { ...main, replaces: undefined });
    if (teams.pressed?.via === "execute") {
      await context.sendActivity(
        toActivity({
          type: "invokeResponse",
          value: { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: card } },
        }),
      );
    } else if (teams.cardMessageId) {
      await context.updateActivity(
        toActivity({ type: "message", id: teams.cardMessageId, attachments: [{ contentType: ADAPTIVE_CARD, content: card }] }),
      );
    }
    await post(context, rest);
  }

  /** The command list's "new listing" / "edit listing": a card whose button opens the dialog. False for anything else. */
  async function offerForm(context: TurnContext, turn: Turn) {
    const text = turn.text?.trim() ?? "";
    const locale = turn.locale ?? "fr";
    let body: AdaptiveElement[];
    if (NEW_LISTING_COMMAND.test(text)) {
      body = [{ type: "ActionSet", actions: [openDialogAction(t("lf_new_listing", locale), { relaisForm: "new" })] }];
    } else if (EDIT_LISTING_COMMAND.test(text)) {
      const listings = await core.editableListings(turn.identity);
      // Nothing of theirs to edit: the assistant says so, as it would to any other words.
      if (listings.length === 0) return false;
      body = [
        {
          type: "Input.ChoiceSet",
          id: LISTING_INPUT,
          style: "compact",
          isRequired: true,
          value: listings[0]?.id,
          choices: listings.map((listing) => ({ title: listing.title, value: listing.id })),
        },
        { type: "ActionSet", actions: [openDialogAction(t("lf_edit_listing", locale), { relaisForm: "edit" })] },
      ];
    } else return false;
    const card = { ...cardOf({ text: "" }), body, fallbackText: text };
    await context.sendActivity(
      toActivity({ type: "message", summary: text, attachments: [{ contentType: ADAPTIVE_CARD, content: card }] }),
    );
    return true;
  }

  /**
   * The listing dialog: `task/fetch` opens the form (new, or one of the member's listings);
   * `task/submit` saves it and closes the dialog, or shows it again with the refusals.
   */
  async function onTask(context: TurnContext, activity: TeamsActivity) {
    const answer = async (body: unknown) => {
      await context.sendActivity(toActivity({ type: "invokeResponse", value: { status: 200, body } }));
    };
    const locale = localeOf(activity.locale);
    const identity = {
      provider: "teams" as const,
      externalId: externalIdOf(activity),
      ...(activity.from.name ? { displayName: activity.from.name } : {}),
    };
    const data = TaskData.safeParse((activity.value as { data?: unknown } | undefined)?.data);
    if (!data.success) return answer(endTask(t("lf_title", locale ?? "fr")));
    const listingId = data.data[LISTING_INPUT];
    const editing = data.data.relaisForm === "edit";
    try {
      if (editing && !listingId) return answer(endTask(t("listing_not_found", locale ?? "fr")));
      const form =
        editing && listingId ? await core.editListingForm(identity, locale, listingId) : await core.listingForm(identity, locale, {});
      const target = { relaisForm: data.data.relaisForm, ...(listingId ? { listingId } : {}) };
      if (activity.name === "task/fetch") return answer(continueTask(form.title, formCard(form, target)));
      const values = valuesOf(data.data);
      const result =
        editing && listingId
          ? await core.submitEditListingForm(identity, locale, listingId, values, [])
          : await core.submitListingForm(identity, locale, values, []);
      if (!result.ok) return answer(continueTask(form.title, formCard(form, target, values, result.errors)));
      await answer(endTask(result.confirmation));
      await context.sendActivity(toActivity({ type: "message", text: result.confirmation, textFormat: "plain" }));
    } catch (error) {
      // Someone else's listing, or one that is gone: said in the dialog, nothing written.
      if (error instanceof DomainError) return answer(endTask(t(error.code, locale ?? "fr", error.params)));
      throw error;
    }
  }

  async function onTurn(context: TurnContext, activity: TeamsActivity) {
    if (activity.type === "invoke" && (activity.name === "task/fetch" || activity.name === "task/submit")) return onTask(context, activity);
    if (activity.type === "message") return onMessage(context, activity);
    if (activity.type === "invoke" && activity.name === "adaptiveCard/action") {
      const translated = executeToTurn(activity);
      if (translated.kind === "turn") return onPressed(context, translated);
      log.debug({ reason: translated.reason }, "teams: action not run");
      await context.sendActivity(
        toActivity({
          type: "invokeResponse",
          value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "ok" } },
        }),
      );
      return;
    }
    if (activity.type === "conversationUpdate" || activity.type === "installationUpdate") {
      // The app added to a member's personal scope: their chat is known before they write.
      const member = installedBy(activity);
      if (member) await remember(context, activity, { provider: "teams", ...member });
      // Added to a team or a group chat: that conversation can be written to later; removed: no more.
      const place = placeChangeOf(activity);
      if (place?.change === "added") {
        placesKnown.delete(place.externalId);
        await rememberPlace(context, activity);
      } else if (place?.change === "removed") {
        placesKnown.delete(place.externalId);
        await core.forgetPlace(place.externalId);
      }
      return;
    }
    log.debug({ type: activity.type, name: activity.name }, "teams: activity not handled");
  }

  const inFlight = new Set<Promise<unknown>>();
  const router = express.Router();
  router.post("/api/messages", express.json({ limit: BODY_LIMIT }), (req, res, next) => {
    const job = (async () => {
      if (verify) {
        const check = await verify(req.get("authorization"), req.body ?? {});
        if (!check.ok) {
          log.warn({ reason: check.reason }, "teams: activity refused (token)");
          res.status(401).json({ error: "unauthorized" });
          return;
        }
        (req as { user?: unknown }).user = check.claims;
      }
      const activity = TeamsActivity.safeParse(req.body);
      if (!activity.success) {
        res.status(400).json({ error: "not an activity" });
        return;
      }
      await adapter.process(req, res, (context) => onTurn(context, activity.data));
    })()
      .catch(next)
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  });

  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  return { router, port, adapter, idle, stop: idle };
}
