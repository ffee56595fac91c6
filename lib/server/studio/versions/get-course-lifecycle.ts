import "server-only";
import { z } from "zod";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { CourseStatus } from "@/lib/generated/prisma/client";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type CourseLifecycle = {
  courseId: string;
  status: CourseStatus;
  /** Never published and nobody ever enrolled: it may be deleted outright. */
  canDelete: boolean;
  canArchive: boolean;
  canRestore: boolean;
  enrolments: number;
};

const uuid = z.uuid();

/** What the course's author may do with the course as a whole: delete a draft, archive, restore. */
export async function getCourseLifecycle(user: Pick<CurrentUser, "grants">, courseId: string): Promise<CourseLifecycle> {
  const course = uuid.safeParse(courseId).success
    ? await db.course.findUnique({
        where: { id: courseId },
        select: {
          id: true,
          status: true,
          providerId: true,
          publishedAt: true,
          _count: { select: { enrolments: true, revisions: { where: { publishedAt: { not: null } } } } },
        },
      })
    : null;
  if (!course || !isProviderInScope(user, course.providerId)) {
    throw new PermissionDeniedError("course:author", "That course could not be found, or you cannot edit it.");
  }
  const hasHistory = course.publishedAt !== null || course.status === "PUBLISHED" || course.status === "ARCHIVED" || course._count.enrolments > 0 || course._count.revisions > 0;
  return {
    courseId: course.id,
    status: course.status,
    canDelete: !hasHistory,
    canArchive: course.status === "PUBLISHED",
    canRestore: course.status === "ARCHIVED",
    enrolments: course._count.enrolments,
  };
}
