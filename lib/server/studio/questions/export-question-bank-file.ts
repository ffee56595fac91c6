import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { csvFileName, toCsv, type CsvColumn } from "@/lib/domain/reports/csv";
import { questionBankCsv } from "@/lib/domain/studio/question-csv";
import { db } from "@/lib/server/db";
import { findBankCourse } from "./question-bank-access";
import { listQuestionBank, type BankQuestion } from "./list-question-bank";

export const QUESTION_EXPORT_FILES = ["questions.csv", "difficulty.csv"] as const;
export type QuestionExportFile = (typeof QUESTION_EXPORT_FILES)[number];

export type ExportedFile = { fileName: string; body: string };

const DIFFICULTY_COLUMNS: CsvColumn<BankQuestion>[] = [
  { header: "id", value: (question) => question.id },
  { header: "type", value: (question) => question.type },
  { header: "prompt", value: (question) => question.prompt },
  { header: "competency", value: (question) => question.competency?.code },
  { header: "level", value: (question) => question.level },
  { header: "answered", value: (question) => question.difficulty.answered },
  { header: "percent_correct", value: (question) => question.difficulty.percentCorrect },
  { header: "flags", value: (question) => question.difficulty.flags.map((flag) => flag.message).join(" ") },
];

/**
 * The course's live bank as an importable CSV, or its difficulty figures; null when the user may
 * not read the bank or the file name is unknown.
 */
export async function exportQuestionBankFile(user: Pick<CurrentUser, "id" | "grants">, courseId: string, file: string): Promise<ExportedFile | null> {
  if (!(QUESTION_EXPORT_FILES as readonly string[]).includes(file)) return null;
  const course = await findBankCourse(user, courseId);
  if (!course) return null;

  if (file === "difficulty.csv") {
    const bank = await listQuestionBank(user, course.id, { q: "" });
    if (!bank) return null;
    return { fileName: csvFileName(course.title, "question-difficulty"), body: toCsv(DIFFICULTY_COLUMNS, bank.questions) };
  }
  const questions = await db.question.findMany({
    where: { courseId: course.id, archivedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      prompt: true,
      explanation: true,
      points: true,
      competencyId: true,
      level: true,
      competency: { select: { code: true } },
      options: { orderBy: { position: "asc" }, select: { label: true, isCorrect: true } },
    },
  });
  return {
    fileName: csvFileName(course.title, "questions"),
    body: questionBankCsv(questions.map(({ competency, ...question }) => ({ ...question, competencyCode: competency?.code ?? null }))),
  };
}
