/**
 * Real time over socket.io, on the API server. A client connects with its access token
 * (`auth: { token }`); it then receives, for the conversations it belongs to:
 *   "message" (MessageView), "message_updated" (the MessageView after an edit, or its tombstone), "read" ({conversationId, userId, seq}), "left" ({conversationId, userId}), "typing" ({conversationId, userId}),
 * and "match" ({matchId, status, reason when withdrawn}) for its proposals. It may emit "typing" {conversationId} and
 * "sync" {conversationId, after} (ack: {items}) to catch up after a reconnect: messages carry a
 * strictly increasing `seq`, so "everything after the last seq I have" has no gap and no duplicate.
 *
 * A socket lives only as long as what opened it: it is disconnected when its session ends
 * (`session.ended`: sign-out, password change or reset, deletion, link) and when its access
 * token expires, unless the client sent a fresh one first ("authenticate" {token}, ack {ok}).
 * Every "sync" checks the session again. Events have a budget (see socket-budget.ts).
 * A website guest connects the same way with a guest socket token and receives its own pushes.
 *
 * Several instances (REDIS_URL): socket.io goes through the Redis Streams adapter. The instance
 * where something happened pushes it (its core events, `origin: "here"`), the adapter carries it
 * to the sockets of every instance and keeps it in the stream, so a client that reconnects
 * within two minutes, to any instance, gets the packets it missed (connection state recovery;
 * the token is checked again, middlewares are not skipped). `sync` still covers longer gaps.
 */
import type { Server as HttpServer } from "node:http";
import { authenticateGuestSocketToken } from "@relais/core/accounts/guests";
import { authenticateAccessToken } from "@relais/core/accounts/sessions";
import { announceTyping, listMessages, MESSAGE_INCLUDE, markDelivered, toMessageView } from "@relais/core/messaging/conversations";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { Server, type Socket } from "socket.io";
import type { ApiContext } from "./http/api-context.ts";
import { withAbsoluteMediaUrls } from "./http/media-urls.ts";
import { SocketBudget } from "./realtime/socket-budget.ts";
import type { SiteOrigins } from "./widget/site-origins.ts";

/** How long a disconnected client's missed packets are kept for it. */
const RECOVERY_WINDOW_MS = 2 * 60_000;
/** Expiry timers live beside the socket, not in `socket.data`, which recovery stores in Redis. */
const expiryTimers = new WeakMap<Socket, NodeJS.Timeout>();

const userRoom = (userId: string) => `user:${userId}`;
const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** What a socket is allowed as, until `expiresAt`. */
type SocketGrant = { userId: string; sessionId: string; token: string; expiresAt: Date };

const tokenOf = (payload: unknown) => {
  const token = (payload as { token?: unknown } | undefined)?.token;
  return typeof token === "string" && token.length <= 4096 ? token : undefined;
};

export function attachRealtime(api: ApiContext, server: HttpServer, siteOrigins?: SiteOrigins) {
  const ctx = api.core.market;
  const corsOrigins = new Set(api.config.http.corsOrigins);
  /** CORS_ORIGINS and the widget sites' origins; a WebSocket ignores CORS, so a foreign origin is refused at the handshake. */
  const originAllowed = async (origin: string) => corsOrigins.has(origin) || ((await siteOrigins?.has(origin)) ?? false);
  const io = new Server(server, {
    path: "/socket.io",
    cors: {
      origin: (origin, callback) => {
        if (!origin) return callback(null, false);
        originAllowed(origin).then(
          (allowed) => callback(null, allowed),
          () => callback(null, false),
        );
      },
      credentials: true,
    },
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      if (!origin || origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`) return callback(null, true);
      originAllowed(origin).then(
        (allowed) => callback(allowed ? null : "origin refused", allowed),
        () => callback("origin refused", false),
      );
    },
    serveClient: false,
    maxHttpBufferSize: 64_000,
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
    ...(api.relais.redis ? { adapter: createAdapter(api.relais.redis.connection("relais-socket.io", { queueWhileDown: true })) } : {}),
  });
  const budget = new SocketBudget();

  /** A member's access token, or a website guest's socket token (POST /api/v1/assistant/socket-token). */
  const grantOf = async (token: string | undefined): Promise<SocketGrant | undefined> => {
    if (!token) return undefined;
    try {
      return { ...(await authenticateAccessToken(api.accounts, token)), token };
    } catch {}
    try {
      const guest = await authenticateGuestSocketToken(api.accounts, token);
      return { userId: guest.userId, sessionId: `guest:${guest.identityId}`, expiresAt: guest.expiresAt, token };
    } catch {
      return undefined;
    }
  };

  /** Disconnects the socket when its grant runs out (a fresh token moves the deadline). */
  const armExpiry = (socket: Socket, grant: SocketGrant) => {
    clearTimeout(expiryTimers.get(socket));
    socket.data.grant = grant;
    void socket.join(sessionRoom(grant.sessionId));
    const delay = Math.max(0, grant.expiresAt.getTime() - Date.now());
    expiryTimers.set(
      socket,
      setTimeout(() => socket.disconnect(true), delay),
    );
  };

  io.use(async (socket, next) => {
    const grant = await grantOf(tokenOf(socket.handshake.auth));
    if (!grant) return next(new Error("unauthenticated"));
    socket.data.grant = grant;
    next();
  });

  io.on("connection", (socket) => {
    const grant = socket.data.grant as SocketGrant;
    const userId = grant.userId;
    void socket.join(userRoom(userId));
    armExpiry(socket, grant);
    api.relais.metrics.socketsConnected.inc();
    socket.on("disconnect", () => {
      api.relais.metrics.socketsConnected.dec();
      clearTimeout(expiryTimers.get(socket));
      budget.forget(socket.id);
    });

    socket.on("authenticate", async (payload: unknown, ack?: (answer: unknown) => void) => {
      if (!(await budget.allow(socket, "authenticate"))) return typeof ack === "function" && ack({ error: "rate_limited" });
      const fresh = await grantOf(tokenOf(payload));
      // Another member's token on this socket would mix two members' pushes: refused, and the socket ends.
      if (!fresh || fresh.userId !== userId) {
        if (typeof ack === "function") ack({ error: "unauthenticated" });
        socket.disconnect(true);
        return;
      }
      const previous = (socket.data.grant as SocketGrant).sessionId;
      if (previous !== fresh.sessionId) void socket.leave(sessionRoom(previous));
      armExpiry(socket, fresh);
      if (typeof ack === "function") ack({ ok: true, expiresAt: fresh.expiresAt.toISOString() });
    });

    socket.on("typing", async (payload: unknown) => {
      const conversationId = (payload as { conversationId?: unknown } | undefined)?.conversationId;
      if (typeof conversationId !== "string" || conversationId.length === 0 || conversationId.length > 64) return;
      if (!(await budget.allow(socket, "typing", conversationId))) return;
      announceTyping(ctx, userId, conversationId).catch(() => {});
    });

    socket.on("sync", async (payload: unknown, ack?: (answer: unknown) => void) => {
      if (typeof ack !== "function") return;
      if (!(await budget.allow(socket, "sync"))) return ack({ error: "rate_limited" });
      const { conversationId, after } = (payload ?? {}) as { conversationId?: unknown; after?: unknown };
      if (
        typeof conversationId !== "string" ||
        conversationId.length === 0 ||
        conversationId.length > 64 ||
        typeof after !== "number" ||
        !Number.isInteger(after) ||
        after < 0
      )
        return ack({ error: "invalid_request" });
      const release = await budget.enter(socket, "sync");
      try {
        if (socket.disconnected) return;
        // The session may have ended since the handshake: the history is not handed to a dead session.
        const current = await grantOf((socket.data.grant as SocketGrant).token);
        if (!current) {
          ack({ error: "unauthenticated" });
          socket.disconnect(true);
          return;
        }
        ack(withAbsoluteMediaUrls(await listMessages(ctx, userId, conversationId, { after, limit: 200 }), api.config.publicUrl));
      } catch {
        ack({ error: "not_found" });
      } finally {
        release();
      }
    });
  });

  // Pushed by the instance where it happened; the adapter reaches the other instances' sockets.
  const here = { origin: "here" } as const;
  const unsubscribers = [
    ctx.events.subscribe(
      "session.ended",
      ({ userId, sessionIds }) => {
        if (sessionIds === "all") io.in(userRoom(userId)).disconnectSockets(true);
        else for (const sessionId of sessionIds) io.in(sessionRoom(sessionId)).disconnectSockets(true);
      },
      here,
    ),
    ctx.events.subscribe(
      "message.created",
      async ({ messageId, memberIds, senderId }) => {
        const row = await ctx.prisma.message.findUnique({
          where: { id: messageId },
          include: { sender: { select: { id: true, name: true, status: true } } },
        });
        if (!row) return;
        const view = withAbsoluteMediaUrls(toMessageView(row), api.config.publicUrl);
        for (const memberId of memberIds) {
          io.to(userRoom(memberId)).emit("message", view);
          if (memberId === senderId) continue;
          const online = (await io.in(userRoom(memberId)).fetchSockets()).length > 0;
          if (online) await markDelivered(ctx, messageId, memberId);
        }
      },
      here,
    ),
    ctx.events.subscribe(
      "message.updated",
      async ({ messageId, memberIds }) => {
        const row = await ctx.prisma.message.findUnique({ where: { id: messageId }, include: MESSAGE_INCLUDE });
        if (!row) return;
        const view = withAbsoluteMediaUrls(toMessageView(row), api.config.publicUrl);
        for (const memberId of memberIds) io.to(userRoom(memberId)).emit("message_updated", view);
      },
      here,
    ),
    ctx.events.subscribe(
      "conversation.left",
      ({ conversationId, userId, memberIds }) => {
        for (const memberId of memberIds) io.to(userRoom(memberId)).emit("left", { conversationId, userId });
      },
      here,
    ),
    ctx.events.subscribe(
      "conversation.read",
      ({ conversationId, userId, seq, memberIds }) => {
        for (const memberId of memberIds) io.to(userRoom(memberId)).emit("read", { conversationId, userId, seq });
      },
      here,
    ),
    ctx.events.subscribe(
      "conversation.typing",
      ({ conversationId, userId, memberIds }) => {
        for (const memberId of memberIds) if (memberId !== userId) io.to(userRoom(memberId)).emit("typing", { conversationId, userId });
      },
      here,
    ),
    ctx.events.subscribe(
      "match.proposed",
      ({ matchId, userIds }) => {
        for (const id of userIds) io.to(userRoom(id)).emit("match", { matchId, status: "proposed" });
      },
      here,
    ),
    ctx.events.subscribe(
      "match.updated",
      ({ matchId, userIds, status }) => {
        for (const id of userIds) io.to(userRoom(id)).emit("match", { matchId, status });
      },
      here,
    ),
    ctx.events.subscribe(
      "match.withdrawn",
      ({ matchId, userIds, reason }) => {
        for (const id of userIds) io.to(userRoom(id)).emit("match", { matchId, status: "withdrawn", reason });
      },
      here,
    ),
  ];

  return {
    io,
    close: async () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      await io.close();
    },
  };
}
