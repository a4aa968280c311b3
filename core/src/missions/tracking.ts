/**
 * Applications as the member tracks them by chat: "j'ai candidaté à la mission Airflow hier"
 * records an application made anywhere (on the board itself, by email) at that date, "mark the
 * devops mission as interview" moves it on. Each step is a history line with its date and note.
 * Unlike recordApplicationStatus (news from outside, which notifies the member), the member
 * said it themselves: no notification. Every step can be undone right after.
 */
import { TrackApplicationCommand } from "../commands/mission-commands.ts";
import { parseCommand } from "../commands/parse-command.ts";
import type { ApplicationStatus } from "../db/generated/enums.ts";
import { Invalid, NotFound } from "../errors/domain.ts";
import type { MarketContext } from "../listings/context.ts";

export type TrackedStep = {
  applicationId: string;
  /** The status before this step; null when the step created the application. */
  previous: ApplicationStatus | null;
  status: ApplicationStatus;
  at: Date;
  historyId: string;
  /** False when the application already stood there (nothing written). */
  changed: boolean;
};

export async function trackApplication(
  ctx: MarketContext,
  userId: string,
  missionId: string,
  raw: TrackApplicationCommand,
): Promise<TrackedStep> {
  const input = parseCommand(TrackApplicationCommand, raw);
  const now = ctx.now?.() ?? new Date();
  // A minute of slack for clocks; "demain" is not something that happened.
  if (input.at && input.at.getTime() > now.getTime() + 60_000)
    throw new Invalid("invalid_request", [{ field: "at", code: "field_in_future" }]);
  const at = input.at ?? now;
  const note = input.note ?? null;
  return ctx.prisma.$transaction(async (tx) => {
    const mission = await tx.mission.findUnique({ where: { id: missionId }, select: { id: true } });
    if (!mission) throw new NotFound("not_found");
    const existing = await tx.application.findUnique({ where: { userId_missionId: { userId, missionId } } });
    if (!existing) {
      const created = await tx.application.create({
        data: {
          userId,
          missionId,
          status: input.status,
          createdAt: at,
          history: { create: { fromStatus: null, toStatus: input.status, note, createdAt: at } },
        },
        include: { history: { select: { id: true } } },
      });
      return {
        applicationId: created.id,
        previous: null,
        status: input.status,
        at,
        historyId: created.history[0]?.id ?? "",
        changed: true,
      };
    }
    // Steps follow each other: one dated before the last step recorded contradicts it.
    const last = await tx.applicationStatusChange.findFirst({
      where: { applicationId: existing.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    if (last && at < last.createdAt) throw new Invalid("invalid_request", [{ field: "at", code: "field_before_last_step" }]);
    if (existing.status === input.status && !note)
      return { applicationId: existing.id, previous: existing.status, status: existing.status, at, historyId: "", changed: false };
    const step = await tx.applicationStatusChange.create({
      data: { applicationId: existing.id, fromStatus: existing.status, toStatus: input.status, note, createdAt: at },
    });
    await tx.application.update({ where: { id: existing.id }, data: { status: input.status } });
    return { applicationId: existing.id, previous: existing.status, status: input.status, at, historyId: step.id, changed: true };
  });
}

/** The member's own application to a mission, by its id (REST: PATCH /api/v1/me/applications/{id}). */
export async function trackApplicationById(
  ctx: MarketContext,
  userId: string,
  applicationId: string,
  raw: TrackApplicationCommand,
): Promise<TrackedStep> {
  const application = await ctx.prisma.application.findFirst({ where: { id: applicationId, userId }, select: { missionId: true } });
  if (!application) throw new NotFound("not_found");
  return trackApplication(ctx, userId, application.missionId, raw);
}

/** Takes one tracked step back: the application it created goes, or its status returns to the one before. */
export async function undoTrackedStep(
  ctx: MarketContext,
  userId: string,
  step: { applicationId: string; historyId: string; previous: ApplicationStatus | null },
): Promise<{ missionTitle: string } | null> {
  return ctx.prisma.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: step.applicationId, userId },
      include: { mission: { select: { title: true } } },
    });
    if (!application) return null;
    if (step.previous === null) await tx.application.delete({ where: { id: application.id } });
    else {
      await tx.applicationStatusChange.deleteMany({ where: { id: step.historyId, applicationId: application.id } });
      await tx.application.update({ where: { id: application.id }, data: { status: step.previous } });
    }
    return { missionTitle: application.mission.title };
  });
}
