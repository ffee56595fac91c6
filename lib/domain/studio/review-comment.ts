// A reviewer's comment on a version, on the course as a whole (lessonKey null) or on one lesson.

import { draftLessons, type CourseDraft } from "@/lib/domain/studio/course-draft";

export const REVIEW_COMMENT_MAX_LENGTH = 2_000;
export const REVIEW_NOTE_MAX_LENGTH = 2_000;

export type ReviewCommentInput = { lessonKey: string | null; body: string };

/** The comments whose lesson is not in this version (a stale page, or a crafted request). */
export function commentsOutsideVersion(draft: CourseDraft, comments: readonly ReviewCommentInput[]): ReviewCommentInput[] {
  const keys = new Set(draftLessons(draft).map(({ lesson }) => lesson.key));
  return comments.filter((comment) => comment.lessonKey !== null && !keys.has(comment.lessonKey));
}

/** Asking for changes must say what to change: a note or at least one comment. */
export function explainsChanges(note: string | null, comments: readonly ReviewCommentInput[]): boolean {
  return (note ?? "").trim() !== "" || comments.some((comment) => comment.body.trim() !== "");
}
