import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/domain/roles";
import type { QuestionTypeName } from "@/lib/domain/studio/question-rules";
import { db } from "@/lib/server/db";
import { findBankCourse, type BankCourse } from "./question-bank-access";
import { findQuestionUsage, type QuestionUsage } from "./question-usage";

export type EditableQuestion = {
  id: string;
  type: QuestionTypeName;
  prompt: string;
  explanation: string | null;
  points: number;
  competencyId: string | null;
  level: number | null;
  options: { label: string; isCorrect: boolean }[];
  usage: QuestionUsage;
};

/** A live question of a course the user authors, for the edit form; null otherwise. */
export async function getQuestionForEdit(
  user: Pick<CurrentUser, "id" | "grants">,
  input: { courseId: string; questionId: string },
): Promise<{ course: BankCourse; question: EditableQuestion } | null> {
  const course = await findBankCourse(user, input.courseId);
  if (!course?.canEdit || !z.uuid().safeParse(input.questionId).success) return null;
  const question = await db.question.findFirst({
    where: { id: input.questionId, courseId: course.id, archivedAt: null },
    select: {
      id: true,
      type: true,
      prompt: true,
      explanation: true,
      points: true,
      competencyId: true,
      level: true,
      options: { orderBy: { position: "asc" }, select: { label: true, isCorrect: true } },
    },
  });
  if (!question) return null;
  const usage = (await findQuestionUsage(db, course.id, [question.id])).get(question.id)!;
  return { course, question: { ...question, usage } };
}
