import "server-only";
import { parseCourseDraft, draftProblems } from "@/lib/domain/studio/course-draft";
import { transitionFor } from "@/lib/domain/studio/lifecycle";
import type { ReviewStageName } from "@/lib/domain/studio/review-routing";
import type { CurrentUser } from "@/lib/domain/roles";
import { StudioError } from "@/lib/domain/studio/studio-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorsForProvider } from "@/lib/domain/studio/author-scope";
import { db } from "@/lib/server/db";
import { followFirstVersion } from "./follow-first-version";
import { lockRevision } from "./lock-revision";
import { writeReviewAudit } from "./review-audit";
import { findStageGroup, loadRoutingContext } from "./review-routing-context";

type Actor = Pick<CurrentUser, "id" | "grants">;

export type SubmittedRevision = { round: number; stage: ReviewStageName; groupName: string };

/**
 * Sends a draft (or a version with changes requested, once fixed) to review: the next round
 * starts at the first stage its organisation requires, routed to that stage's group. Refused with
 * the list of what is missing when the version is not ready, and when nobody could review it.
 */
export async function submitRevision(user: Actor, revisionId: string, now = new Date()): Promise<SubmittedRevision> {
  return db.$transaction((tx) => submitRevisionIn(tx, user, revisionId, now));
}

/** The same, inside the caller's transaction (the seed builds its demo courses with it). */
export async function submitRevisionIn(tx: Prisma.TransactionClient, user: Actor, revisionId: string, now = new Date()): Promise<SubmittedRevision> {
  if (!(await lockRevision(tx, revisionId))) throw new StudioError("REVISION_NOT_FOUND");
  const revision = await tx.courseRevision.findUniqueOrThrow({
    where: { id: revisionId },
    select: {
      id: true,
      number: true,
      status: true,
      reviewRound: true,
      content: true,
      course: { select: { id: true, status: true, publishedAt: true, providerId: true, organisationId: true, provider: { select: { organisationId: true } } } },
    },
  });
  if (!authorsForProvider(user, revision.course.providerId)) throw new StudioError("REVISION_NOT_FOUND");
  if (revision.status !== "DRAFT" && revision.status !== "CHANGES_REQUESTED") throw new StudioError("REVISION_NOT_SUBMITTABLE");
  const to = transitionFor("submit", revision.status);

  const draft = parseCourseDraft(revision.content);
  const problems = draft ? draftProblems(draft) : [{ message: "The saved document could not be read; open it in the editor and save it again." }];
  if (!draft || problems.length > 0) throw new StudioError("REVISION_NOT_READY", undefined, problems.map((problem) => problem.message));

  const context = await loadRoutingContext(tx, {
    courseOrganisationId: revision.course.organisationId,
    providerOrganisationId: revision.course.provider.organisationId,
    competencies: draft.competencies,
  });
  const [stage] = context.stages;
  if (!stage) throw new StudioError("NO_REVIEWER_GROUP");
  const group = await findStageGroup(tx, context, stage);
  const round = revision.reviewRound + 1;

  await tx.courseRevision.update({
    where: { id: revision.id },
    data: { status: to, reviewRound: round, currentStage: stage, submittedAt: now, title: draft.title },
    select: { id: true },
  });
  // A resubmission answers the comments of the round before; they stay on record as resolved.
  await tx.reviewComment.updateMany({ where: { revisionId: revision.id, resolvedAt: null }, data: { resolvedAt: now } });
  await tx.courseReview.create({ data: { revisionId: revision.id, round, stage, groupId: group.id, createdAt: now }, select: { id: true } });
  await followFirstVersion(tx, revision.course, to, now);
  await writeReviewAudit(tx, {
    actorId: user.id,
    action: "course_revision.submitted",
    revisionId: revision.id,
    organisationId: context.organisationId,
    details: { courseId: revision.course.id, version: revision.number, round, stage, groupId: group.id, area: context.area },
    now,
  });
  return { round, stage, groupName: group.name };
}
