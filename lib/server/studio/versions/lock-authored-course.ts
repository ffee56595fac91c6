import "server-only";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { CourseStatus, Prisma } from "@/lib/generated/prisma/client";
import { isProviderInScope } from "@/lib/server/auth/scope";

export type LockedCourse = { id: string; status: CourseStatus; organisationId: string | null; publishedAt: Date | null };

/**
 * The course row, locked (FOR NO KEY UPDATE, the lock publishing takes first), when the user
 * authors for its provider or is a super admin. An unknown id and another provider's course get
 * the same refusal, so ids cannot be probed.
 */
export async function lockAuthoredCourse(tx: Prisma.TransactionClient, user: Pick<CurrentUser, "grants">, courseId: string): Promise<LockedCourse> {
  const [course] = await tx.$queryRaw<(LockedCourse & { providerId: string })[]>`
    SELECT "id", "status", "organisationId", "publishedAt", "providerId" FROM "Course" WHERE "id" = ${courseId}::uuid FOR NO KEY UPDATE`;
  if (!course || !isProviderInScope(user, course.providerId)) {
    throw new PermissionDeniedError("course:author", "That course could not be found, or you cannot edit it.");
  }
  return { id: course.id, status: course.status, organisationId: course.organisationId, publishedAt: course.publishedAt };
}
