"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/domain/action-result";
import { ratingReplySchema } from "@/lib/domain/studio/rating-reply.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { replyToRating } from "@/lib/server/studio/insights/reply-to-rating";

export const replyToRatingAction = authorisedAction("course:author", ratingReplySchema, async (input, user) => {
  await replyToRating(user, input);
  revalidatePath(`/studio/courses/${input.courseId}/insights`);
  revalidatePath("/learn/courses", "layout");
  return ok();
});
