import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import type { ProgrammeStatusName } from "@/lib/domain/studio/programme-rules";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type AuthorProgramme = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  status: ProgrammeStatusName;
  thumbnailId: string | null;
  courses: { id: string; title: string; status: string; providerName: string }[];
  competencies: { competencyId: string; name: string; level: number }[];
  enrolled: number;
};

/** One programme the user may author, or null (outside their providers reads as absent). */
export const getProgrammeForAuthor = cache(async (user: Pick<CurrentUser, "grants">, programmeId: string): Promise<AuthorProgramme | null> => {
  const row = await db.programme.findFirst({
    where: { id: programmeId, ...providerScopeFilter(user) },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      status: true,
      thumbnailId: true,
      courses: { orderBy: { position: "asc" }, select: { course: { select: { id: true, title: true, status: true, provider: { select: { name: true } } } } } },
      competencies: { orderBy: { competency: { name: "asc" } }, select: { level: true, competency: { select: { id: true, name: true } } } },
      _count: { select: { enrolments: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    status: row.status,
    thumbnailId: row.thumbnailId,
    courses: row.courses.map(({ course }) => ({ id: course.id, title: course.title, status: course.status, providerName: course.provider.name })),
    competencies: row.competencies.map((c) => ({ competencyId: c.competency.id, name: c.competency.name, level: c.level })),
    enrolled: row._count.enrolments,
  };
});
