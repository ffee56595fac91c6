import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { aparThresholdMet, assignmentStatus, type AssignmentStatus, type ComplianceCounts, type EnrolmentStatusName } from "@/lib/domain/plan/compliance";
import { pageWindow } from "@/lib/domain/pagination";
import { db } from "@/lib/server/db";
import { assignmentsCte, officialFilterSql, perOfficialCte, type ComplianceFilter } from "./compliance-sql";
import type { CompliancePlan } from "./find-compliance-plan";

export const COMPLIANCE_PAGE_SIZE = 50;

export type OfficialComplianceRow = ComplianceCounts & {
  userId: string;
  name: string;
  email: string;
  designation: string | null;
  organisationName: string;
  prescribed: number;
  prescribedCompleted: number;
  /** null: the APAR rule does not apply (plan year before 2025–26, or nothing prescribed). */
  aparMet: boolean | null;
};

type RawRow = Omit<OfficialComplianceRow, "aparMet">;

export type ComplianceQuery = { plan: CompliancePlan; courseId: string | null; filter: ComplianceFilter; now: Date };

function officialsSql(query: ComplianceQuery, tail: Prisma.Sql, extraColumns: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    WITH ${assignmentsCte({ planId: query.plan.id, courseId: query.courseId, now: query.now })}, ${perOfficialCte}
    SELECT po.*, u."name", u."email", u."designation", o."name" AS "organisationName" ${extraColumns}
      FROM per_official po
      JOIN "User" u ON u."id" = po."userId"
      JOIN "Organisation" o ON o."id" = u."organisationId"
     WHERE ${officialFilterSql(query.filter)} ${tail}`;
}

function withApar(plan: CompliancePlan) {
  return (row: RawRow): OfficialComplianceRow => ({
    ...row,
    aparMet: aparThresholdMet({ planYear: plan.year, prescribed: row.prescribed, completed: row.prescribedCompleted }),
  });
}

/**
 * One page of officials (by name) with their counts, filtered, optionally for one course. The
 * total rides on the page as a window count, so a page is one pass over the plan's assignments;
 * only a page past the end needs a second statement to say how many there are.
 */
export async function listComplianceOfficials(query: ComplianceQuery & { page: number }): Promise<{ rows: OfficialComplianceRow[]; total: number }> {
  const { offset, pageSize } = pageWindow(query.page, COMPLIANCE_PAGE_SIZE);
  const rows = await db.$queryRaw<(RawRow & { total: number })[]>(
    officialsSql(query, Prisma.sql`ORDER BY u."name", u."id" LIMIT ${pageSize} OFFSET ${offset}`, Prisma.sql`, count(*) OVER ()::int AS "total"`),
  );
  const total =
    rows[0]?.total ??
    (offset === 0
      ? 0
      : ((
          await db.$queryRaw<{ total: number }[]>`
            WITH ${assignmentsCte({ planId: query.plan.id, courseId: query.courseId, now: query.now })}, ${perOfficialCte}
            SELECT count(*)::int AS "total" FROM per_official po WHERE ${officialFilterSql(query.filter)}`
        )[0]?.total ?? 0));
  return { rows: rows.map(({ total: _total, ...row }) => withApar(query.plan)(row)), total };
}

/**
 * Every matching official in name order, a batch at a time by keyset (name, id), for the CSV:
 * memory stays flat however large the ministry.
 */
export async function* iterateComplianceOfficials(query: ComplianceQuery, batchSize = 2_000): AsyncGenerator<OfficialComplianceRow[]> {
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after ? Prisma.sql`AND (u."name", u."id") > (${after.name}, ${after.id}::uuid)` : Prisma.empty;
    const rows: RawRow[] = await db.$queryRaw<RawRow[]>(officialsSql(query, Prisma.sql`${keyset} ORDER BY u."name", u."id" LIMIT ${batchSize}`));
    if (rows.length === 0) return;
    yield rows.map(withApar(query.plan));
    const last: RawRow | undefined = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { name: last.name, id: last.userId };
  }
}

export type OfficialAssignmentRow = { courseId: string; title: string; slug: string; dueAt: Date; countsForApar: boolean; status: AssignmentStatus; completedAt: Date | null };

/** One official's assignments in the plan (drill-down); null when the official is not in it or not in scope. */
export async function getOfficialCompliance(
  plan: CompliancePlan,
  userId: string,
  now: Date,
): Promise<{ official: { name: string; email: string; designation: string | null }; rows: OfficialAssignmentRow[]; aparMet: boolean | null } | null> {
  const rows = await db.$queryRaw<{ courseId: string; title: string; slug: string; dueAt: Date; countsForApar: boolean; enrolmentStatus: EnrolmentStatusName | null; completedAt: Date | null; name: string; email: string; designation: string | null }[]>`
    WITH ${assignmentsCte({ planId: plan.id, courseId: null, now })}
    SELECT s."courseId", c."title", c."slug", s."dueAt", s."countsForApar", s."enrolmentStatus", s."completedAt", u."name", u."email", u."designation"
      FROM statuses s JOIN "Course" c ON c."id" = s."courseId" JOIN "User" u ON u."id" = s."userId"
     WHERE s."userId" = ${userId}::uuid
     ORDER BY s."dueAt", c."title"`;
  const first = rows[0];
  if (!first) return null;
  const mapped = rows.map((row) => ({
    courseId: row.courseId,
    title: row.title,
    slug: row.slug,
    dueAt: row.dueAt,
    countsForApar: row.countsForApar,
    completedAt: row.completedAt,
    status: assignmentStatus({ enrolmentStatus: row.enrolmentStatus, dueAt: row.dueAt, now }),
  }));
  const prescribed = mapped.filter((row) => row.countsForApar);
  return {
    official: { name: first.name, email: first.email, designation: first.designation },
    rows: mapped,
    aparMet: aparThresholdMet({ planYear: plan.year, prescribed: prescribed.length, completed: prescribed.filter((row) => row.status === "COMPLETED").length }),
  };
}
