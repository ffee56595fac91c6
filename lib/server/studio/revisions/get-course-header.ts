import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { CurrentUser } from "@/lib/domain/roles";
import type { CourseStatus } from "@/lib/generated/prisma/client";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type CourseHeader = {
  id: string;
  slug: string;
  title: string;
  providerName: string;
  courseStatus: CourseStatus;
  liveVersion: number | null;
  latest: { id: string; number: number; status: CourseStatus } | null;
  /** Provider members and super admins author; a reviewer only reads the versions routed to them. */
  canAuthor: boolean;
};

const uuid = z.uuid();

/**
 * The course as the studio's course pages head it, for its provider's members, super admins and
 * reviewers of any of its versions; null for anyone else and for an id that does not exist.
 */
export const getCourseHeader = cache(async (user: Pick<CurrentUser, "id" | "grants">, courseId: string): Promise<CourseHeader | null> => {
  if (!uuid.safeParse(courseId).success) return null;
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      version: true,
      providerId: true,
      provider: { select: { name: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, status: true, title: true } },
    },
  });
  if (!course) return null;
  const canAuthor = isProviderInScope(user, course.providerId);
  if (!canAuthor) {
    const reviewed = await db.courseReview.count({ where: { revision: { courseId }, group: { members: { some: { userId: user.id } } } } });
    if (reviewed === 0) return null;
  }
  const [latest] = course.revisions;
  return {
    id: course.id,
    slug: course.slug,
    title: latest?.title || course.title,
    providerName: course.provider.name,
    courseStatus: course.status,
    liveVersion: course.status === "PUBLISHED" ? course.version : null,
    latest: latest ? { id: latest.id, number: latest.number, status: latest.status } : null,
    canAuthor,
  };
});
