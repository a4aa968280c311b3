/**
 * Real time over socket.io, on the API server. A client connects with its access token
 * (`auth: { token }`); it then receives, for the conversations it belongs to:
 *   "message" (MessageView), "read" ({conversationId, userId, seq}), "typing" ({conversationId, userId}),
 * and "match" ({matchId, status}) for its proposals. It may emit "typing" {conversationId} and
 * "sync" {conversationId, after} (ack: {items}) to catch up after a reconnect: messages carry a
 * strictly increasing `seq`, so "everything after the last seq I have" has no gap and no duplicate.
 */
import type { Server as HttpServer } from "node:http";
import { authenticateAccessToken } from "@relais/core/accounts/sessions";
import { announceTyping, listMessages, markDelivered, toMessageView } from "@relais/core/messaging/conversations";
import { Server } from "socket.io";
import type { ApiContext } from "./http/api-context.ts";

const room = (userId: string) => `user:${userId}`;

export function attachRealtime(api: ApiContext, server: HttpServer) {
  const ctx = api.core.market;
  const io = new Server(server, {
    path: "/socket.io",
    cors: { origin: api.config.http.corsOrigins, credentials: true },
    serveClient: false,
    maxHttpBufferSize: 64_000,
  });

  io.use(async (socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    if (typeof token !== "string" || token.length > 4096) return next(new Error("unauthenticated"));
    try {
      const { userId } = await authenticateAccessToken(api.accounts, token);
      socket.data.userId = userId;
      next();
    } catch {
      next(new Error("unauthenticated"));
    }
  });

  io.on("connection", (socket) => {
    const userId = socket.data.userId as string;
    void socket.join(room(userId));
    socket.on("typing", (payload: unknown) => {
      const conversationId = (payload as { conversationId?: unknown } | undefined)?.conversationId;
      if (typeof conversationId === "string" && conversationId.length <= 64) announceTyping(ctx, userId, conversationId).catch(() => {});
    });
    socket.on("sync", async (payload: unknown, ack?: (answer: unknown) => void) => {
      if (typeof ack !== "function") return;
      const { conversationId, after } = (payload ?? {}) as { conversationId?: unknown; after?: unknown };
      if (typeof conversationId !== "string" || typeof after !== "number" || !Number.isInteger(after) || after < 0)
        return ack({ error: "invalid_request" });
      try {
        ack(await listMessages(ctx, userId, conversationId, { after, limit: 200 }));
      } catch {
        ack({ error: "not_found" });
      }
    });
  });

  const unsubscribers = [
    ctx.events.subscribe("message.created", async ({ messageId, memberIds, senderId }) => {
      const row = await ctx.prisma.message.findUnique({
        where: { id: messageId },
        include: { sender: { select: { id: true, name: true, status: true } } },
      });
      if (!row) return;
      const view = toMessageView(row);
      for (const memberId of memberIds) {
        io.to(room(memberId)).emit("message", view);
        if (memberId === senderId) continue;
        const online = (await io.in(room(memberId)).fetchSockets()).length > 0;
        if (online) await markDelivered(ctx, messageId, memberId, "socket");
      }
    }),
    ctx.events.subscribe("conversation.read", ({ conversationId, userId, seq, memberIds }) => {
      for (const memberId of memberIds) io.to(room(memberId)).emit("read", { conversationId, userId, seq });
    }),
    ctx.events.subscribe("conversation.typing", ({ conversationId, userId, memberIds }) => {
      for (const memberId of memberIds) if (memberId !== userId) io.to(room(memberId)).emit("typing", { conversationId, userId });
    }),
    ctx.events.subscribe("match.proposed", ({ matchId, userIds }) => {
      for (const id of userIds) io.to(room(id)).emit("match", { matchId, status: "proposed" });
    }),
    ctx.events.subscribe("match.updated", ({ matchId, userIds, status }) => {
      for (const id of userIds) io.to(room(id)).emit("match", { matchId, status });
    }),
  ];

  return {
    io,
    close: async () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      await io.close();
    },
  };
}
