import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import type { ProgrammeStatusName } from "@/lib/domain/studio/programme-rules";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type ProviderProgramme = {
  id: string;
  slug: string;
  title: string;
  status: ProgrammeStatusName;
  courseCount: number;
  enrolled: number;
  completed: number;
  updatedAt: Date;
};

/** Programmes of the providers the user authors for, newest change first. */
export const listProviderProgrammes = cache(async (user: Pick<CurrentUser, "grants">): Promise<ProviderProgramme[]> => {
  const rows = await db.programme.findMany({
    where: providerScopeFilter(user),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: { id: true, slug: true, title: true, status: true, updatedAt: true, _count: { select: { courses: true, enrolments: true } } },
  });
  const completed = rows.length
    ? await db.programmeEnrolment.groupBy({ by: ["programmeId"], where: { programmeId: { in: rows.map((row) => row.id) }, completedAt: { not: null } }, _count: { _all: true } })
    : [];
  const completedBy = new Map(completed.map((row) => [row.programmeId, row._count._all]));
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    courseCount: row._count.courses,
    enrolled: row._count.enrolments,
    completed: completedBy.get(row.id) ?? 0,
    updatedAt: row.updatedAt,
  }));
});
