import { z } from "zod";
import { REVIEW_COMMENT_MAX_LENGTH, REVIEW_NOTE_MAX_LENGTH } from "@/lib/domain/studio/review-comment";

/** Each lesson's comment box is named LESSON_COMMENT_PREFIX + the lesson's key. */
export const LESSON_COMMENT_PREFIX = "lessonComment.";

const commentBody = z.string().trim().max(REVIEW_COMMENT_MAX_LENGTH, `Keep each comment to ${REVIEW_COMMENT_MAX_LENGTH} characters.`);

// The form posts one field per lesson; they are gathered into a list of comments here, so the
// use-case checks every lesson key against the version (a stale or crafted key is refused there).
export const decideSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== "object" || raw === null) return raw;
    const fields = raw as Record<string, unknown>;
    const lessonComments = Object.entries(fields)
      .filter(([name, value]) => name.startsWith(LESSON_COMMENT_PREFIX) && typeof value === "string" && value.trim() !== "")
      .map(([name, value]) => ({ lessonKey: name.slice(LESSON_COMMENT_PREFIX.length), body: value }));
    const courseComment = typeof fields.courseComment === "string" && fields.courseComment.trim() !== "" ? [{ lessonKey: null, body: fields.courseComment }] : [];
    return { reviewId: fields.reviewId, outcome: fields.outcome, note: fields.note, comments: [...courseComment, ...lessonComments] };
  },
  z.object({
    reviewId: z.uuid("That review could not be found. Reload the page."),
    outcome: z.enum(["APPROVED", "CHANGES_REQUESTED"], "Choose Approve or Request changes."),
    note: z
      .string()
      .trim()
      .max(REVIEW_NOTE_MAX_LENGTH, `Keep the note to ${REVIEW_NOTE_MAX_LENGTH} characters.`)
      .optional()
      .transform((note) => note || null),
    comments: z.array(z.object({ lessonKey: z.uuid("That lesson could not be found. Reload the page.").nullable(), body: commentBody })).max(500),
  }),
);

export type DecideResult = { message: string };
