/**
 * /api/v1/assistant: the conversation engine over HTTP, for the signed-in member. The same
 * engine serves Slack, Discord, Teams and the widget. Ask for `text/event-stream` to receive
 * the LLM engine's answer token by token, then the whole turn.
 */

import { isKnownGuestSession, issueGuestSocketToken, isUnguessableGuestSession } from "@relais/core/accounts/guests";
import { MAX_TURN_CHARS, type Turn, type TurnIdentity, type TurnResult } from "@relais/core/assistant/assistant";
import { pageHistory } from "@relais/core/assistant/history";
import { INTENTS } from "@relais/core/assistant/intents";
import { Invalid, Unauthorized } from "@relais/core/errors/domain";
import type { Request } from "express";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import type { Caller } from "../http/authenticate.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { localeOf } from "../http/problem.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";
import { newGuestLimiter } from "../http/security.ts";

const Action = z.object({
  id: z.string(),
  label: z.string(),
  style: z.enum(["primary", "danger"]).optional(),
  form: z
    .object({ kind: z.literal("edit_listing"), listingId: z.string() })
    .optional()
    .describe("A form this button opens where the client has forms (the listing's edit form); pressing it otherwise runs the action"),
});
const Reply = z
  .object({
    text: z.string().describe("Always present: what a text-only channel shows"),
    format: z.enum(["plain", "markdown"]).optional().describe("markdown: **bold**, _italic_, `code`, [label](url) and “- ” bullets"),
    cards: z
      .array(
        z.object({
          title: z.string(),
          subtitle: z.string().optional(),
          text: z.string().optional(),
          image: z.object({ url: z.string(), alt: z.string() }).optional(),
          url: z.string().optional(),
          fields: z.array(z.object({ label: z.string(), value: z.string() })).optional(),
          actions: z.array(Action).optional().describe("Send an action's id back as `action` to press it"),
          links: z
            .array(z.object({ label: z.string(), url: z.string() }))
            .optional()
            .describe("Buttons that open a page"),
        }),
      )
      .optional(),
    quickReplies: z
      .array(z.object({ label: z.string(), text: z.string().optional(), action: z.string().optional() }))
      .optional()
      .describe("Suggestions: send `text` as a message, or `action` as an action"),
    select: z
      .object({
        placeholder: z.string(),
        options: z.array(z.object({ label: z.string(), action: z.string(), description: z.string().optional() })),
      })
      .optional()
      .describe("One choice among many: send the chosen option's `action`"),
    layout: z.enum(["list", "carousel"]).optional(),
    ephemeral: z.boolean().optional().describe("Meant for this member only"),
    replaces: z.string().optional().describe("Platform id of the message this reply updates"),
  })
  .meta({ id: "AssistantReply" });

const SlotValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const TurnOut = z
  .object({
    replies: z.array(Reply),
    interpretation: z.object({
      intent: z.enum(INTENTS),
      slots: z.record(z.string(), SlotValue).describe("Named like the REST fields (money in minor units)"),
      engine: z.enum(["local", "llm"]),
    }),
  })
  .meta({ id: "AssistantTurn" });

const TurnIn = z.strictObject({
  // Longer texts than the engine reads still get a polite answer, so the limit here is only the body size.
  text: z.string().max(50_000).optional().describe(`What the member typed (the engine reads up to ${MAX_TURN_CHARS} characters)`),
  action: z.string().max(200).optional().describe("The id of a button or quick reply from an earlier turn"),
  locale: z.enum(["fr", "en"]).optional().describe("Default language when the message does not tell (else Accept-Language)"),
  attachments: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(255),
        mimeType: z
          .string()
          .min(1)
          .max(100)
          .describe("image/jpeg, image/png, image/webp (a listing's photo), text/plain or text/markdown (a CV)"),
        data: z.base64().max(90_000).describe("The file, base64 (the whole request stays under 100 kB)"),
      }),
    )
    .max(8)
    .optional(),
});

/** A retried request with the same key gets the first answer and acts once (printable ASCII, at most 200). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * A visitor of the website widget talks without an account: the widget draws a random
 * session id (at least 128 bits) and sends it in this header; knowing it is owning it. An id
 * that looks typed rather than drawn ("aaaa…", "abcabc…") is refused: draw another.
 */
export const GUEST_SESSION_HEADER = "x-relais-guest-session";
const GUEST_SESSION = /^[A-Za-z0-9_-]{22,128}$/;

/** The guest session id of an anonymous request, if it carries a well-formed one. */
const guestSessionOf = (req: Request) => {
  if (req.headers.authorization) return undefined;
  const guest = req.get(GUEST_SESSION_HEADER);
  return guest && GUEST_SESSION.test(guest) ? guest : undefined;
};

function turnIdentity(req: Request, caller: Caller | undefined): TurnIdentity {
  if (caller) return { provider: "api", externalId: caller.userId };
  const guest = guestSessionOf(req);
  if (!guest) throw new Unauthorized("unauthenticated");
  if (!isUnguessableGuestSession(guest))
    throw new Invalid("invalid_request", [{ field: `headers.${GUEST_SESSION_HEADER}`, code: "guest_session_guessable" }]);
  return { provider: "widget", externalId: guest };
}

/** The website guest of a request without credentials (401 when it names none, 400 when it looks typed). */
export const guestIdentityOf = (req: Request): TurnIdentity => turnIdentity(req, undefined);

export function assistantRoutes(api: ApiContext): AnyRoute[] {
  const tags = ["assistant"];
  const newGuests = newGuestLimiter(
    api.config,
    async (req) => {
      const guest = guestSessionOf(req);
      if (!guest) return false;
      return !(await isKnownGuestSession(api.core.db.prisma, guest));
    },
    { redis: api.relais.redis, logger: api.logger },
  );
  return [
    defineRoute({
      method: "post",
      path: "/api/v1/assistant/messages",
      summary: "Send a message (or press a button) to the assistant",
      description:
        "French or English, typos welcome. Returns the replies (text plus cards, buttons and quick replies) and what was understood. With `Accept: text/event-stream`, streams `token` events when the LLM engine writes, then one `turn` event with this same body. A signed-in member, or a website visitor identified by a random `X-Relais-Guest-Session` header (22 to 128 characters of A-Z a-z 0-9 _ -). Send an `Idempotency-Key` header to retry safely: within 10 minutes the same key gets the first answer again (`Idempotent-Replayed: true`) and nothing is done twice. A member's messages are answered one at a time, in the order they arrive.",
      tags,
      auth: "optional",
      before: [newGuests],
      body: TurnIn,
      responses: { 200: { description: "The assistant's replies", schema: TurnOut } },
      async handler({ req, res, body, caller }) {
        const key = req.get("Idempotency-Key");
        if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
          throw new Invalid("invalid_request", [{ field: "header.idempotency-key", code: "field_invalid" }]);
        const identity = turnIdentity(req, caller);
        const turn: Turn = {
          identity,
          source: `ip:${req.ip}`,
          ...(key !== undefined ? { inboundId: key } : {}),
          channel: { provider: identity.provider === "widget" ? "widget" : "rest", conversation: "", direct: true },
          receivedAt: new Date(),
          ...(body.attachments
            ? { attachments: body.attachments.map((a) => ({ name: a.name, mimeType: a.mimeType, bytes: Buffer.from(a.data, "base64") })) }
            : {}),
          ...(body.text !== undefined ? { text: body.text } : {}),
          ...(body.action !== undefined ? { action: body.action } : {}),
          // The member's own language applies unless the request names one.
          ...(body.locale
            ? { locale: body.locale }
            : /\b(fr|en)\b/i.test(req.headers["accept-language"] ?? "")
              ? { locale: localeOf(req) }
              : {}),
        };
        if (req.accepts(["application/json", "text/event-stream"]) !== "text/event-stream") {
          const result = await api.assistant.handle(turn);
          return { status: 200, body: toBody(result), ...(result.replayed ? { headers: { "Idempotent-Replayed": "true" } } : {}) };
        }
        res.status(200).set({ "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
        res.flushHeaders();
        const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        try {
          const result = await api.assistant.handle(turn, { onToken: (token) => send("token", { text: token }) });
          send("turn", TurnOut.parse(toBody(result)));
        } catch (error) {
          api.logger.error({ err: error }, "assistant stream failed");
          send("error", { status: 500 });
        }
        res.end();
        return { status: 200 };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/assistant/socket-token",
      summary: "A website guest's token for socket.io (its own pushes only)",
      description:
        "For a guest identified by `X-Relais-Guest-Session` that has already talked to the assistant: a short-lived token to connect socket.io with (`auth: {token}`), valid as long as an access token. It is not an API bearer. Renew it before `expiresAt` with the socket's `authenticate` event.",
      tags,
      auth: "none",
      before: [newGuests],
      responses: {
        201: {
          description: "Token issued",
          schema: z.object({ token: z.string(), expiresAt: z.string().describe("ISO-8601, UTC") }).meta({ id: "GuestSocketToken" }),
        },
      },
      async handler({ req }) {
        const identity = turnIdentity(req, undefined);
        const issued = await issueGuestSocketToken(api.accounts, identity.externalId);
        return { status: 201, body: { token: issued.token, expiresAt: issued.expiresAt.toISOString() } };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/assistant/history",
      summary: "My assistant history: what I said and what it answered, on every channel, newest first",
      tags,
      auth: "user",
      query: PageQuery,
      responses: {
        200: {
          description: "Turns, newest first",
          schema: pageOf(
            z
              .object({
                id: z.string(),
                channel: z.string().describe("Where it was said: rest, widget, slack, discord, teams"),
                text: z.string().nullable().describe("What I typed; null when I pressed a button or only sent files"),
                pressed: z.boolean().describe("I pressed a button"),
                replies: z.array(Reply),
                intent: z.string(),
                createdAt: z.string(),
              })
              .meta({ id: "AssistantTurn" }),
            "AssistantHistoryPage",
          ),
        },
      },
      async handler({ caller, query }) {
        return { status: 200, body: await pageHistory(api.core.db.prisma, caller!.userId, query) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/v1/assistant/session",
      summary: "Start over: forget the dialog state (questions, last results, buttons)",
      tags,
      auth: "optional",
      before: [newGuests],
      responses: { 204: { description: "Forgotten" } },
      async handler({ req, caller }) {
        await api.assistant.forget(turnIdentity(req, caller));
        return { status: 204 };
      },
    }),
  ];
}

function toBody(result: TurnResult) {
  return { replies: result.replies, interpretation: result.interpretation };
}
