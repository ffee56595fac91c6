import type { QuestionExportFile } from "@/lib/server/studio/questions/export-question-bank-file";

// The Questions tab's routes, so pages, forms and actions agree.

export type BankNotice = "added" | "saved" | "replaced" | "deleted" | "archived" | "imported";

export function questionBankHref(courseId: string, notice?: BankNotice): string {
  const base = `/studio/courses/${encodeURIComponent(courseId)}/questions`;
  return notice ? `${base}?notice=${notice}` : base;
}

export const newQuestionHref = (courseId: string) => `${questionBankHref(courseId)}/new`;
export const editQuestionHref = (courseId: string, questionId: string) => `${questionBankHref(courseId)}/${encodeURIComponent(questionId)}/edit`;
export const importQuestionsHref = (courseId: string) => `${questionBankHref(courseId)}/import`;
export const exportQuestionsHref = (courseId: string, file: QuestionExportFile) => `${questionBankHref(courseId)}/export/${file}`;
