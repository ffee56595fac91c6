"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/domain/action-result";
import { isDomainError } from "@/lib/domain/learning/domain-error";
import { courseReviewSchema } from "@/lib/domain/ratings/course-review.schema";
import { courseReviewHref, learnerCourseHref, LEARNER_HOME_HREF, LEADERBOARD_HREF } from "@/lib/domain/routes";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { rateCourse } from "@/lib/server/ratings/rate-course";

// The official is always the signed-in user: the form carries the course, never whose rating it is.
export const saveCourseReview = authorisedAction("learning:own", courseReviewSchema, async (input, user) => {
  try {
    const result = await rateCourse({ userId: user.id, courseSlug: input.courseSlug, rating: input.rating, review: input.review });
    revalidatePath(courseReviewHref(input.courseSlug));
    revalidatePath(learnerCourseHref(input.courseSlug));
    revalidatePath(LEARNER_HOME_HREF);
    if (result.karmaAwarded) revalidatePath(LEADERBOARD_HREF);
    return ok(result);
  } catch (error) {
    if (isDomainError(error)) return fail(error.code, error.message);
    throw error;
  }
});
