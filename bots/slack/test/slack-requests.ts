/**
 * Inbound requests as Slack sends them: bodies shaped like captured payloads (Events API
 * envelopes, slash command forms, `payload=` interactivity forms) and signed the way Slack
 * signs them (`v0=` + HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret).
 */
import { createHmac, randomUUID } from "node:crypto";

export const TEST_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const APP_ID = "A0RELAIS";

export type SignOptions = { secret?: string; timestamp?: number; retryNum?: number; retryReason?: string };

export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

/** Headers Slack sends with `rawBody`. */
export function signedHeaders(rawBody: string, contentType: string, options: SignOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": slackSignature(options.secret ?? TEST_SIGNING_SECRET, timestamp, rawBody),
    "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = options.retryReason ?? "http_timeout";
  }
  return headers;
}

export type SlackRequest = { rawBody: string; contentType: string };

/** POSTs a request to `url` signed as Slack signs it. */
export async function postSigned(url: string, request: SlackRequest, options: SignOptions = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: signedHeaders(request.rawBody, request.contentType, options), body: request.rawBody });
}

const json = (body: unknown): SlackRequest => ({ rawBody: JSON.stringify(body), contentType: "application/json" });
const form = (fields: Record<string, string>): SlackRequest => ({
  rawBody: new URLSearchParams(fields).toString(),
  contentType: "application/x-www-form-urlencoded",
});

let tsCounter = 0;
/** A Slack message timestamp, unique in a test run. */
export function nextTs(): string {
  tsCounter += 1;
  return `${Math.floor(Date.now() / 1000)}.${String(100 + tsCounter).padStart(6, "0")}`;
}

export function eventId(): string {
  return `Ev${randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase()}`;
}

export function urlVerification(challenge: string): SlackRequest {
  return json({ token: "Jhj5dZrVaK7ZwHHjRyZWjbDl", challenge, type: "url_verification" });
}

type Who = { team: string; user: string; botUser?: string; enterprise?: string };

/** The Events API envelope around `event` (team of the installation, authorizations, event id). */
export function eventCallback(event: Record<string, unknown>, who: Who & { installTeam?: string; id?: string }): SlackRequest {
  const installTeam = who.installTeam ?? who.team;
  return json({
    token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
    team_id: installTeam,
    context_team_id: installTeam,
    context_enterprise_id: who.enterprise ?? null,
    api_app_id: APP_ID,
    event,
    type: "event_callback",
    event_id: who.id ?? eventId(),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: who.enterprise ?? null,
        team_id: installTeam,
        user_id: who.botUser ?? "U0BOT",
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: installTeam !== who.team,
    event_context: `4-${Buffer.from(randomUUID()).toString("base64url").slice(0, 40)}`,
  });
}

function richText(text: string) {
  return [{ type: "rich_text", block_id: "Bq7n", elements: [{ type: "rich_text_section", elements: [{ type: "text", text }] }] }];
}

/** A member's message in a DM with the app (`message.im`), optionally in a thread (agent view). */
export type SharedFile = { id: string; name: string; mimetype: string; size: number; url_private_download: string };

export function directMessage(
  text: string,
  who: Who & { channel: string; threadTs?: string; id?: string; installTeam?: string; files?: SharedFile[] },
): SlackRequest & { ts: string } {
  const ts = nextTs();
  const event: Record<string, unknown> = {
    user: who.user,
    type: "message",
    ts,
    client_msg_id: randomUUID(),
    text,
    team: who.team,
    ...(who.installTeam && who.installTeam !== who.team ? { user_team: who.team, source_team: who.team } : {}),
    blocks: richText(text),
    channel: who.channel,
    event_ts: ts,
    channel_type: "im",
    ...(who.threadTs ? { thread_ts: who.threadTs, parent_user_id: "U0BOT" } : {}),
    ...(who.files
      ? {
          subtype: "file_share",
          upload: false,
          display_as_bot: false,
          files: who.files.map((f) => ({ ...f, mode: "hosted", is_external: false })),
        }
      : {}),
  };
  return { ...eventCallback(event, who), ts };
}

/** The bot's own message as Slack echoes it back in `message.im`. */
export function botEcho(text: string, who: Who & { channel: string; id?: string }): SlackRequest {
  const ts = nextTs();
  return eventCallback(
    {
      type: "message",
      subtype: "bot_message",
      text,
      ts,
      bot_id: "B0BOT",
      app_id: APP_ID,
      user: "U0BOT",
      team: who.team,
      channel: who.channel,
      event_ts: ts,
      channel_type: "im",
    },
    who,
  );
}

/** `@Relais …` in a channel (`app_mention`), optionally inside a thread. */
export function appMention(text: string, who: Who & { channel: string; threadTs?: string }): SlackRequest & { ts: string } {
  const ts = nextTs();
  const full = `<@${who.botUser ?? "U0BOT"}> ${text}`;
  return {
    ...eventCallback(
      {
        user: who.user,
        type: "app_mention",
        ts,
        client_msg_id: randomUUID(),
        text: full,
        team: who.team,
        blocks: richText(full),
        channel: who.channel,
        event_ts: ts,
        ...(who.threadTs ? { thread_ts: who.threadTs } : {}),
      },
      who,
    ),
    ts,
  };
}

export function appHomeOpened(who: Who & { channel: string }): SlackRequest {
  const ts = nextTs();
  return eventCallback({ type: "app_home_opened", user: who.user, channel: who.channel, tab: "home", event_ts: ts }, who);
}

export function assistantThreadStarted(who: Who & { channel: string }): SlackRequest & { threadTs: string } {
  const threadTs = nextTs();
  return {
    ...eventCallback(
      {
        type: "assistant_thread_started",
        assistant_thread: {
          user_id: who.user,
          context: { channel_id: "C0RELAISGEN", team_id: who.team, enterprise_id: null },
          channel_id: who.channel,
          thread_ts: threadTs,
        },
        event_ts: nextTs(),
      },
      who,
    ),
    threadTs,
  };
}

/** `/relais <text>` (slash commands are form-encoded). */
export function slashCommand(text: string, who: Who & { channel: string; responseUrl: string }): SlackRequest {
  return form({
    token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
    team_id: who.team,
    team_domain: "relais-test",
    ...(who.enterprise ? { enterprise_id: who.enterprise, enterprise_name: "Relais Grid" } : {}),
    channel_id: who.channel,
    channel_name: "général",
    user_id: who.user,
    user_name: "zoe",
    command: "/relais",
    text,
    api_app_id: APP_ID,
    is_enterprise_install: "false",
    response_url: who.responseUrl,
    trigger_id: `${Date.now()}.1234567890.abcdef0123456789`,
  });
}

/** A button pressed on a message the app posted (`block_actions`, form field `payload`). */
export function buttonClick(
  action: { actionId: string; value?: string; label: string; blockId?: string },
  who: Who & { channel: string; messageTs: string; messageBlocks?: unknown[]; responseUrl: string },
): SlackRequest {
  const payload = {
    type: "block_actions",
    user: { id: who.user, username: "zoe", name: "zoe", team_id: who.team },
    api_app_id: APP_ID,
    token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
    container: { type: "message", message_ts: who.messageTs, channel_id: who.channel, is_ephemeral: false },
    trigger_id: `${Date.now()}.1234567890.abcdef0123456789`,
    team: { id: who.team, domain: "relais-test" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: who.channel, name: "directmessage" },
    message: { type: "message", user: "U0BOT", ts: who.messageTs, bot_id: "B0BOT", text: "…", blocks: who.messageBlocks ?? [] },
    state: { values: {} },
    response_url: who.responseUrl,
    actions: [
      {
        action_id: action.actionId,
        block_id: action.blockId ?? "b1",
        text: { type: "plain_text", text: action.label, emoji: true },
        ...(action.value !== undefined ? { value: action.value } : {}),
        type: "button",
        action_ts: nextTs(),
      },
    ],
  };
  return form({ payload: JSON.stringify(payload) });
}

/** A modal submitted (`view_submission`): `values` as Slack nests them (block id → action id → state). */
export function viewSubmission(
  view: { callbackId: string; privateMetadata?: string; values: Record<string, Record<string, unknown>> },
  who: Who,
): SlackRequest {
  const payload = {
    type: "view_submission",
    team: { id: who.team, domain: "relais-test" },
    user: { id: who.user, username: "zoe", name: "zoe", team_id: who.team },
    api_app_id: APP_ID,
    token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
    trigger_id: `${Date.now()}.1234567890.abcdef0123456789`,
    view: {
      id: "V0MODAL1",
      team_id: who.team,
      type: "modal",
      blocks: [],
      private_metadata: view.privateMetadata ?? "",
      callback_id: view.callbackId,
      state: { values: view.values },
      hash: "1764400000.abcdef",
      title: { type: "plain_text", text: "Relais", emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: { type: "plain_text", text: "OK", emoji: true },
      previous_view_id: null,
      root_view_id: "V0MODAL1",
      app_id: APP_ID,
      external_id: "",
      app_installed_team_id: who.team,
      bot_id: "B0BOT",
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return form({ payload: JSON.stringify(payload) });
}
