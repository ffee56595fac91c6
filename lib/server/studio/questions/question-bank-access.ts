import "server-only";
import { z } from "zod";
import { can, PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

type AccessUser = Pick<CurrentUser, "id" | "grants">;

export type BankCourse = { id: string; title: string; providerId: string; canEdit: boolean };

const uuid = z.uuid();

const NOT_FOUND = "That course could not be found, or you cannot open its question bank.";

/**
 * The course whose bank the user may open. Authors of the course's provider (and super admins)
 * read and edit it; a reviewer who was routed any version of the course reads it, since the
 * assessments they review are drawn from it. Null for anyone else and for an id that does not
 * exist alike, so ids cannot be probed.
 */
export async function findBankCourse(user: AccessUser, courseId: string): Promise<BankCourse | null> {
  if (!uuid.safeParse(courseId).success) return null;
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      id: true,
      title: true,
      providerId: true,
      revisions: {
        where: { reviews: { some: { group: { members: { some: { userId: user.id } } } } } },
        select: { id: true },
        take: 1,
      },
    },
  });
  if (!course) return null;
  const canEdit = can(user, "course:author") && isProviderInScope(user, course.providerId);
  const isRoutedReviewer = can(user, "course:review") && course.revisions.length > 0;
  if (!canEdit && !isRoutedReviewer) return null;
  return { id: course.id, title: course.title, providerId: course.providerId, canEdit };
}

/** For writes: the course, when the user authors it; PermissionDeniedError otherwise. */
export async function requireEditableBankCourse(user: AccessUser, courseId: string): Promise<BankCourse> {
  const course = await findBankCourse(user, courseId);
  if (!course?.canEdit) throw new PermissionDeniedError("course:author", NOT_FOUND);
  return course;
}
