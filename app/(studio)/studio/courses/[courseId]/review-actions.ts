"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/domain/action-result";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { submitRevision } from "@/lib/server/studio/review/submit-revision";
import { withdrawRevision } from "@/lib/server/studio/review/withdraw-revision";
import { studioCourseHref } from "../course-hrefs";
import { revisionActionSchema, type RevisionActionResult } from "./review-actions.schema";

// The use-cases check that the version belongs to a provider the author works for.
function revalidateCourse(courseId: string) {
  revalidatePath(studioCourseHref(courseId), "layout");
  revalidatePath("/studio", "page");
  revalidatePath("/studio/reviews", "layout");
}

export const submitForReview = authorisedAction("course:author", revisionActionSchema, async (input, user) => {
  const submitted = await submitRevision(user, input.revisionId);
  revalidateCourse(input.courseId);
  return ok<RevisionActionResult>({
    message: `Submitted for review (round ${submitted.round}). It waits at the ${REVIEW_STAGE_LABELS[submitted.stage]} stage, with ${submitted.groupName}.`,
  });
});

export const withdrawFromReview = authorisedAction("course:author", revisionActionSchema, async (input, user) => {
  await withdrawRevision(user, input.revisionId);
  revalidateCourse(input.courseId);
  return ok<RevisionActionResult>({ message: "Withdrawn from review. It is a draft again." });
});
