"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fail, ok } from "@/lib/domain/action-result";
import { PROFILE_HREF } from "@/lib/domain/routes";
import { profileChangeRequestSchema } from "@/lib/domain/admin/officials.schema";
import { requestProfileChange, withdrawProfileChange } from "@/lib/server/admin/request-profile-change";
import { authorisedAction } from "@/lib/server/auth/authorised-action";

// The request is always the signed-in official's own: no official id is read from the form.
export const askForProfileChange = authorisedAction("learning:own", profileChangeRequestSchema, async (input, user) => {
  const result = await requestProfileChange(user.id, input);
  if (result.status === "INVALID") return fail("INVALID_INPUT", "Some fields need attention.", result.fieldErrors);
  if (result.status === "ALREADY_PENDING") return fail("ALREADY_PENDING", "You already have a request waiting. Withdraw it to ask for something else.");
  revalidatePath(PROFILE_HREF);
  return ok({ requestId: result.requestId });
});

export const withdrawMyProfileChange = authorisedAction("learning:own", z.object({ requestId: z.uuid("Reload the page.") }), async (input, user) => {
  const result = await withdrawProfileChange(user.id, input.requestId);
  if (result.status === "NOT_FOUND") return fail("NOT_FOUND", "That request is no longer waiting.");
  revalidatePath(PROFILE_HREF);
  return ok({ status: result.status });
});
