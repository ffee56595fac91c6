import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type ReviewIntegrityFlagInput = {
  flagId: string;
  outcome: "NO_CONCERN" | "FOLLOWED_UP";
  note: string | null;
  now?: Date;
};

export type ReviewIntegrityFlagResult = { status: "REVIEWED" | "ALREADY_REVIEWED" } | { status: "NOT_FOUND" };

/**
 * Closes an integrity flag with the reviewer's outcome, in one transaction with its audit entry.
 * The lesson's progress loses its flag mark, so a later implausible request is flagged afresh
 * rather than hidden behind the closed one. A flag outside the reviewer's subtree is reported as
 * not found, never as forbidden, so its existence does not leak. Closing twice changes nothing.
 */
export async function reviewIntegrityFlag(
  reviewer: Pick<CurrentUser, "id" | "grants">,
  input: ReviewIntegrityFlagInput,
): Promise<ReviewIntegrityFlagResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const flag = await tx.integrityFlag.findFirst({
      where: { id: input.flagId, user: organisationScopeFilter(reviewer, "manage") },
      select: { id: true, userId: true, lessonId: true, user: { select: { organisationId: true } } },
    });
    if (!flag) return { status: "NOT_FOUND" };

    // The guard on resolvedAt makes two reviewers closing it at once record only the first.
    const { count } = await tx.integrityFlag.updateMany({
      where: { id: flag.id, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: reviewer.id, outcome: input.outcome, reviewNote: input.note },
    });
    if (count === 0) return { status: "ALREADY_REVIEWED" };

    await tx.lessonProgress.updateMany({
      where: { userId: flag.userId, lessonId: flag.lessonId, isFlagged: true },
      data: { isFlagged: false },
    });
    await tx.auditLog.create({
      data: {
        actorId: reviewer.id,
        action: "integrity_flag.reviewed",
        entityType: "IntegrityFlag",
        entityId: flag.id,
        organisationId: flag.user.organisationId,
        details: { outcome: input.outcome, note: input.note },
        createdAt: now,
      },
      select: { id: true },
    });
    return { status: "REVIEWED" };
  });
}
