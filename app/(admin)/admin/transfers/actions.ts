"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/domain/action-result";
import { decisionSchema } from "@/lib/domain/admin/officials.schema";
import { decideProfileChange } from "@/lib/server/admin/decide-profile-change";
import { authorisedAction } from "@/lib/server/auth/authorised-action";

export const decideTransfer = authorisedAction("org:officials:manage", decisionSchema, async (input, user) => {
  const result = await decideProfileChange(user, input);
  switch (result.status) {
    case "NOT_FOUND":
      return fail("NOT_FOUND", "That request is not for your organisation, or no longer exists.");
    case "ALREADY_DECIDED":
      return fail("ALREADY_DECIDED", "This request has already been decided. Reload the page.");
    case "REASON_REQUIRED":
      return fail("INVALID_INPUT", "Some fields need attention.", { reason: ["Say why the request is rejected; the official will read it."] });
    default:
      revalidatePath("/admin", "layout");
      return ok({ status: result.status });
  }
});
