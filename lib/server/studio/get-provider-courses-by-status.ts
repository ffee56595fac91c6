import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

export const COURSE_STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export type CourseStatusName = (typeof COURSE_STATUSES)[number];

// Per status, the most recently touched courses; the counts above the lists stay exact.
const COURSES_PER_STATUS = 25;

export type StudioCourse = {
  id: string;
  slug: string;
  title: string;
  providerName: string;
  updatedAt: Date;
  enrolments: number;
  completions: number;
};

export type StudioStatusGroup = {
  status: CourseStatusName;
  total: number;
  courses: StudioCourse[];
};

export type ProviderCoursesByStatus = {
  providers: { id: string; name: string }[];
  totalCourses: number;
  totalEnrolments: number;
  groups: StudioStatusGroup[];
};

/**
 * Courses of the given providers, grouped by status. Callers pass only the provider ids the
 * user holds a CONTENT_PROVIDER grant for; nothing here widens that scope.
 */
export function getProviderCoursesByStatus(providerIds: readonly string[]): Promise<ProviderCoursesByStatus> {
  // cache() compares arguments by identity, so the id list is normalised to one string key.
  return loadProviderCourses([...new Set(providerIds)].sort().join(","));
}

const loadProviderCourses = cache(async (providerIdsKey: string): Promise<ProviderCoursesByStatus> => {
  const providerIds = providerIdsKey.split(",").filter(Boolean);
  if (providerIds.length === 0) return { providers: [], totalCourses: 0, totalEnrolments: 0, groups: [] };

  const scope = { providerId: { in: providerIds } };
  const [providers, counts, ...perStatus] = await Promise.all([
    db.provider.findMany({ where: { id: { in: providerIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.course.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    ...COURSE_STATUSES.map((status) =>
      db.course.findMany({
        where: { ...scope, status },
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        take: COURSES_PER_STATUS,
        select: { id: true, slug: true, title: true, updatedAt: true, provider: { select: { name: true } } },
      }),
    ),
  ]);

  const courseIds = perStatus.flat().map((course) => course.id);
  // One grouped query for every listed course (courseId, status index) instead of one per course.
  const [enrolmentCounts, totalEnrolments] = await Promise.all([
    courseIds.length
      ? db.enrolment.groupBy({
          by: ["courseId", "status"],
          where: { courseId: { in: courseIds }, status: { not: "WITHDRAWN" } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
    db.enrolment.count({ where: { course: scope, status: { not: "WITHDRAWN" } } }),
  ]);

  const enrolmentsByCourse = new Map<string, { enrolments: number; completions: number }>();
  for (const row of enrolmentCounts) {
    const entry = enrolmentsByCourse.get(row.courseId) ?? { enrolments: 0, completions: 0 };
    entry.enrolments += row._count._all;
    if (row.status === "COMPLETED") entry.completions += row._count._all;
    enrolmentsByCourse.set(row.courseId, entry);
  }

  const groups = COURSE_STATUSES.map((status, index): StudioStatusGroup => ({
    status,
    total: counts.find((row) => row.status === status)?._count._all ?? 0,
    courses: (perStatus[index] ?? []).map((course) => ({
      id: course.id,
      slug: course.slug,
      title: course.title,
      providerName: course.provider.name,
      updatedAt: course.updatedAt,
      ...(enrolmentsByCourse.get(course.id) ?? { enrolments: 0, completions: 0 }),
    })),
  }));

  return {
    providers,
    totalCourses: groups.reduce((sum, group) => sum + group.total, 0),
    totalEnrolments,
    groups,
  };
});
