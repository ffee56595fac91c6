import "server-only";
import { z } from "zod";
import { AttendanceError } from "@/lib/domain/attendance/attendance-error";
import { planAttendanceMarks, type AttendanceStatus, type RequestedMark } from "@/lib/domain/attendance/attendance-rules";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { awardKarma } from "@/lib/server/karma/award-karma";
import { adjustSessionLearningTime } from "./session-learning-time";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";
import { revokeSessionKarma } from "./revoke-session-karma";

export type AttendanceActor = Pick<CurrentUser, "id" | "grants">;

export type MarkSessionAttendanceInput = {
  /** Who is taking the register: needs course:author and the course's provider (or SUPER_ADMIN). */
  actor: AttendanceActor;
  batchId: string;
  sessionId: string;
  marks: readonly RequestedMark[];
  now?: Date;
};

export type MarkSessionAttendanceResult = {
  /** Marks that were new or different; re-saving the same register changes nothing. */
  changed: number;
  karmaAwarded: number;
  karmaRevoked: number;
};

const uuid = z.uuid();

// A full register of a few hundred officials is a few hundred small statements; Prisma's
// default of 5 s is too tight on a slow disk.
const TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

/**
 * Marks officials PRESENT, ABSENT or EXCUSED for one batch session, all or nothing, in one
 * transaction with everything a mark implies: the SessionAttendance row (upserted on its
 * (sessionId, userId) key), the SESSION_ATTENDED award when a mark becomes PRESENT, its removal
 * when a PRESENT mark is corrected (the session's learning time follows the same way), and an "attended" statement in each official's learning record
 * (result.completion says whether they were there, as the Jisc attendance recipe does).
 *
 * Throws PermissionDeniedError without course:author; AttendanceError SESSION_NOT_FOUND for an
 * unknown session or one of another provider's batches (the two look alike on purpose), and the
 * refusals of planAttendanceMarks. The session row is locked first, so two people saving the
 * same register run one after the other and the award always follows the final mark.
 */
export async function markSessionAttendance(input: MarkSessionAttendanceInput): Promise<MarkSessionAttendanceResult> {
  assertCan(input.actor, "course:author");
  if (!uuid.safeParse(input.sessionId).success || !uuid.safeParse(input.batchId).success) {
    throw new AttendanceError("SESSION_NOT_FOUND");
  }
  const now = input.now ?? new Date();

  return db.$transaction(async (tx) => {
    const session = await tx.batchSession.findFirst({
      where: { id: input.sessionId, batchId: input.batchId, batch: { course: providerScopeFilter(input.actor) } },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        batch: { select: { id: true, courseId: true, course: { select: { _count: { select: { competencies: true } } } } } },
      },
    });
    if (!session) throw new AttendanceError("SESSION_NOT_FOUND");
    await tx.$queryRaw`SELECT 1 FROM "BatchSession" WHERE "id" = ${session.id}::uuid FOR NO KEY UPDATE`;

    // An id that is not a UUID cannot be enrolled; leaving it out of the queries makes it NOT_IN_BATCH.
    const userIds = input.marks.map((mark) => mark.userId).filter((id) => uuid.safeParse(id).success);
    const enrolments = await tx.enrolment.findMany({
      where: { batchId: session.batch.id, userId: { in: userIds }, status: { not: "WITHDRAWN" } },
      select: { id: true, userId: true },
    });
    const previous = await tx.sessionAttendance.findMany({
      where: { sessionId: session.id, userId: { in: userIds } },
      select: { userId: true, status: true },
    });

    const planned = planAttendanceMarks({
      session,
      now,
      marks: input.marks,
      enrolmentIdByUser: new Map(enrolments.map((row) => [row.userId, row.id])),
      previousByUser: new Map(previous.map((row) => [row.userId, row.status as AttendanceStatus])),
    });
    if (planned.length === 0) return { changed: 0, karmaAwarded: 0, karmaRevoked: 0 };

    const markedAt = now.toISOString();
    await tx.$executeRaw`
      INSERT INTO "SessionAttendance" ("sessionId", "userId", "status", "markedAt")
      SELECT ${session.id}::uuid, m."userId", m."status"::"AttendanceStatus", (${markedAt}::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(${planned.map((mark) => mark.userId)}::uuid[], ${planned.map((mark) => mark.status)}::text[]) AS m("userId", "status")
      ON CONFLICT ("sessionId", "userId") DO UPDATE SET "status" = EXCLUDED."status", "markedAt" = EXCLUDED."markedAt"`;

    const karmaRevoked = await revokeSessionKarma(tx, {
      sessionId: session.id,
      userIds: planned.filter((mark) => mark.karma === "REVOKE").map((mark) => mark.userId),
    });
    const sessionTime = { startsAt: session.startsAt, endsAt: session.endsAt, isCompetencyLinked: session.batch.course._count.competencies > 0 };
    let karmaAwarded = 0;
    for (const mark of planned) {
      if (mark.karma !== "NONE") {
        await adjustSessionLearningTime(tx, { userId: mark.userId, session: sessionTime, change: mark.karma === "AWARD" ? "ADD" : "REMOVE" });
      }
      if (mark.karma === "AWARD") {
        const isAwarded = await awardKarma(tx, {
          userId: mark.userId,
          event: "SESSION_ATTENDED",
          sourceType: "Session",
          sourceId: session.id,
          awardedAt: now,
        });
        if (isAwarded) karmaAwarded += 1;
      }
      await recordLearningEvent(tx, {
        actorId: mark.userId,
        verb: "attended",
        objectType: "session",
        objectId: session.id,
        result: { completion: mark.status === "PRESENT", response: mark.status },
        context: { registration: mark.enrolmentId, courseId: session.batch.courseId },
        timestamp: now,
      });
    }
    return { changed: planned.length, karmaAwarded, karmaRevoked };
  }, TRANSACTION_OPTIONS);
}
