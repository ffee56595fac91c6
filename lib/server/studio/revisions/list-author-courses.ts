import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import type { CourseStatus } from "@/lib/generated/prisma/client";
import { providerIdsOf } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type AuthorCourseRow = {
  id: string;
  title: string;
  providerName: string;
  /** The course's own status (the live one once published). */
  courseStatus: CourseStatus;
  /** The published version learners see, if any. */
  liveVersion: number | null;
  /** The newest version and its state; null for a course published before the studio. */
  latest: { number: number; status: CourseStatus; savedAt: Date } | null;
  updatedAt: Date;
};

export type AuthorCourseList = {
  providers: { id: string; name: string }[];
  courses: AuthorCourseRow[];
};

/** Every course of the providers the user authors for, newest work first. */
export const listAuthorCourses = cache(async (user: Pick<CurrentUser, "grants">): Promise<AuthorCourseList> => {
  // Only providers the user holds a CONTENT_PROVIDER grant for, even for a super admin.
  const providerIds = providerIdsOf(user);
  if (providerIds.length === 0) return { providers: [], courses: [] };
  const [providers, courses] = await Promise.all([
    db.provider.findMany({ where: { id: { in: providerIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.course.findMany({
      where: { providerId: { in: providerIds } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        version: true,
        updatedAt: true,
        provider: { select: { name: true } },
        revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, status: true, savedAt: true, title: true } },
      },
    }),
  ]);
  return {
    providers,
    courses: courses
      .map((course) => {
        const [latest] = course.revisions;
        return {
          id: course.id,
          // The newest version's title is what the author is working on.
          title: latest?.title || course.title,
          providerName: course.provider.name,
          courseStatus: course.status,
          liveVersion: course.status === "PUBLISHED" ? course.version : null,
          latest: latest ? { number: latest.number, status: latest.status, savedAt: latest.savedAt } : null,
          updatedAt: latest && latest.savedAt > course.updatedAt ? latest.savedAt : course.updatedAt,
        };
      })
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()),
  };
});
