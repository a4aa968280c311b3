/**
 * An application's status moves on (the recruiter or the job board answered: interviewing,
 * offered, hired, rejected): the status, its history line and the member's notification are
 * written in one transaction. Called by whatever learns the news (a job-board connector);
 * nothing in the REST API or the chat changes another member's application.
 */
import type { ApplicationStatus } from "../db/generated/enums.ts";
import { enqueueNotifications } from "../delivery/enqueue.ts";
import { Conflict, NotFound } from "../errors/domain.ts";
import type { MarketContext } from "../listings/context.ts";

/** Records the new status; the same status again changes nothing and notifies no one. */
export async function recordApplicationStatus(
  ctx: MarketContext,
  applicationId: string,
  toStatus: Exclude<ApplicationStatus, "draft">,
  note?: string,
): Promise<{ changed: boolean }> {
  const now = ctx.now?.() ?? new Date();
  const result = await ctx.prisma.$transaction(async (tx) => {
    // The row lock orders concurrent updates of one application.
    const [row] = await tx.$queryRawUnsafe<{ status: ApplicationStatus; userId: string }[]>(
      `SELECT "status"::text AS "status", "userId" FROM "Application" WHERE "id" = $1 FOR UPDATE`,
      applicationId,
    );
    if (!row) throw new NotFound("not_found");
    if (row.status === toStatus) return { changed: false, deliveries: 0 };
    if (row.status === "withdrawn" || row.status === "hired") throw new Conflict("application_closed", { status: row.status });
    await tx.application.update({
      where: { id: applicationId },
      data: { status: toStatus, history: { create: { fromStatus: row.status, toStatus, note: note?.trim() || null } } },
    });
    const deliveries =
      toStatus === "withdrawn"
        ? 0
        : await enqueueNotifications(tx, { kind: "application_update", applicationId, userIds: [row.userId], now });
    return { changed: true, deliveries };
  });
  if (result.deliveries > 0) ctx.events.publish("delivery.enqueued", { count: result.deliveries });
  return { changed: result.changed };
}
