import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks a version for a review step, in the order publishing uses (lib/server/studio/versions/
 * publish-revision.ts): the Course row first, then the version. Submitting, withdrawing and
 * deciding on one version therefore run one at a time, and a second decision reads the first's
 * outcome. False when the version does not exist.
 */
export async function lockRevision(tx: Prisma.TransactionClient, revisionId: string): Promise<boolean> {
  const target = await tx.courseRevision.findUnique({ where: { id: revisionId }, select: { courseId: true } });
  if (!target) return false;
  await tx.$queryRaw`SELECT 1 FROM "Course" WHERE "id" = ${target.courseId}::uuid FOR NO KEY UPDATE`;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "CourseRevision" WHERE "id" = ${revisionId}::uuid FOR UPDATE`;
  return locked.length === 1;
}
