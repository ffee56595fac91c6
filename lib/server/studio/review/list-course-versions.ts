import "server-only";
import { cache } from "react";
import { parseCourseDraft } from "@/lib/domain/studio/course-draft";
import type { CourseStatusName } from "@/lib/domain/studio/lifecycle";
import type { ReviewStageName } from "@/lib/domain/studio/review-routing";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { REVIEW_STEP_SELECT, lessonTitles, reviewSteps, type ReviewStepView } from "./review-history";

export type CourseVersionView = {
  revisionId: string;
  number: number;
  status: CourseStatusName;
  title: string;
  reviewRound: number;
  currentStage: ReviewStageName | null;
  authorName: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  archivedAt: Date | null;
  steps: ReviewStepView[];
};

const COURSE_NOT_VISIBLE = "That course could not be found, or you cannot open it.";

/**
 * Every version of a course, newest first, with its review rounds, decisions and comments: the
 * authors' record of how the course got where it is. Members of the course's provider (and super
 * admins) only; anyone else gets the same refusal as for a course that does not exist.
 */
export const listCourseVersions = cache(async (user: Pick<CurrentUser, "grants">, courseId: string): Promise<CourseVersionView[]> => {
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      providerId: true,
      revisions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          title: true,
          content: true,
          reviewRound: true,
          currentStage: true,
          createdAt: true,
          submittedAt: true,
          approvedAt: true,
          publishedAt: true,
          archivedAt: true,
          createdBy: { select: { name: true } },
          reviews: { select: REVIEW_STEP_SELECT },
        },
      },
    },
  });
  if (!course || !isProviderInScope(user, course.providerId)) throw new PermissionDeniedError("course:author", COURSE_NOT_VISIBLE);
  return course.revisions.map((revision) => ({
    revisionId: revision.id,
    number: revision.number,
    status: revision.status,
    title: revision.title,
    reviewRound: revision.reviewRound,
    currentStage: revision.currentStage,
    authorName: revision.createdBy?.name ?? null,
    createdAt: revision.createdAt,
    submittedAt: revision.submittedAt,
    approvedAt: revision.approvedAt,
    publishedAt: revision.publishedAt,
    archivedAt: revision.archivedAt,
    steps: reviewSteps(revision.reviews, lessonTitles(parseCourseDraft(revision.content))),
  }));
});
