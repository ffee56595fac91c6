import { z } from "zod";

export const MIN_RATING = 1;
export const MAX_RATING = 5;
export const REVIEW_MAX_LENGTH = 2000;

// Slugs are lower-case words joined by hyphens (the catalogue's own format); anything else cannot
// name a course, so it is refused before any query.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A rating of 1–5 and an optional review, shared by the form and the server action. The review is
 * plain text: it is stored as typed and React escapes it on display, so no markup is ever rendered.
 */
export const courseReviewSchema = z.object({
  courseSlug: z.string().trim().min(1).max(200).regex(SLUG, "Unknown course."),
  rating: z.coerce
    .number({ message: "Choose a rating from 1 to 5 stars." })
    .int("Choose a rating from 1 to 5 stars.")
    .min(MIN_RATING, "Choose a rating from 1 to 5 stars.")
    .max(MAX_RATING, "Choose a rating from 1 to 5 stars."),
  review: z
    .string()
    .trim()
    .max(REVIEW_MAX_LENGTH, `Keep your review under ${REVIEW_MAX_LENGTH.toLocaleString("en-IN")} characters.`)
    // Control characters other than line breaks and tabs have no place in a review.
    .transform((text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ""))
    .optional()
    .transform((text) => (text ? text : null)),
});

export type CourseReviewInput = z.output<typeof courseReviewSchema>;
