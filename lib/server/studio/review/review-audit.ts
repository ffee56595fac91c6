import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ReviewAuditAction =
  | "course_revision.submitted"
  | "course_revision.withdrawn"
  | "course_review.approved"
  | "course_review.changes_requested";

/** One audit row per review step, in the step's own transaction. */
export async function writeReviewAudit(
  tx: Prisma.TransactionClient,
  entry: { actorId: string; action: ReviewAuditAction; revisionId: string; organisationId: string | null; details: Prisma.InputJsonObject; now: Date },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: "CourseRevision",
      entityId: entry.revisionId,
      organisationId: entry.organisationId,
      details: entry.details,
      createdAt: entry.now,
    },
    select: { id: true },
  });
}
