// Validated learning time per IST day and Karma Points, derived from the seeded activity rather
// than invented: the day rows from lesson progress and sessions attended, the awards from
// completions, ratings of completed courses and attendance. Deterministic (every input has a
// fixed date) and idempotent (existing day rows and awards are left as they are), so a re-run adds
// nothing and never overwrites time the app itself has credited since.
import { karmaFor, type KarmaEvent } from "../../lib/domain/learning/karma-points";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { newId } from "../../lib/server/factories/new-id";
import { insertInChunks } from "./chunks";

export async function seedEngagement(prisma: PrismaClient, userIds: readonly string[]): Promise<void> {
  const ids = [...userIds];

  // IST day = the UTC timestamp shifted by +05:30, as lib/domain/learning/learning-days.ts maps it.
  // A lesson's accepted time is credited on the day it was completed (or last touched); a session
  // attended, for its scheduled length. Competency-linked: the course imparts at least one competency.
  await prisma.$executeRaw`
    INSERT INTO "LearningTimeDaily" ("userId", "day", "seconds", "competencyLinkedSeconds")
    SELECT "userId", "day", sum("seconds")::int, sum(CASE WHEN "isLinked" THEN "seconds" ELSE 0 END)::int
    FROM (
      SELECT lp."userId",
             (coalesce(lp."completedAt", lp."updatedAt") + interval '5 hours 30 minutes')::date AS "day",
             lp."secondsSpent" AS "seconds",
             EXISTS (SELECT 1 FROM "CourseCompetency" cc WHERE cc."courseId" = l."courseId") AS "isLinked"
      FROM "LessonProgress" lp JOIN "Lesson" l ON l."id" = lp."lessonId"
      WHERE lp."userId" = ANY(${ids}::uuid[]) AND lp."secondsSpent" > 0
      UNION ALL
      SELECT sa."userId",
             (s."startsAt" + interval '5 hours 30 minutes')::date,
             greatest(0, extract(epoch FROM (s."endsAt" - s."startsAt")))::int,
             EXISTS (SELECT 1 FROM "CourseCompetency" cc WHERE cc."courseId" = b."courseId")
      FROM "SessionAttendance" sa
      JOIN "BatchSession" s ON s."id" = sa."sessionId"
      JOIN "Batch" b ON b."id" = s."batchId"
      WHERE sa."userId" = ANY(${ids}::uuid[]) AND sa."status" = 'PRESENT'
    ) AS credited
    GROUP BY "userId", "day"
    ON CONFLICT ("userId", "day") DO NOTHING`;

  const [completed, ratings, attendance] = await Promise.all([
    prisma.enrolment.findMany({
      where: { userId: { in: ids }, status: "COMPLETED" },
      select: { userId: true, courseId: true, source: true, completedAt: true, enrolledAt: true },
    }),
    prisma.courseRating.findMany({ where: { userId: { in: ids } }, select: { userId: true, courseId: true, createdAt: true } }),
    prisma.sessionAttendance.findMany({ where: { userId: { in: ids }, status: "PRESENT" }, select: { userId: true, sessionId: true, markedAt: true } }),
  ]);

  const completedPairs = new Set(completed.map((row) => `${row.userId}:${row.courseId}`));
  const award = (userId: string, event: KarmaEvent, sourceType: string, sourceId: string, awardedAt: Date): Prisma.KarmaAwardCreateManyInput => ({
    id: newId(awardedAt.getTime()),
    userId,
    rule: event,
    points: karmaFor(event),
    sourceType,
    sourceId,
    awardedAt,
  });
  const awards: Prisma.KarmaAwardCreateManyInput[] = [
    ...completed.flatMap((row) => {
      const at = row.completedAt ?? row.enrolledAt;
      const rows = [award(row.userId, "COURSE_COMPLETED", "Course", row.courseId, at)];
      if (row.source === "PLAN") rows.push(award(row.userId, "PLAN_COURSE_COMPLETED", "Course", row.courseId, at));
      return rows;
    }),
    // Only ratings of completed courses earn points, as in the app.
    ...ratings
      .filter((row) => completedPairs.has(`${row.userId}:${row.courseId}`))
      .map((row) => award(row.userId, "COURSE_RATED", "Course", row.courseId, row.createdAt)),
    ...attendance.map((row) => award(row.userId, "SESSION_ATTENDED", "Session", row.sessionId, row.markedAt)),
  ];
  await insertInChunks(awards, (slice) => prisma.karmaAward.createMany({ data: slice, skipDuplicates: true }));

  // The denormalised total is, by definition, the sum of the official's awards.
  await prisma.$executeRaw`
    UPDATE "User" AS u SET "karmaPoints" = totals."points"
    FROM (
      SELECT u2."id", coalesce(sum(k."points"), 0)::int AS "points"
      FROM "User" u2 LEFT JOIN "KarmaAward" k ON k."userId" = u2."id"
      WHERE u2."id" = ANY(${ids}::uuid[])
      GROUP BY u2."id"
    ) AS totals
    WHERE u."id" = totals."id" AND u."karmaPoints" <> totals."points"`;
}
