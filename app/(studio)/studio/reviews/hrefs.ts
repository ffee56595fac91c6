// Routes of the review area, in one place so a renamed route is one edit.
export const REVIEW_QUEUE_HREF = "/studio/reviews";
export const REVIEWER_GROUPS_HREF = "/studio/reviews/groups";

export function reviewHref(reviewId: string): string {
  return `${REVIEW_QUEUE_HREF}/${encodeURIComponent(reviewId)}`;
}

export function courseVersionsHref(courseId: string): string {
  return `/studio/courses/${encodeURIComponent(courseId)}/versions`;
}

/** A's preview of one version, as learners would see it. */
export function revisionPreviewHref(courseId: string, revisionId: string): string {
  return `/studio/courses/${encodeURIComponent(courseId)}/preview?revision=${encodeURIComponent(revisionId)}`;
}
