import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { db } from "@/lib/server/db";
import { awardKarma } from "@/lib/server/karma/award-karma";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";
import { MAX_RATING, MIN_RATING } from "@/lib/domain/ratings/course-review.schema";

export type RateCourseInput = {
  userId: string;
  courseSlug: string;
  rating: number;
  /** Plain text, already trimmed; null for none. */
  review: string | null;
};

export type RateCourseResult = { isFirstRating: boolean; karmaAwarded: boolean };

/**
 * Rates a course the official has completed, or changes their rating (one per official and
 * course). In one short transaction: the rating, the course's denormalised totals (adjusted by
 * the difference on an edit), the COURSE_RATED award on the first rating, and a "rated" statement
 * in the learning record.
 *
 * The official's completed enrolment row is locked first, so two submissions from the same
 * official (a double click, two tabs) run one after the other: the second sees the first's rating
 * and adjusts the totals by the difference rather than counting a second rating.
 */
export async function rateCourse(input: RateCourseInput): Promise<RateCourseResult> {
  if (!Number.isInteger(input.rating) || input.rating < MIN_RATING || input.rating > MAX_RATING) {
    throw new RangeError(`A rating must be a whole number from ${MIN_RATING} to ${MAX_RATING}.`);
  }
  return db.$transaction(async (tx) => {
    const [enrolment] = await tx.$queryRaw<{ id: string; courseId: string }[]>`
      SELECT e."id", e."courseId"
      FROM "Enrolment" e JOIN "Course" c ON c."id" = e."courseId"
      WHERE e."userId" = ${input.userId}::uuid AND c."slug" = ${input.courseSlug} AND e."status" = 'COMPLETED'
      FOR NO KEY UPDATE OF e`;
    if (!enrolment) throw new DomainError("RATING_NEEDS_COMPLETION");
    const { courseId } = enrolment;

    const previous = await tx.courseRating.findUnique({
      where: { userId_courseId: { userId: input.userId, courseId } },
      select: { rating: true },
    });
    await tx.courseRating.upsert({
      where: { userId_courseId: { userId: input.userId, courseId } },
      create: { userId: input.userId, courseId, rating: input.rating, review: input.review },
      update: { rating: input.rating, review: input.review },
      select: { id: true },
    });
    // Increments, not a recount: other officials rate the same course concurrently.
    await tx.course.update({
      where: { id: courseId },
      data: previous
        ? { ratingSum: { increment: input.rating - previous.rating } }
        : { ratingSum: { increment: input.rating }, ratingCount: { increment: 1 } },
      select: { id: true },
    });
    // Keyed on the course: one award per official and course, however often the rating is edited.
    const karmaAwarded = await awardKarma(tx, { userId: input.userId, event: "COURSE_RATED", sourceType: "Course", sourceId: courseId });
    await recordLearningEvent(tx, {
      actorId: input.userId,
      verb: "rated",
      objectType: "course",
      objectId: courseId,
      result: { score: { raw: input.rating, min: MIN_RATING, max: MAX_RATING } },
      context: { registration: enrolment.id },
    });
    return { isFirstRating: previous === null, karmaAwarded };
  });
}
