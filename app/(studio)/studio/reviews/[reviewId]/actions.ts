"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/domain/action-result";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { decideReview } from "@/lib/server/studio/review/decide-review";
import { REVIEW_QUEUE_HREF } from "../hrefs";
import { decideSchema, type DecideResult } from "./actions.schema";

// The permission admits content reviewers and MDO admins; decideReview then admits only members
// of the group the review was routed to, and never the version's author.
export const decide = authorisedAction("course:review", decideSchema, async (input, user) => {
  const decision = await decideReview(user, input);
  revalidatePath(REVIEW_QUEUE_HREF, "layout");
  revalidatePath("/studio/courses", "layout");
  const message =
    decision.outcome === "CHANGES_REQUESTED"
      ? "Changes requested. The authors see your comments beside their lessons."
      : decision.nextStage
        ? `Approved. It now waits at the ${REVIEW_STAGE_LABELS[decision.nextStage]} stage, with ${decision.groupName}.`
        : `Approved and published: version ${decision.publishedVersion} is now live for learners.`;
  return ok<DecideResult>({ message });
});
