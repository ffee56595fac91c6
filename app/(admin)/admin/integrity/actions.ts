"use server";

import { revalidatePath } from "next/cache";
import { fail, ok, type ActionResult } from "@/lib/domain/action-result";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { reviewIntegrityFlag } from "@/lib/server/admin/review-integrity-flag";
import { reviewFlagSchema, type ReviewFlagData } from "./actions.schema";

export const reviewFlag = authorisedAction(
  "org:officials:manage",
  reviewFlagSchema,
  async (input, user): Promise<ActionResult<ReviewFlagData>> => {
    const result = await reviewIntegrityFlag(user, { flagId: input.flagId, outcome: input.outcome, note: input.note });
    if (result.status === "NOT_FOUND") {
      return fail("NOT_FOUND", "That flag is not in your organisation, or no longer exists.");
    }
    revalidatePath("/admin", "layout");
    return ok({ status: result.status });
  },
);
