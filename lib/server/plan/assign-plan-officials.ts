import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordPlanAssignments } from "./record-plan-assignments";

/**
 * Records a published version's assignments and enrols every assigned official who has no
 * enrolment yet in an online course (source PLAN, with the due date), in the caller's
 * transaction. Existing enrolments are never touched (ON CONFLICT on the (official, course) key).
 * Blended and face-to-face courses are assigned but not enrolled: the official picks a batch.
 * Idempotent: run again, it adds only officials who have since come to match.
 */
export async function assignPlanOfficials(
  tx: Prisma.TransactionClient,
  input: { planId: string; assignedById: string; now: Date },
): Promise<{ assignments: number; enrolments: number }> {
  const assignments = await recordPlanAssignments(tx, { planId: input.planId });
  const enrolments = await tx.$executeRaw`
    INSERT INTO "Enrolment" ("id", "userId", "courseId", "source", "assignedById", "planItemId", "dueAt", "seenVersion", "enrolledAt")
    SELECT gen_random_uuid(), a."userId", a."courseId", 'PLAN'::"EnrolmentSource", ${input.assignedById}::uuid, a."planItemId", a."dueAt", c."version", (${input.now}::timestamptz AT TIME ZONE 'UTC')
      FROM (
        SELECT DISTINCT ON ("userId", "courseId") "userId", "courseId", "planItemId", "dueAt"
          FROM "PlanAssignment" WHERE "planId" = ${input.planId}::uuid
         ORDER BY "userId", "courseId", "dueAt"
      ) a
      JOIN "Course" c ON c."id" = a."courseId" AND c."status" = 'PUBLISHED' AND c."mode" = 'ONLINE'
    ON CONFLICT ("userId", "courseId") DO NOTHING`;
  return { assignments, enrolments };
}
