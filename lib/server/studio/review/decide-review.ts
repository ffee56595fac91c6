import "server-only";
import { parseCourseDraft } from "@/lib/domain/studio/course-draft";
import { transitionFor } from "@/lib/domain/studio/lifecycle";
import { commentsOutsideVersion, explainsChanges, type ReviewCommentInput } from "@/lib/domain/studio/review-comment";
import { nextStage, type ReviewStageName } from "@/lib/domain/studio/review-routing";
import type { CurrentUser } from "@/lib/domain/roles";
import { StudioError } from "@/lib/domain/studio/studio-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { publishRevision } from "@/lib/server/studio/versions/publish-revision";
import { followFirstVersion } from "./follow-first-version";
import { lockRevision } from "./lock-revision";
import { writeReviewAudit } from "./review-audit";
import { findStageGroup, loadRoutingContext } from "./review-routing-context";

type Actor = Pick<CurrentUser, "id">;

export type DecideReviewInput = {
  reviewId: string;
  outcome: "APPROVED" | "CHANGES_REQUESTED";
  note: string | null;
  comments: ReviewCommentInput[];
};

export type ReviewDecision =
  | { outcome: "CHANGES_REQUESTED" }
  | { outcome: "APPROVED"; nextStage: ReviewStageName; groupName: string }
  | { outcome: "APPROVED"; nextStage: null; publishedVersion: number };

/**
 * A reviewer's decision on the stage routed to their group. Changes requested sends the version
 * back to its authors with the comments; an approval routes it to the next stage, or at the last
 * stage approves it and publishes it in the same transaction. Only members of the review's group
 * may decide (anyone else is told the review does not exist), never the version's own author, and
 * a review is decided once: a second reviewer deciding at the same moment waits on the version's
 * lock, then finds it decided and is refused.
 */
export async function decideReview(user: Actor, input: DecideReviewInput, now = new Date()): Promise<ReviewDecision> {
  // The final approval publishes in this transaction: a large course on a busy server can take
  // longer than Prisma's 5-second default.
  return db.$transaction((tx) => decideReviewIn(tx, user, input, now), { maxWait: 10_000, timeout: 60_000 });
}

export async function decideReviewIn(tx: Prisma.TransactionClient, user: Actor, input: DecideReviewInput, now = new Date()): Promise<ReviewDecision> {
  const routed = await tx.courseReview.findFirst({
    where: { id: input.reviewId, group: { members: { some: { userId: user.id } } } },
    select: { revisionId: true },
  });
  if (!routed || !(await lockRevision(tx, routed.revisionId))) throw new StudioError("REVIEW_NOT_FOUND");

  const review = await tx.courseReview.findUniqueOrThrow({ where: { id: input.reviewId }, select: { id: true, round: true, stage: true, outcome: true } });
  const revision = await tx.courseRevision.findUniqueOrThrow({
    where: { id: routed.revisionId },
    select: {
      id: true,
      number: true,
      status: true,
      content: true,
      createdById: true,
      savedById: true,
      course: { select: { id: true, status: true, publishedAt: true, organisationId: true, provider: { select: { organisationId: true } } } },
    },
  });
  if (revision.createdById === user.id || revision.savedById === user.id) throw new StudioError("CANNOT_REVIEW_OWN_VERSION");
  if (review.outcome !== "PENDING" || revision.status !== "IN_REVIEW") throw new StudioError("REVIEW_ALREADY_DECIDED");

  const draft = parseCourseDraft(revision.content);
  if (!draft) throw new StudioError("VERSION_CONTENT_INVALID");
  const comments = input.comments.map((comment) => ({ lessonKey: comment.lessonKey, body: comment.body.trim() })).filter((comment) => comment.body !== "");
  if (commentsOutsideVersion(draft, comments).length > 0) throw new StudioError("LESSON_NOT_IN_VERSION");
  const note = input.note?.trim() || null;
  if (input.outcome === "CHANGES_REQUESTED" && !explainsChanges(note, comments)) throw new StudioError("CHANGES_NEED_COMMENT");

  // Conditional on PENDING as well as under the lock: the decision can never be taken twice.
  const { count } = await tx.courseReview.updateMany({
    where: { id: review.id, outcome: "PENDING" },
    data: { outcome: input.outcome, decidedById: user.id, decidedAt: now, note },
  });
  if (count !== 1) throw new StudioError("REVIEW_ALREADY_DECIDED");
  if (comments.length > 0) {
    await tx.reviewComment.createMany({
      data: comments.map((comment) => ({ revisionId: revision.id, reviewId: review.id, lessonKey: comment.lessonKey, authorId: user.id, body: comment.body, createdAt: now })),
    });
  }

  const audit = (action: "course_review.approved" | "course_review.changes_requested", details: Prisma.InputJsonObject) =>
    writeReviewAudit(tx, {
      actorId: user.id,
      action,
      revisionId: revision.id,
      organisationId: revision.course.organisationId,
      details: { courseId: revision.course.id, version: revision.number, reviewId: review.id, round: review.round, stage: review.stage, comments: comments.length, ...details },
      now,
    });

  if (input.outcome === "CHANGES_REQUESTED") {
    const to = transitionFor("requestChanges", revision.status);
    await tx.courseRevision.update({ where: { id: revision.id }, data: { status: to, currentStage: null }, select: { id: true } });
    await followFirstVersion(tx, revision.course, to, now);
    await audit("course_review.changes_requested", {});
    return { outcome: "CHANGES_REQUESTED" };
  }

  const context = await loadRoutingContext(tx, {
    courseOrganisationId: revision.course.organisationId,
    providerOrganisationId: revision.course.provider.organisationId,
    competencies: draft.competencies,
  });
  const next = nextStage(context.stages, review.stage);
  if (next) {
    const group = await findStageGroup(tx, context, next);
    await tx.courseReview.create({ data: { revisionId: revision.id, round: review.round, stage: next, groupId: group.id, createdAt: now }, select: { id: true } });
    await tx.courseRevision.update({ where: { id: revision.id }, data: { currentStage: next }, select: { id: true } });
    await audit("course_review.approved", { nextStage: next, nextGroupId: group.id });
    return { outcome: "APPROVED", nextStage: next, groupName: group.name };
  }

  const to = transitionFor("approve", revision.status);
  await tx.courseRevision.update({ where: { id: revision.id }, data: { status: to, currentStage: null, approvedAt: now }, select: { id: true } });
  await followFirstVersion(tx, revision.course, to, now);
  await audit("course_review.approved", { nextStage: null });
  const published = await publishRevision(tx, revision.id, user.id);
  return { outcome: "APPROVED", nextStage: null, publishedVersion: published.version };
}
