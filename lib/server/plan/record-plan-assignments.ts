import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Records whom each item of a published plan version assigns which course: the active officials
 * of the plan's organisation subtree matching every target the item gives (FRAC role through
 * their post, designation, service group, named official), a programme item expanding into its
 * courses. One INSERT … SELECT, so a ministry of 50,000 is one statement, not 50,000 round trips;
 * ON CONFLICT keeps it idempotent (the seed and a re-publication may run it again).
 * Returns the assignments added.
 */
export async function recordPlanAssignments(
  tx: Prisma.TransactionClient | PrismaClient,
  input: { planId: string },
): Promise<{ userId: string; courseId: string; dueAt: Date }[]> {
  return tx.$queryRaw<{ userId: string; courseId: string; dueAt: Date }[]>`
    INSERT INTO "PlanAssignment" ("planId", "planItemId", "userId", "courseId", "dueAt", "countsForApar")
    SELECT i."planId", i."id", u."id", c."courseId", i."dueAt", i."countsForApar"
      FROM "PlanItem" i
      JOIN "CapacityBuildingPlan" p ON p."id" = i."planId"
      CROSS JOIN LATERAL (
        SELECT i."courseId" AS "courseId" WHERE i."courseId" IS NOT NULL
        UNION ALL
        SELECT pc."courseId" FROM "ProgrammeCourse" pc WHERE pc."programmeId" = i."programmeId"
      ) c
      JOIN "OrganisationClosure" oc ON oc."ancestorId" = p."organisationId"
      JOIN "User" u ON u."organisationId" = oc."descendantId"
     WHERE i."planId" = ${input.planId}::uuid
       AND u."status" = 'ACTIVE'
       AND (i."designation" IS NULL OR u."designation" = i."designation")
       AND (i."serviceGroup" IS NULL OR u."group" = i."serviceGroup")
       AND (i."officialId" IS NULL OR u."id" = i."officialId")
       AND (i."fracRoleId" IS NULL OR EXISTS (
             SELECT 1 FROM "FracPositionRole" fpr WHERE fpr."positionId" = u."fracPositionId" AND fpr."roleId" = i."fracRoleId"))
    ON CONFLICT DO NOTHING
    RETURNING "userId", "courseId", "dueAt"`;
}
