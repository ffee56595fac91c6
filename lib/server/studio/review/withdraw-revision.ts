import "server-only";
import { transitionFor } from "@/lib/domain/studio/lifecycle";
import type { CurrentUser } from "@/lib/domain/roles";
import { StudioError } from "@/lib/domain/studio/studio-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorsForProvider } from "@/lib/domain/studio/author-scope";
import { db } from "@/lib/server/db";
import { followFirstVersion } from "./follow-first-version";
import { lockRevision } from "./lock-revision";
import { writeReviewAudit } from "./review-audit";

type Actor = Pick<CurrentUser, "id" | "grants">;

/**
 * Takes a version back from review before a decision: it returns to draft for more editing and
 * the review waiting on it is cancelled, so it leaves the reviewers' queue at once.
 */
export async function withdrawRevision(user: Actor, revisionId: string, now = new Date()): Promise<void> {
  await db.$transaction((tx) => withdrawRevisionIn(tx, user, revisionId, now));
}

export async function withdrawRevisionIn(tx: Prisma.TransactionClient, user: Actor, revisionId: string, now = new Date()): Promise<void> {
  if (!(await lockRevision(tx, revisionId))) throw new StudioError("REVISION_NOT_FOUND");
  const revision = await tx.courseRevision.findUniqueOrThrow({
    where: { id: revisionId },
    select: { id: true, number: true, status: true, reviewRound: true, currentStage: true, course: { select: { id: true, status: true, publishedAt: true, providerId: true, organisationId: true } } },
  });
  if (!authorsForProvider(user, revision.course.providerId)) throw new StudioError("REVISION_NOT_FOUND");
  if (revision.status !== "IN_REVIEW") throw new StudioError("REVISION_NOT_IN_REVIEW");
  const to = transitionFor("withdraw", revision.status);

  await tx.courseRevision.update({ where: { id: revision.id }, data: { status: to, currentStage: null }, select: { id: true } });
  await tx.courseReview.updateMany({ where: { revisionId: revision.id, outcome: "PENDING" }, data: { outcome: "CANCELLED", decidedAt: now } });
  await followFirstVersion(tx, revision.course, to, now);
  await writeReviewAudit(tx, {
    actorId: user.id,
    action: "course_revision.withdrawn",
    revisionId: revision.id,
    organisationId: revision.course.organisationId,
    details: { courseId: revision.course.id, version: revision.number, round: revision.reviewRound, stage: revision.currentStage },
    now,
  });
}
