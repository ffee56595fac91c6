import "server-only";
import { notFound } from "next/navigation";
import { findDropOff, type DropOff, type FunnelStep } from "@/lib/domain/reports/course-funnel";
import { Prisma } from "@/lib/generated/prisma/client";
import { dbRead } from "@/lib/server/db-read";
import type { ReportScope } from "./report-scope";
import { inScopeOrganisations, subtreeScopeIds } from "./scope-sql";

export type CourseFunnel = {
  course: { id: string; slug: string; title: string; providerName: string; ratingAverage: number | null; ratingCount: number; status: string };
  enrolments: number;
  completions: number;
  steps: (FunnelStep & { type: string; isRequired: boolean; started: number })[];
  dropOff: DropOff | null;
};

type StepRow = { lessonId: string; started: number; completed: number };
type EnrolmentRow = { enrolments: number; completions: number };

/**
 * One course's funnel for the scope's officials: how many started and finished each lesson, in
 * course order, and the lesson that loses the most learners. For the whole government the counts
 * come from the (lesson, status) index alone; a subtree also joins the officials in it.
 */
export async function getCourseFunnel(scope: ReportScope, courseId: string): Promise<CourseFunnel> {
  const course = await dbRead.course.findUnique({
    where: { id: courseId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      ratingSum: true,
      ratingCount: true,
      provider: { select: { name: true } },
      // The funnel of the version learners now follow; dropped lessons are history.
      modules: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { lessons: { where: { archivedAt: null }, orderBy: { position: "asc" }, select: { id: true, title: true, type: true, isRequired: true } } },
      },
    },
  });
  if (!course) notFound();
  const lessons = course.modules.flatMap((module) => module.lessons);
  const lessonIds = lessons.map((lesson) => lesson.id);
  const officialsInScope = scope.rootIds
    ? Prisma.sql`AND lp."userId" IN (SELECT u."id" FROM "User" u WHERE ${inScopeOrganisations(scope, `u."organisationId"`)})`
    : Prisma.empty;
  const [steps, [enrolment]] = await Promise.all([
    lessonIds.length === 0
      ? []
      : dbRead.$queryRaw<StepRow[]>`
          SELECT lp."lessonId", count(*)::int AS "started", (count(*) FILTER (WHERE lp."status" = 'COMPLETED'))::int AS "completed"
          FROM "LessonProgress" lp
          WHERE lp."lessonId" = ANY(${lessonIds}::uuid[]) ${officialsInScope}
          GROUP BY 1`,
    dbRead.$queryRaw<EnrolmentRow[]>`
      SELECT coalesce(sum(ca."enrolments"), 0)::int AS "enrolments", coalesce(sum(ca."completions"), 0)::int AS "completions"
      FROM "CourseActivity" ca
      WHERE ca."courseId" = ${courseId}::uuid AND ca."organisationId" = ANY(${subtreeScopeIds(scope)}::uuid[])`,
  ]);
  const byLesson = new Map(steps.map((row) => [row.lessonId, row]));
  const funnel = lessons.map((lesson) => ({
    lessonId: lesson.id,
    title: lesson.title,
    type: lesson.type,
    isRequired: lesson.isRequired,
    started: byLesson.get(lesson.id)?.started ?? 0,
    completed: byLesson.get(lesson.id)?.completed ?? 0,
  }));
  const enrolments = enrolment?.enrolments ?? 0;
  return {
    course: {
      id: course.id,
      slug: course.slug,
      title: course.title,
      status: course.status,
      providerName: course.provider.name,
      ratingAverage: course.ratingCount > 0 ? course.ratingSum / course.ratingCount : null,
      ratingCount: course.ratingCount,
    },
    enrolments,
    completions: enrolment?.completions ?? 0,
    steps: funnel,
    // Optional lessons are skipped by design; only required ones can be where learners give up.
    dropOff: findDropOff(enrolments, funnel.filter((step) => step.isRequired)),
  };
}
