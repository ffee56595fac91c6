"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fail } from "@/lib/domain/action-result";
import { isDomainError } from "@/lib/domain/learning/domain-error";
import { startAttempt } from "@/lib/server/assessment/start-attempt";
import { submitAttempt } from "@/lib/server/assessment/submit-attempt";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { startAttemptSchema, submitAttemptSchema } from "./assessment.schema";
import { attemptHref, attemptResultsHref } from "./assessment-routes";

export const startAttemptAction = authorisedAction("learning:own", startAttemptSchema, async (input, user) => {
  let started;
  try {
    started = await startAttempt({ userId: user.id, assessmentId: input.assessmentId });
  } catch (error) {
    if (isDomainError(error)) return fail(error.code, error.message);
    throw error;
  }
  if (!started) return fail("NOT_FOUND", (await getTranslations("assessment"))("notFound"));
  redirect(attemptHref(input.assessmentId, started.attemptId));
});

export const submitAttemptAction = authorisedAction("learning:own", submitAttemptSchema, async (input, user) => {
  let result;
  try {
    result = await submitAttempt({ userId: user.id, attemptId: input.attemptId, answers: input.answers });
  } catch (error) {
    if (isDomainError(error)) return fail(error.code, error.message);
    throw error;
  }
  // Home counts, course progress and the certificate list may all have changed.
  revalidatePath("/learn", "layout");
  redirect(attemptResultsHref(result.assessmentId, result.attemptId));
});
