import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statusAfterLearningActivity, type EnrolmentStatus } from "@/lib/domain/learning/enrolment-rules";
import { isoDate } from "@/lib/domain/format-date";

// Shared steps of the progress use-cases, always run inside their transaction. Lock order is
// LessonProgress → Enrolment (→ whatever completion locks next); every progress write follows it.
// Parent rows are locked FOR NO KEY UPDATE, never FOR UPDATE: creating a progress row takes a
// KEY SHARE lock on its enrolment (the foreign key), and FOR UPDATE would conflict with the one
// a second tab's new lesson holds, so two tabs opening lessons at once would deadlock.

export type LockedProgress = {
  status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
  positionSeconds: number;
  secondsSpent: number;
  maxPositionSeconds: number;
  lastHeartbeatAt: Date | null;
  visitedAt: Date | null;
  isFlagged: boolean;
  startedAt: Date;
};

/**
 * Creates the lesson's progress row if needed and locks it (SELECT … FOR UPDATE) for the rest of
 * the transaction. Heartbeats from two tabs or retried by a flaky network queue here, and each
 * reads the lastHeartbeatAt the previous one wrote — so no window is ever credited twice.
 */
export async function lockLessonProgress(
  tx: Prisma.TransactionClient,
  input: { enrolmentId: string; lessonId: string; userId: string; now: Date },
): Promise<LockedProgress> {
  await tx.lessonProgress.createMany({
    data: [{ enrolmentId: input.enrolmentId, lessonId: input.lessonId, userId: input.userId, status: "IN_PROGRESS", startedAt: input.now }],
    skipDuplicates: true,
  });
  const rows = await tx.$queryRaw<LockedProgress[]>`
    SELECT "status"::text AS "status", "positionSeconds", "secondsSpent", "maxPositionSeconds",
           "lastHeartbeatAt", "visitedAt", "isFlagged", "startedAt"
    FROM "LessonProgress"
    WHERE "enrolmentId" = ${input.enrolmentId}::uuid AND "lessonId" = ${input.lessonId}::uuid
    FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new Error("Lesson progress row missing right after it was created.");
  return row;
}

/**
 * Marks the enrolment as being worked on: ENROLLED → IN_PROGRESS, startedAt once, lastAccessedAt.
 * Locks the row and re-checks its status, so a withdrawal that committed a moment earlier makes
 * this throw NOT_ENROLLED and the whole progress write rolls back.
 */
export async function touchEnrolment(
  tx: Prisma.TransactionClient,
  input: { enrolmentId: string; now: Date; progressPercent?: number },
): Promise<EnrolmentStatus> {
  const rows = await tx.$queryRaw<{ status: EnrolmentStatus; startedAt: Date | null }[]>`
    SELECT "status"::text AS "status", "startedAt" FROM "Enrolment" WHERE "id" = ${input.enrolmentId}::uuid FOR NO KEY UPDATE`;
  const status = statusAfterLearningActivity(rows[0] ?? null);
  await tx.enrolment.update({
    where: { id: input.enrolmentId },
    data: {
      status,
      startedAt: rows[0]?.startedAt ?? input.now,
      lastAccessedAt: input.now,
      ...(input.progressPercent === undefined ? {} : { progressPercent: input.progressPercent }),
    },
    select: { id: true },
  });
  return status;
}

/**
 * Adds validated seconds to the official's day (IST calendar day of `now`) with one atomic
 * INSERT … ON CONFLICT increment: two requests crediting the same day both land.
 */
export async function creditLearningTime(
  tx: Prisma.TransactionClient,
  input: { userId: string; now: Date; seconds: number; isCompetencyLinked: boolean },
): Promise<void> {
  if (input.seconds <= 0) return;
  const day = isoDate(input.now);
  const linked = input.isCompetencyLinked ? input.seconds : 0;
  await tx.$executeRaw`
    INSERT INTO "LearningTimeDaily" ("userId", "day", "seconds", "competencyLinkedSeconds")
    VALUES (${input.userId}::uuid, ${day}::date, ${input.seconds}, ${linked})
    ON CONFLICT ("userId", "day") DO UPDATE SET
      "seconds" = "LearningTimeDaily"."seconds" + EXCLUDED."seconds",
      "competencyLinkedSeconds" = "LearningTimeDaily"."competencyLinkedSeconds" + EXCLUDED."competencyLinkedSeconds"`;
}
