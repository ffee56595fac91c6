import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

export type CourseReviewContext = {
  course: { slug: string; title: string; providerName: string };
  /** Only officials who completed the course may rate it. */
  canRate: boolean;
  myReview: { rating: number; review: string | null; updatedAt: Date } | null;
};

/** What the review page needs, scoped to the signed-in official; null for an unknown or unpublished-and-unenrolled course. */
export const getCourseReview = cache(async (userId: string, slug: string): Promise<CourseReviewContext | null> => {
  const course = await db.course.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      status: true,
      provider: { select: { name: true } },
      enrolments: { where: { userId }, select: { status: true } },
      ratings: { where: { userId }, select: { rating: true, review: true, updatedAt: true } },
    },
  });
  if (!course) return null;
  const enrolment = course.enrolments[0];
  // A draft course stays invisible to anyone who never took it.
  if (course.status !== "PUBLISHED" && !enrolment) return null;
  return {
    course: { slug: course.slug, title: course.title, providerName: course.provider.name },
    canRate: enrolment?.status === "COMPLETED",
    myReview: course.ratings[0] ?? null,
  };
});
