import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import { averageRating, completionRate, lessonShares, ratingDistribution, toDays, type LessonFunnelShare } from "@/lib/domain/studio/course-insights";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export const INSIGHT_WEEKS = 26;

export type CourseReviewRow = {
  id: string;
  rating: number;
  review: string;
  learnerName: string;
  createdAt: Date;
  reply: string | null;
  repliedAt: Date | null;
};

export type CourseInsights = {
  courseId: string;
  title: string;
  /** Enrolments that are not withdrawn. */
  enrolled: number;
  completed: number;
  completionRate: number | null;
  medianDaysToComplete: number | null;
  meanDaysToComplete: number | null;
  weekly: { weekStart: Date; enrolments: number; completions: number }[];
  /** The most recent enrolment ever, to say when the weekly window is empty. */
  lastEnrolledAt: Date | null;
  lessons: LessonFunnelShare[];
  ratings: { rating: number; count: number }[];
  averageRating: number | null;
  reviews: CourseReviewRow[];
};

/**
 * A course's figures for its provider: enrolments and completions by week (IST weeks from
 * Monday, the last INSIGHT_WEEKS), completion rate and time to complete, how far learners get
 * through each live lesson in course order, ratings and written reviews. Null outside the
 * user's providers.
 */
export const getCourseInsights = cache(async (user: Pick<CurrentUser, "grants">, courseId: string, now: Date = new Date()): Promise<CourseInsights | null> => {
  const course = await db.course.findFirst({ where: { id: courseId, ...providerScopeFilter(user) }, select: { id: true, title: true } });
  if (!course) return null;
  const since = new Date(now.getTime() - INSIGHT_WEEKS * 7 * 86_400_000);

  const [totals, durations, weekly, latest, lessons, ratingCounts, reviews] = await Promise.all([
    db.enrolment.groupBy({ by: ["status"], where: { courseId: course.id }, _count: { _all: true } }),
    db.$queryRaw<{ median_ms: number | null; mean_ms: number | null }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("completedAt" - "enrolledAt")) * 1000)::float8 AS median_ms,
             AVG(EXTRACT(EPOCH FROM ("completedAt" - "enrolledAt")) * 1000)::float8 AS mean_ms
      FROM "Enrolment" WHERE "courseId" = ${course.id}::uuid AND "status" = 'COMPLETED' AND "completedAt" IS NOT NULL`,
    // One pass over the course's enrolments of the window, not two counts per week.
    db.$queryRaw<{ week: Date; enrolments: bigint; completions: bigint }[]>`
      WITH weeks AS (
        SELECT generate_series(date_trunc('week', ${since}::timestamptz AT TIME ZONE 'Asia/Kolkata'), date_trunc('week', ${now}::timestamptz AT TIME ZONE 'Asia/Kolkata'), interval '1 week') AS week
      ),
      events AS (
        SELECT date_trunc('week', e."enrolledAt" AT TIME ZONE 'Asia/Kolkata') AS enrolled_week,
               date_trunc('week', e."completedAt" AT TIME ZONE 'Asia/Kolkata') AS completed_week
        FROM "Enrolment" e
        WHERE e."courseId" = ${course.id}::uuid AND (e."enrolledAt" >= ${since} OR e."completedAt" >= ${since})
      )
      SELECT weeks.week,
        (SELECT COUNT(*) FROM events WHERE events.enrolled_week = weeks.week) AS enrolments,
        (SELECT COUNT(*) FROM events WHERE events.completed_week = weeks.week) AS completions
      FROM weeks ORDER BY weeks.week`,
    db.enrolment.aggregate({ where: { courseId: course.id }, _max: { enrolledAt: true } }),
    db.$queryRaw<{ lessonId: string; title: string; started: bigint; completed: bigint }[]>`
      SELECT l."id" AS "lessonId", l."title",
        COUNT(lp."lessonId") FILTER (WHERE lp."status" <> 'NOT_STARTED' AND e."status" <> 'WITHDRAWN') AS started,
        COUNT(lp."lessonId") FILTER (WHERE lp."status" = 'COMPLETED' AND e."status" <> 'WITHDRAWN') AS completed
      FROM "Lesson" l
      JOIN "CourseModule" m ON m."id" = l."moduleId"
      LEFT JOIN "LessonProgress" lp ON lp."lessonId" = l."id"
      LEFT JOIN "Enrolment" e ON e."id" = lp."enrolmentId"
      WHERE l."courseId" = ${course.id}::uuid AND l."archivedAt" IS NULL AND m."archivedAt" IS NULL
      GROUP BY l."id", l."title", m."position", l."position"
      ORDER BY m."position", l."position"`,
    db.courseRating.groupBy({ by: ["rating"], where: { courseId: course.id }, _count: { _all: true } }),
    db.courseRating.findMany({
      where: { courseId: course.id, review: { not: null } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 50,
      select: { id: true, rating: true, review: true, createdAt: true, reply: true, repliedAt: true, user: { select: { name: true } } },
    }),
  ]);

  const countOf = (status: string) => totals.find((row) => row.status === status)?._count._all ?? 0;
  const completed = countOf("COMPLETED");
  const enrolled = completed + countOf("ENROLLED") + countOf("IN_PROGRESS");
  const distribution = ratingDistribution(ratingCounts.map((row) => ({ rating: row.rating, count: row._count._all })));
  const duration = durations[0];
  return {
    courseId: course.id,
    title: course.title,
    enrolled,
    completed,
    completionRate: completionRate(enrolled, completed),
    medianDaysToComplete: toDays(duration?.median_ms ?? null),
    meanDaysToComplete: toDays(duration?.mean_ms ?? null),
    weekly: weekly.map((row) => ({ weekStart: row.week, enrolments: Number(row.enrolments), completions: Number(row.completions) })),
    lastEnrolledAt: latest._max.enrolledAt,
    lessons: lessonShares(enrolled, lessons.map((row) => ({ lessonId: row.lessonId, title: row.title, started: Number(row.started), completed: Number(row.completed) }))),
    ratings: distribution,
    averageRating: averageRating(distribution),
    reviews: reviews.map((row) => ({ id: row.id, rating: row.rating, review: row.review ?? "", learnerName: row.user.name, createdAt: row.createdAt, reply: row.reply, repliedAt: row.repliedAt })),
  };
});
