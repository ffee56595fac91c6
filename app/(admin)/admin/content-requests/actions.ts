"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ok } from "@/lib/domain/action-result";
import { contentRequestFormSchema, contentRequestWithdrawSchema } from "@/lib/domain/studio/content-request.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { createContentRequest } from "@/lib/server/content-requests/create-content-request";
import { withdrawContentRequest } from "@/lib/server/content-requests/withdraw-content-request";
import { CONTENT_REQUESTS_HREF } from "./hrefs";

export const createContentRequestAction = authorisedAction("content:request", contentRequestFormSchema, async (input, user) => {
  await createContentRequest(user, input);
  revalidatePath(CONTENT_REQUESTS_HREF);
  revalidatePath("/studio/requests");
  redirect(`${CONTENT_REQUESTS_HREF}?sent=1`);
});

export const withdrawContentRequestAction = authorisedAction("content:request", contentRequestWithdrawSchema, async (input, user) => {
  await withdrawContentRequest(user, input);
  revalidatePath(CONTENT_REQUESTS_HREF);
  revalidatePath("/studio/requests");
  return ok();
});
