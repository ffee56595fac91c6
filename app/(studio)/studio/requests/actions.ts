"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/domain/action-result";
import { contentRequestResponseSchema } from "@/lib/domain/studio/content-request.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { respondToContentRequest } from "@/lib/server/content-requests/respond-to-content-request";

export const respondToContentRequestAction = authorisedAction("course:author", contentRequestResponseSchema, async (input, user) => {
  await respondToContentRequest(user, input);
  revalidatePath("/studio/requests");
  revalidatePath("/admin/content-requests");
  return ok();
});
