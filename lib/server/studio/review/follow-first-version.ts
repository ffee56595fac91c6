import "server-only";
import { assertTransition, type CourseStatusName } from "@/lib/domain/studio/lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A course that has never been published has no life of its own yet: its status follows its
 * first version through review (draft, in review, changes requested, approved). A published or
 * archived course keeps its status while its next version is reviewed.
 */
export async function followFirstVersion(
  tx: Prisma.TransactionClient,
  course: { id: string; status: CourseStatusName; publishedAt: Date | null },
  to: CourseStatusName,
  now: Date,
): Promise<void> {
  if (course.publishedAt !== null || course.status === "PUBLISHED" || course.status === "ARCHIVED" || course.status === to) return;
  assertTransition(course.status, to);
  await tx.course.update({ where: { id: course.id }, data: { status: to, ...(to === "IN_REVIEW" ? { submittedAt: now } : {}) }, select: { id: true } });
}
