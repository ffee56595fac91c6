import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { APAR_THRESHOLD_PERCENT } from "@/lib/domain/plan/compliance";

// The SQL behind every compliance figure, written once so the page, the CSV and the reminders
// agree with each other and with lib/domain/plan/compliance.ts (assignmentStatus, the APAR rule).
//
// One row per (official, course) of a published version: an official assigned the same course by
// two items counts once, due by the earlier date. Officials are kept only while they are still in
// the plan's organisation subtree, so one transferred out drops out of the figures (and out of the
// admin's sight). Reads ride the (planId, courseId, userId) index on PlanAssignment and the
// unique (userId, courseId) index on Enrolment. Measured on the 1 M-official generated data with
// a plan assigning 5 courses to the Ministry of Finance's 55,107 officials (275,535 assignments):
// one aggregate over it (per course, or one page of officials) takes 0.8–1.0 s, index scans only.

export type ComplianceFilter = "all" | "overdue" | "apar-not-met" | "apar-met";

export function assignmentsCte(input: { planId: string; courseId: string | null; now: Date }): Prisma.Sql {
  const { planId, courseId, now } = input;
  return Prisma.sql`
    assignments AS (
      SELECT a."userId", a."courseId", min(a."dueAt") AS "dueAt", bool_or(a."countsForApar") AS "countsForApar"
        FROM "PlanAssignment" a
        JOIN "CapacityBuildingPlan" p ON p."id" = a."planId"
        JOIN "User" u ON u."id" = a."userId"
        JOIN "OrganisationClosure" oc ON oc."ancestorId" = p."organisationId" AND oc."descendantId" = u."organisationId"
       WHERE a."planId" = ${planId}::uuid ${courseId ? Prisma.sql`AND a."courseId" = ${courseId}::uuid` : Prisma.empty}
       GROUP BY a."userId", a."courseId"
    ),
    statuses AS (
      SELECT a."userId", a."courseId", a."dueAt", a."countsForApar", e."status" AS "enrolmentStatus", e."completedAt",
             CASE
               WHEN e."status" = 'COMPLETED' THEN 'COMPLETED'
               WHEN a."dueAt" < (${now}::timestamptz AT TIME ZONE 'UTC') THEN 'OVERDUE'
               WHEN e."status" = 'IN_PROGRESS' THEN 'IN_PROGRESS'
               ELSE 'NOT_STARTED'
             END AS "status"
        FROM assignments a
        LEFT JOIN "Enrolment" e ON e."userId" = a."userId" AND e."courseId" = a."courseId"
    )`;
}

export const perOfficialCte = Prisma.sql`
    per_official AS (
      SELECT "userId",
             count(*)::int AS "assigned",
             count(*) FILTER (WHERE "status" = 'NOT_STARTED')::int AS "notStarted",
             count(*) FILTER (WHERE "status" = 'IN_PROGRESS')::int AS "inProgress",
             count(*) FILTER (WHERE "status" = 'COMPLETED')::int AS "completed",
             count(*) FILTER (WHERE "status" = 'OVERDUE')::int AS "overdue",
             count(*) FILTER (WHERE "countsForApar")::int AS "prescribed",
             count(*) FILTER (WHERE "countsForApar" AND "status" = 'COMPLETED')::int AS "prescribedCompleted"
        FROM statuses
       GROUP BY "userId"
    )`;

/** A WHERE on per_official for a filter; the APAR comparison is the domain's integer form. */
export function officialFilterSql(filter: ComplianceFilter): Prisma.Sql {
  const met = Prisma.sql`(po."prescribed" > 0 AND po."prescribedCompleted" * 100 >= po."prescribed" * ${APAR_THRESHOLD_PERCENT})`;
  switch (filter) {
    case "overdue":
      return Prisma.sql`po."overdue" > 0`;
    case "apar-met":
      return met;
    case "apar-not-met":
      return Prisma.sql`po."prescribed" > 0 AND NOT ${met}`;
    default:
      return Prisma.sql`TRUE`;
  }
}
