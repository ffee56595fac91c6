import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { completeEnrolmentIfDone } from "@/lib/server/completion/complete-enrolment-if-done";

/**
 * After a new version goes live: every open enrolment's progressPercent measured against the
 * course's live required lessons (the same rule as courseProgressPercent: whole percent, rounded
 * down, 0 when nothing is required). Progress on an archived lesson stays recorded but no longer
 * counts. A learner whose only missing lessons were dropped is completed now, with a certificate
 * of the new version; completed and withdrawn enrolments are never touched.
 * Returns how many enrolments were completed by it.
 */
export async function recomputeCourseProgress(tx: Prisma.TransactionClient, input: { courseId: string; now: Date }): Promise<number> {
  const { courseId, now } = input;
  await tx.$executeRaw`
    UPDATE "Enrolment" e SET "progressPercent" = fresh."percent"
    FROM (
      SELECT e2."id",
        CASE WHEN required."total" = 0 THEN 0
             ELSE (count(lp."lessonId") * 100 / required."total")::int END AS "percent"
      FROM "Enrolment" e2
      CROSS JOIN (
        SELECT count(*)::int AS "total" FROM "Lesson"
        WHERE "courseId" = ${courseId}::uuid AND "isRequired" AND "archivedAt" IS NULL
      ) required
      LEFT JOIN "LessonProgress" lp ON lp."enrolmentId" = e2."id" AND lp."status" = 'COMPLETED'
        AND lp."lessonId" IN (
          SELECT l."id" FROM "Lesson" l
          WHERE l."courseId" = ${courseId}::uuid AND l."isRequired" AND l."archivedAt" IS NULL
        )
      WHERE e2."courseId" = ${courseId}::uuid AND e2."status" IN ('ENROLLED', 'IN_PROGRESS')
      GROUP BY e2."id", required."total"
    ) fresh
    WHERE e."id" = fresh."id" AND e."progressPercent" <> fresh."percent"`;

  const finished = await tx.enrolment.findMany({
    where: { courseId, status: { in: ["ENROLLED", "IN_PROGRESS"] }, progressPercent: 100 },
    select: { id: true },
  });
  let completed = 0;
  for (const enrolment of finished) {
    if ((await completeEnrolmentIfDone(tx, { enrolmentId: enrolment.id, now })).completed) completed++;
  }
  return completed;
}
