import "server-only";
import { aparThresholdMet, type ComplianceCounts } from "@/lib/domain/plan/compliance";
import { db } from "@/lib/server/db";
import { assignmentsCte, officialFilterSql, perOfficialCte } from "./compliance-sql";
import type { CompliancePlan } from "./find-compliance-plan";

export type CourseComplianceRow = ComplianceCounts & { courseId: string; title: string; slug: string; earliestDueAt: Date };

export type PlanComplianceTotals = ComplianceCounts & { officials: number; officialsOverdue: number; aparPrescribed: number; aparMet: number };

/**
 * Per course of a published plan: assigned, not started, in progress, completed, overdue; and the
 * totals per official, with how many have met the APAR threshold. `plan` must come from
 * findCompliancePlan, which scoped it to the user's subtree.
 */
export async function getPlanCompliance(plan: CompliancePlan, now: Date): Promise<{ courses: CourseComplianceRow[]; totals: PlanComplianceTotals }> {
  const cte = assignmentsCte({ planId: plan.id, courseId: null, now });
  const [courses, totals] = await Promise.all([
    db.$queryRaw<CourseComplianceRow[]>`
      WITH ${cte}
      SELECT s."courseId", c."title", c."slug", min(s."dueAt") AS "earliestDueAt",
             count(*)::int AS "assigned",
             count(*) FILTER (WHERE s."status" = 'NOT_STARTED')::int AS "notStarted",
             count(*) FILTER (WHERE s."status" = 'IN_PROGRESS')::int AS "inProgress",
             count(*) FILTER (WHERE s."status" = 'COMPLETED')::int AS "completed",
             count(*) FILTER (WHERE s."status" = 'OVERDUE')::int AS "overdue"
        FROM statuses s JOIN "Course" c ON c."id" = s."courseId"
       GROUP BY s."courseId", c."title", c."slug"
       ORDER BY min(s."dueAt"), c."title"`,
    db.$queryRaw<PlanComplianceTotals[]>`
      WITH ${cte}, ${perOfficialCte}
      SELECT count(*)::int AS "officials",
             coalesce(sum(po."assigned"), 0)::int AS "assigned",
             coalesce(sum(po."notStarted"), 0)::int AS "notStarted",
             coalesce(sum(po."inProgress"), 0)::int AS "inProgress",
             coalesce(sum(po."completed"), 0)::int AS "completed",
             coalesce(sum(po."overdue"), 0)::int AS "overdue",
             count(*) FILTER (WHERE po."overdue" > 0)::int AS "officialsOverdue",
             count(*) FILTER (WHERE po."prescribed" > 0)::int AS "aparPrescribed",
             count(*) FILTER (WHERE ${officialFilterSql("apar-met")})::int AS "aparMet"
        FROM per_official po`,
  ]);
  const row = totals[0] ?? { officials: 0, assigned: 0, notStarted: 0, inProgress: 0, completed: 0, overdue: 0, officialsOverdue: 0, aparPrescribed: 0, aparMet: 0 };
  // The APAR rule starts with the 2025–26 plan year: before it nobody "meets" or "misses" it.
  const aparApplies = aparThresholdMet({ planYear: plan.year, prescribed: 1, completed: 1 }) !== null;
  return { courses, totals: aparApplies ? row : { ...row, aparPrescribed: 0, aparMet: 0 } };
}

