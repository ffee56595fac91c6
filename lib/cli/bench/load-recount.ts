// After the load: every row recounted in SQL against what the officials were told. "Lost" is a
// success answered but not in the database; "duplicated" is anything recorded twice; "drift" is a
// counter that no longer equals the rows it counts.
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { VERBS } from "../../domain/learning/xapi";

export type Recount = {
  progress: { learningSecondsLost: number; learningSecondsDuplicated: number; officialsChecked: number };
  completions: { acknowledged: number; lost: number; duplicatedRecords: number };
  enrolments: { acknowledged: number; lost: number; unacknowledgedRows: number; duplicatedRecords: number; tallyDrift: number; rolledUpDrift: number };
};

/**
 * Progress: the seconds credited to each official's days must equal the seconds their lesson
 * progress holds (both are written by one statement per heartbeat). Completions: each acknowledged
 * (official, lesson) is COMPLETED with exactly one learning record. Enrolments: each acknowledged
 * (official, course) exists, with exactly one "registered" record, and every course's tallies and
 * rolled-up count equal its rows.
 */
export async function recount(
  prisma: PrismaClient,
  input: {
    learnerIds: string[];
    progressCourseId: string;
    acknowledgedCompletions: { userId: string; lessonId: string }[];
    acknowledgedEnrolments: { userId: string; courseId: string }[];
    enrolCourseIds: string[];
  },
): Promise<Recount> {
  const [time] = await prisma.$queryRaw<{ lost: number; duplicated: number; officials: number }[]>`
    WITH spent AS (
      SELECT "userId", sum("secondsSpent")::int AS s FROM "LessonProgress"
       WHERE "userId" = ANY(${input.learnerIds}::uuid[]) GROUP BY 1
    ), credited AS (
      SELECT "userId", sum("seconds")::int AS s FROM "LearningTimeDaily"
       WHERE "userId" = ANY(${input.learnerIds}::uuid[]) GROUP BY 1
    )
    SELECT coalesce(sum(greatest(coalesce(spent.s, 0) - coalesce(credited.s, 0), 0)), 0)::int AS "lost",
           coalesce(sum(greatest(coalesce(credited.s, 0) - coalesce(spent.s, 0), 0)), 0)::int AS "duplicated",
           count(*)::int AS "officials"
      FROM spent FULL JOIN credited USING ("userId")`;

  const completionPairs = input.acknowledgedCompletions.map((pair) => Prisma.sql`(${pair.userId}::uuid, ${pair.lessonId}::uuid)`);
  const [completions] = completionPairs.length === 0
    ? [{ lost: 0 }]
    : await prisma.$queryRaw<{ lost: number }[]>`
        SELECT count(*)::int AS "lost" FROM (VALUES ${Prisma.join(completionPairs)}) AS a("userId", "lessonId")
         WHERE NOT EXISTS (SELECT 1 FROM "LessonProgress" p WHERE p."userId" = a."userId" AND p."lessonId" = a."lessonId" AND p."status" = 'COMPLETED')`;
  const [completionRecords] = await prisma.$queryRaw<{ duplicated: number }[]>`
    SELECT coalesce(sum(n - 1), 0)::int AS "duplicated" FROM (
      SELECT count(*) AS n FROM "LearningRecord"
       WHERE "actorId" = ANY(${input.learnerIds}::uuid[]) AND "objectType" = 'Lesson' AND "verb" = ${VERBS.experienced.id}
       GROUP BY "actorId", "objectId") r WHERE n > 1`;

  const enrolmentPairs = input.acknowledgedEnrolments.map((pair) => Prisma.sql`(${pair.userId}::uuid, ${pair.courseId}::uuid)`);
  const [enrolments] = enrolmentPairs.length === 0
    ? [{ lost: 0 }]
    : await prisma.$queryRaw<{ lost: number }[]>`
        SELECT count(*)::int AS "lost" FROM (VALUES ${Prisma.join(enrolmentPairs)}) AS a("userId", "courseId")
         WHERE NOT EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."userId" = a."userId" AND e."courseId" = a."courseId" AND e."status" <> 'WITHDRAWN')`;
  const [rows] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Enrolment" WHERE "courseId" = ANY(${input.enrolCourseIds}::uuid[]) AND "userId" = ANY(${input.learnerIds}::uuid[])`;
  const [registered] = await prisma.$queryRaw<{ duplicated: number }[]>`
    SELECT coalesce(sum(n - 1), 0)::int AS "duplicated" FROM (
      SELECT count(*) AS n FROM "LearningRecord"
       WHERE "actorId" = ANY(${input.learnerIds}::uuid[]) AND "objectId" = ANY(${input.enrolCourseIds}::text[]) AND "verb" = ${VERBS.registered.id}
       GROUP BY "actorId", "objectId") r WHERE n > 1`;
  const [tally] = await prisma.$queryRaw<{ drift: number }[]>`
    SELECT count(*)::int AS "drift" FROM "Course" c
     WHERE c."id" = ANY(${input.enrolCourseIds}::uuid[])
       AND (SELECT count(*) FROM "Enrolment" e WHERE e."courseId" = c."id" AND e."status" <> 'WITHDRAWN')
           <> (SELECT coalesce(sum(t."enrolments"), 0) FROM "CourseEnrolmentTally" t WHERE t."courseId" = c."id")`;
  await prisma.$queryRaw`SELECT "roll_up_course_enrolments"()::int AS "changed"`;
  const [rolledUp] = await prisma.$queryRaw<{ drift: number }[]>`
    SELECT count(*)::int AS "drift" FROM "Course" c
     WHERE c."id" = ANY(${input.enrolCourseIds}::uuid[])
       AND (SELECT count(*) FROM "Enrolment" e WHERE e."courseId" = c."id" AND e."status" <> 'WITHDRAWN') <> c."enrolmentCount"`;

  return {
    progress: { learningSecondsLost: time?.lost ?? 0, learningSecondsDuplicated: time?.duplicated ?? 0, officialsChecked: time?.officials ?? 0 },
    completions: { acknowledged: input.acknowledgedCompletions.length, lost: completions?.lost ?? 0, duplicatedRecords: completionRecords?.duplicated ?? 0 },
    enrolments: {
      acknowledged: input.acknowledgedEnrolments.length,
      lost: enrolments?.lost ?? 0,
      unacknowledgedRows: Math.max(0, (rows?.n ?? 0) - input.acknowledgedEnrolments.length),
      duplicatedRecords: registered?.duplicated ?? 0,
      tallyDrift: tally?.drift ?? 0,
      rolledUpDrift: rolledUp?.drift ?? 0,
    },
  };
}
