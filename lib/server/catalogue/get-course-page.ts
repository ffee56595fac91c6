import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { COURSE_OUTLINE_SELECT } from "@/lib/server/catalogue/course-outline-select";
import { averageRating } from "@/lib/domain/catalogue/average-rating";
import { mediaHref } from "@/lib/domain/routes";
import type {
  CompetencyTypeName,
  CourseLanguageName,
  DeliveryModeName,
  LessonTypeName,
} from "@/lib/domain/catalogue/catalogue-labels";

export const COURSE_PAGE_REVIEW_LIMIT = 5;
// Enough for any real schedule; past and cancelled batches are left out.
const BATCH_LIMIT = 12;

export type CoursePageBatch = {
  id: string;
  code: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  status: "SCHEDULED" | "OPEN" | "CLOSED";
  seatLimit: number;
  seatsLeft: number;
  sessions: { id: string; title: string; startsAt: Date; endsAt: Date; venue: string | null; facilitator: string | null }[];
};

export type CoursePage = {
  id: string;
  slug: string;
  title: string;
  titleHi: string | null;
  summary: string;
  description: string;
  status: "PUBLISHED" | "ARCHIVED";
  mode: DeliveryModeName;
  language: CourseLanguageName;
  durationMinutes: number;
  publishedAt: Date | null;
  provider: { name: string; description: string | null; website: string | null };
  /** The course image (an uploaded thumbnail), or null. */
  thumbnailUrl: string | null;
  enrolmentCount: number;
  rating: { average: number | null; count: number };
  competencies: { code: string; name: string; type: CompetencyTypeName; level: number; levelName: string | null }[];
  modules: {
    id: string;
    title: string;
    lessons: { id: string; title: string; type: LessonTypeName; durationSeconds: number; isRequired: boolean }[];
  }[];
  batches: CoursePageBatch[];
  reviews: { id: string; rating: number; review: string; reviewerName: string; createdAt: Date; reply: string | null }[];
  reviewCount: number;
};

/**
 * A course as its catalogue page shows it, or null when the official may not see it: unknown,
 * draft or in review, or archived — except that an official enrolled before it was archived
 * keeps seeing the course they joined.
 */
export const getCoursePage = cache(async (slug: string, userId: string): Promise<CoursePage | null> => {
  const course = await db.course.findFirst({
    where: {
      slug,
      OR: [
        { status: "PUBLISHED" },
        { status: "ARCHIVED", enrolments: { some: { userId, status: { not: "WITHDRAWN" } } } },
      ],
    },
    select: {
      id: true,
      slug: true,
      title: true,
      titleHi: true,
      summary: true,
      description: true,
      status: true,
      mode: true,
      language: true,
      durationMinutes: true,
      publishedAt: true,
      ratingCount: true,
      ratingSum: true,
      enrolmentCount: true,
      // The live tallies, not the minute-old roll-up: an official who has just joined sees it count.
      enrolmentTallies: { select: { enrolments: true } },
      thumbnailId: true,
      provider: { select: { name: true, description: true, website: true } },
      competencies: {
        orderBy: [{ level: "desc" }, { competency: { name: "asc" } }],
        select: {
          level: true,
          competency: { select: { id: true, code: true, name: true, type: true } },
        },
      },
      modules: COURSE_OUTLINE_SELECT,
    },
  });
  if (!course || (course.status !== "PUBLISHED" && course.status !== "ARCHIVED")) return null;

  const now = new Date();
  const hasBatches = course.mode !== "ONLINE";
  const [levels, batches, reviews, reviewCount] = await Promise.all([
    course.competencies.length === 0
      ? Promise.resolve([])
      : db.competencyLevel.findMany({
          where: { OR: course.competencies.map((link) => ({ competencyId: link.competency.id, level: link.level })) },
          select: { competencyId: true, name: true },
        }),
    hasBatches
      ? db.batch.findMany({
          where: { courseId: course.id, status: { in: ["SCHEDULED", "OPEN", "CLOSED"] }, endsAt: { gte: now } },
          orderBy: [{ startsAt: "asc" }, { code: "asc" }],
          take: BATCH_LIMIT,
          select: {
            id: true,
            code: true,
            startsAt: true,
            endsAt: true,
            venue: true,
            status: true,
            seatLimit: true,
            _count: { select: { enrolments: { where: { status: { not: "WITHDRAWN" } } } } },
            sessions: {
              orderBy: { startsAt: "asc" },
              select: { id: true, title: true, startsAt: true, endsAt: true, venue: true, facilitator: true },
            },
          },
        })
      : Promise.resolve([]),
    db.courseRating.findMany({
      where: { courseId: course.id, review: { not: null } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: COURSE_PAGE_REVIEW_LIMIT,
      select: { id: true, rating: true, review: true, createdAt: true, reply: true, user: { select: { name: true } } },
    }),
    db.courseRating.count({ where: { courseId: course.id, review: { not: null } } }),
  ]);
  const levelNames = new Map(levels.map((level) => [level.competencyId, level.name]));

  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    titleHi: course.titleHi,
    summary: course.summary,
    description: course.description,
    status: course.status,
    mode: course.mode,
    language: course.language,
    durationMinutes: course.durationMinutes,
    publishedAt: course.publishedAt,
    provider: course.provider,
    thumbnailUrl: course.thumbnailId ? mediaHref(course.thumbnailId) : null,
    enrolmentCount:
      course.enrolmentTallies.length > 0 ? course.enrolmentTallies.reduce((sum, tally) => sum + tally.enrolments, 0) : course.enrolmentCount,
    rating: { average: averageRating(course.ratingSum, course.ratingCount), count: course.ratingCount },
    competencies: course.competencies.map((link) => ({
      code: link.competency.code,
      name: link.competency.name,
      type: link.competency.type,
      level: link.level,
      levelName: levelNames.get(link.competency.id) ?? null,
    })),
    modules: course.modules,
    batches: batches.map((batch) => ({
      id: batch.id,
      code: batch.code,
      startsAt: batch.startsAt,
      endsAt: batch.endsAt,
      venue: batch.venue,
      status: batch.status as CoursePageBatch["status"],
      seatLimit: batch.seatLimit,
      seatsLeft: Math.max(0, batch.seatLimit - batch._count.enrolments),
      sessions: batch.sessions,
    })),
    reviews: reviews.map((row) => ({
      id: row.id,
      rating: row.rating,
      review: row.review ?? "",
      reviewerName: row.user.name,
      createdAt: row.createdAt,
      reply: row.reply,
    })),
    reviewCount,
  };
});
