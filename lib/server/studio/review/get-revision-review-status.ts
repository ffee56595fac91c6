import "server-only";
import { cache } from "react";
import { draftProblems, parseCourseDraft } from "@/lib/domain/studio/course-draft";
import type { CourseStatusName } from "@/lib/domain/studio/lifecycle";
import type { ReviewStageName } from "@/lib/domain/studio/review-routing";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type RevisionReviewStatus = {
  revisionId: string;
  number: number;
  status: CourseStatusName;
  round: number;
  stage: ReviewStageName | null;
  /** The group the pending review waits on, and its members' names. */
  waitingOn: { groupName: string; memberNames: string[] } | null;
  /** What still stops a submission (empty when ready). */
  problems: string[];
  openComments: number;
  canSubmit: boolean;
  canWithdraw: boolean;
};

// A group's names are shown only up to this many; the rest are counted.
const MEMBER_NAMES_SHOWN = 5;

/**
 * The review state of a course's open version for its authors' status bar; for a course with no
 * open version, its published one (nothing to submit). Null when the course has no version yet.
 */
export const getRevisionReviewStatus = cache(async (user: Pick<CurrentUser, "grants">, courseId: string): Promise<RevisionReviewStatus | null> => {
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      providerId: true,
      revisions: {
        where: { OR: [{ publishedAt: null, archivedAt: null }, { status: "PUBLISHED" }] },
        orderBy: { number: "desc" },
        take: 1,
        select: {
          id: true,
          number: true,
          status: true,
          content: true,
          reviewRound: true,
          currentStage: true,
          _count: { select: { comments: { where: { resolvedAt: null } } } },
          reviews: {
            where: { outcome: "PENDING" },
            take: 1,
            select: {
              group: { select: { name: true, members: { orderBy: { addedAt: "asc" }, take: MEMBER_NAMES_SHOWN + 1, select: { user: { select: { name: true } } } } } },
            },
          },
        },
      },
    },
  });
  if (!course || !isProviderInScope(user, course.providerId)) throw new PermissionDeniedError("course:author", "That course could not be found, or you cannot edit it.");
  const [revision] = course.revisions;
  if (!revision) return null;
  const draft = parseCourseDraft(revision.content);
  const problems = draft ? draftProblems(draft).map((problem) => problem.message) : ["The saved document could not be read; save it again from the editor."];
  const group = revision.reviews[0]?.group ?? null;
  const memberNames = group ? group.members.map((member) => member.user.name) : [];
  const isEditable = revision.status === "DRAFT" || revision.status === "CHANGES_REQUESTED";
  return {
    revisionId: revision.id,
    number: revision.number,
    status: revision.status,
    round: revision.reviewRound,
    stage: revision.currentStage,
    waitingOn: group
      ? {
          groupName: group.name,
          memberNames: memberNames.length > MEMBER_NAMES_SHOWN ? [...memberNames.slice(0, MEMBER_NAMES_SHOWN), "others"] : memberNames,
        }
      : null,
    problems: isEditable ? problems : [],
    openComments: revision._count.comments,
    canSubmit: isEditable && problems.length === 0,
    canWithdraw: revision.status === "IN_REVIEW",
  };
});
