import "server-only";
import { cache } from "react";
import { z } from "zod";
import { readinessOf, type Readiness } from "@/lib/domain/competency/requirement-status";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { getCompetencyPassbook, type CompetencyPassbook } from "@/lib/server/passbook/get-competency-passbook";

export type ReporteePassbook = {
  reportee: { id: string; name: string; designation: string | null; organisationName: string | null; isSuspended: boolean };
  passbook: CompetencyPassbook;
  readiness: Readiness;
  pendingSelfAssessments: number;
  /** The framework's level names per required competency, for the endorsement's level choice. */
  levelsByCompetency: Map<string, { level: number; name: string }[]>;
};

const uuid = z.uuid();

/**
 * A direct reportee's passbook, as their reporting officer reviews it. Null for anyone who does
 * not report to the officer (and for the officer themselves), so the page answers "not found"
 * without saying whether the id exists.
 */
export const getReporteePassbook = cache(async (officer: Pick<CurrentUser, "id">, reporteeId: string): Promise<ReporteePassbook | null> => {
  if (!uuid.safeParse(reporteeId).success || reporteeId === officer.id) return null;
  const reportee = await db.user.findFirst({
    where: { id: reporteeId, reportingOfficerId: officer.id },
    select: { id: true, name: true, designation: true, status: true, organisation: { select: { name: true } } },
  });
  if (!reportee) return null;
  const passbook = await getCompetencyPassbook(reportee.id);
  if (!passbook) return null;
  const levels = await db.competencyLevel.findMany({
    where: { competencyId: { in: passbook.requirements.map((row) => row.competencyId) } },
    orderBy: [{ competencyId: "asc" }, { level: "asc" }],
    select: { competencyId: true, level: true, name: true },
  });
  const levelsByCompetency = new Map<string, { level: number; name: string }[]>();
  for (const { competencyId, ...level } of levels) levelsByCompetency.set(competencyId, [...(levelsByCompetency.get(competencyId) ?? []), level]);
  return {
    reportee: {
      id: reportee.id,
      name: reportee.name,
      designation: reportee.designation,
      organisationName: reportee.organisation?.name ?? null,
      isSuspended: reportee.status === "SUSPENDED",
    },
    passbook,
    readiness: readinessOf(passbook.requirements),
    pendingSelfAssessments: passbook.requirements.filter((row) => row.selfDeclared?.state === "PENDING").length,
    levelsByCompetency,
  };
});
