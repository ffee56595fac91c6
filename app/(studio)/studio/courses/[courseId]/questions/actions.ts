"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ACTION_ERROR_MESSAGES, fail, ok, type ActionResult, type FieldErrors } from "@/lib/domain/action-result";
import { importQuestionsSchema, questionFormSchema, removeQuestionSchema } from "@/lib/domain/studio/question-form.schema";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { applyQuestionImport, previewQuestionImport, type QuestionImportReport } from "@/lib/server/studio/questions/import-question-csv";
import { removeQuestion } from "@/lib/server/studio/questions/remove-question";
import { saveQuestion } from "@/lib/server/studio/questions/save-question";
import { questionBankHref } from "./hrefs";

const GONE = "This question was archived or replaced since you opened it. Go back to the bank and open its current version.";

export const saveQuestionAction = authorisedAction("course:author", questionFormSchema, async (input, user): Promise<ActionResult<never>> => {
  const result = await saveQuestion(user, input);
  switch (result.status) {
    case "INVALID": {
      const fieldErrors: FieldErrors = Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, [message]]));
      return fail("INVALID_INPUT", ACTION_ERROR_MESSAGES.INVALID_INPUT, fieldErrors);
    }
    case "GONE":
      return fail("NOT_FOUND", GONE);
    case "SAVED":
      revalidatePath(questionBankHref(input.courseId));
      return redirect(questionBankHref(input.courseId, result.isReplaced ? "replaced" : input.questionId ? "saved" : "added"));
  }
});

export const removeQuestionAction = authorisedAction("course:author", removeQuestionSchema, async (input, user): Promise<ActionResult<never>> => {
  const result = await removeQuestion(user, input);
  if (result.status === "GONE") return fail("NOT_FOUND", GONE);
  revalidatePath(questionBankHref(input.courseId));
  return redirect(questionBankHref(input.courseId, result.status === "DELETED" ? "deleted" : "archived"));
});

export type ImportActionData = { stage: "preview"; report: QuestionImportReport };

/** The dry run and the import are one form, posted with intent=preview, then intent=apply. */
export const importQuestionsAction = authorisedAction("course:author", importQuestionsSchema, async (input, user): Promise<ActionResult<ImportActionData>> => {
  const request = { courseId: input.courseId, text: await input.file.text() };
  if (input.intent === "preview") return ok({ stage: "preview", report: await previewQuestionImport(user, request) });
  const result = await applyQuestionImport(user, request);
  // Something changed since the dry run and a row is now invalid: nothing was written; show why.
  if (result.status === "INVALID") return ok({ stage: "preview", report: result.report });
  revalidatePath(questionBankHref(input.courseId));
  return redirect(questionBankHref(input.courseId, "imported"));
});
