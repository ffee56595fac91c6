"use server";

import { revalidatePath } from "next/cache";
import { ACTION_ERROR_MESSAGES, fail, ok } from "@/lib/domain/action-result";
import { batchFormSchema, cancelBatchSchema, sessionFormSchema } from "@/lib/domain/studio/batch.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { cancelBatch } from "@/lib/server/studio/batches/cancel-batch";
import { saveBatch } from "@/lib/server/studio/batches/save-batch";
import { saveSession } from "@/lib/server/studio/batches/save-session";

function refresh() {
  revalidatePath("/studio/courses", "layout");
  revalidatePath("/studio/batches", "layout");
  revalidatePath("/learn/courses", "layout");
}

export const saveBatchAction = authorisedAction("course:author", batchFormSchema, async (input, user) => {
  const result = await saveBatch(user, input);
  if (result.status === "INVALID") return fail("INVALID_INPUT", ACTION_ERROR_MESSAGES.INVALID_INPUT, result.fieldErrors);
  refresh();
  return ok({ batchId: result.batchId });
});

export const saveSessionAction = authorisedAction("course:author", sessionFormSchema, async (input, user) => {
  const result = await saveSession(user, input);
  if (result.status === "INVALID") return fail("INVALID_INPUT", ACTION_ERROR_MESSAGES.INVALID_INPUT, result.fieldErrors);
  refresh();
  return ok({ sessionId: result.sessionId });
});

export const cancelBatchAction = authorisedAction("course:author", cancelBatchSchema, async (input, user) => {
  const result = await cancelBatch(user, input);
  refresh();
  return ok(result);
});
