// Routes of the review area, in one place so a renamed route is one edit.
import { coursePreviewHref } from "../courses/course-hrefs";

export const REVIEW_QUEUE_HREF = "/studio/reviews";
export const REVIEWER_GROUPS_HREF = "/studio/reviews/groups";

export function reviewHref(reviewId: string): string {
  return `${REVIEW_QUEUE_HREF}/${encodeURIComponent(reviewId)}`;
}

/** The preview of one version, as learners would see it. */
export function revisionPreviewHref(courseId: string, revisionId: string): string {
  return coursePreviewHref(courseId, { revisionId });
}
