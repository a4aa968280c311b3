/** /dev/outbox: emails kept in the database when no SMTP is configured (not in production). */
import { cursorArgs, toPage } from "@relais/core/pagination";
import { z } from "zod";
import type { ApiContext } from "../http/api-context.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { type AnyRoute, defineRoute } from "../http/route.ts";

const OutboxEmail = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    template: z.string(),
    locale: z.enum(["fr", "en"]),
    status: z.enum(["pending", "sent", "failed", "stored"]),
    links: z.array(z.string()).describe("Links found in the text, for convenience"),
    createdAt: z.string(),
  })
  .meta({ id: "OutboxEmail" });

export function devRoutes(api: ApiContext): AnyRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/dev/outbox",
      summary: "Development outbox: emails Relais would have sent",
      description: "Only when NODE_ENV is not production. Newest first; filter with `to`.",
      tags: ["development"],
      auth: "none",
      query: PageQuery.extend({ to: z.string().max(320).optional() }),
      responses: { 200: { description: "Emails", schema: pageOf(OutboxEmail, "OutboxPage") } },
      async handler({ query }) {
        const rows = await api.core.db.prisma.emailOutbox.findMany({
          where: query.to ? { to: query.to.trim().toLowerCase() } : {},
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          ...cursorArgs(query),
        });
        const page = toPage(rows, query.limit, (row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          links: row.text.match(/https?:\/\/\S+/g) ?? [],
        }));
        return { status: 200, body: page };
      },
    }),
  ];
}
