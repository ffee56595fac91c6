import "server-only";
import { cache } from "react";
import type { CompetencyChoice } from "@/lib/domain/studio/question-rules";
import { db } from "@/lib/server/db";

export type QuestionCompetency = CompetencyChoice & { isCourseTagged: boolean };

/**
 * Competencies a question of this course may be tagged with: those the course is tagged with
 * (live or in its open version), first, then every competency of the framework in use. A
 * competency a superseded framework held stays choosable only while the course is tagged with it.
 */
export const listQuestionCompetencies = cache(async (courseId: string): Promise<QuestionCompetency[]> => {
  const [active, tagged, openVersion] = await Promise.all([
    db.competency.findMany({
      where: { framework: { status: "ACTIVE" } },
      select: { id: true, name: true, code: true, externalId: true },
      orderBy: { name: "asc" },
    }),
    db.courseCompetency.findMany({ where: { courseId }, select: { competencyId: true } }),
    db.courseRevision.findFirst({ where: { courseId, publishedAt: null, archivedAt: null }, select: { content: true } }),
  ]);
  const taggedIds = new Set(tagged.map((row) => row.competencyId));
  for (const id of draftCompetencyIds(openVersion?.content)) taggedIds.add(id);
  const known = new Set(active.map((competency) => competency.id));
  const older = await db.competency.findMany({
    where: { id: { in: [...taggedIds].filter((id) => !known.has(id)) } },
    select: { id: true, name: true, code: true, externalId: true },
  });
  return [...active, ...older]
    .map((competency) => ({ ...competency, isCourseTagged: taggedIds.has(competency.id) }))
    .sort((a, b) => Number(b.isCourseTagged) - Number(a.isCourseTagged) || a.name.localeCompare(b.name));
});

function draftCompetencyIds(content: unknown): string[] {
  if (typeof content !== "object" || content === null || !("competencies" in content) || !Array.isArray(content.competencies)) return [];
  return content.competencies.flatMap((row: unknown) =>
    typeof row === "object" && row !== null && "competencyId" in row && typeof row.competencyId === "string" && /^[0-9a-f-]{36}$/i.test(row.competencyId) ? [row.competencyId] : [],
  );
}
