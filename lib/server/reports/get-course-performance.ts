import "server-only";
import { pageWindow } from "@/lib/domain/pagination";
import { dbRead } from "@/lib/server/db-read";
import type { ReportScope } from "./report-scope";
import { subtreeScopeIds } from "./scope-sql";

export const COURSE_PERFORMANCE_PAGE_SIZE = 20;

export type CoursePerformanceRow = {
  courseId: string;
  slug: string;
  title: string;
  providerName: string;
  enrolments: number;
  completions: number;
  /** completions ÷ enrolments, 0–1 */
  completionRate: number;
  /** Across every official who rated it (ratings are not kept per organisation). */
  ratingAverage: number | null;
  ratingCount: number;
};

export type CoursePerformancePage = { rows: CoursePerformanceRow[]; total: number };

type Row = { courseId: string; enrolments: number; completions: number; total: number };

/**
 * Courses by enrolments of the scope's officials, with completions, completion rate and rating,
 * from the per-subtree course roll-up: the scope's own rows, one per course and shard. Role,
 * designation and group filters do not apply.
 */
export async function getCoursePerformance(scope: ReportScope, options: { page?: number; pageSize?: number } = {}): Promise<CoursePerformancePage> {
  const { offset, pageSize } = pageWindow(options.page ?? 1, options.pageSize ?? COURSE_PERFORMANCE_PAGE_SIZE);
  const rows = await dbRead.$queryRaw<Row[]>`
    SELECT ca."courseId", sum(ca."enrolments")::int AS "enrolments", sum(ca."completions")::int AS "completions",
           (count(*) OVER ())::int AS "total"
    FROM "CourseActivity" ca
    WHERE ca."organisationId" = ANY(${subtreeScopeIds(scope)}::uuid[])
    GROUP BY ca."courseId"
    HAVING sum(ca."enrolments") > 0
    ORDER BY 2 DESC, 1
    LIMIT ${pageSize} OFFSET ${offset}`;
  const courses = await dbRead.course.findMany({
    where: { id: { in: rows.map((row) => row.courseId) } },
    select: { id: true, slug: true, title: true, ratingSum: true, ratingCount: true, provider: { select: { name: true } } },
  });
  const byId = new Map(courses.map((course) => [course.id, course]));
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.flatMap((row) => {
      const course = byId.get(row.courseId);
      if (!course) return [];
      return [
        {
          courseId: course.id,
          slug: course.slug,
          title: course.title,
          providerName: course.provider.name,
          enrolments: row.enrolments,
          completions: row.completions,
          completionRate: row.enrolments > 0 ? row.completions / row.enrolments : 0,
          ratingAverage: course.ratingCount > 0 ? course.ratingSum / course.ratingCount : null,
          ratingCount: course.ratingCount,
        },
      ];
    }),
  };
}
