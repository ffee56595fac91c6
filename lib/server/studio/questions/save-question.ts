import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { checkQuestion, competencyLookup, type QuestionErrors, type RawQuestion } from "@/lib/domain/studio/question-rules";
import { db } from "@/lib/server/db";
import { listQuestionCompetencies } from "./list-question-competencies";
import { requireEditableBankCourse } from "./question-bank-access";
import { findQuestionUsage } from "./question-usage";
import { applyQuestionEdit, insertQuestions, lockLiveQuestion, lockQuestionBank, questionRows } from "./write-question";

export type SaveQuestionInput = { courseId: string; questionId: string | null; raw: RawQuestion };

export type SaveQuestionResult =
  | { status: "SAVED"; questionId: string; isReplaced: boolean }
  | { status: "INVALID"; errors: QuestionErrors }
  /** The question was archived or replaced (by someone else, or in another tab) meanwhile. */
  | { status: "GONE" };

/**
 * Adds a question to the course's bank, or edits one of its live questions (in place while no
 * attempt has asked it; by a replacement afterwards, see applyQuestionEdit). Nothing is written
 * when a field is invalid.
 */
export async function saveQuestion(user: Pick<CurrentUser, "id" | "grants">, input: SaveQuestionInput, now: Date = new Date()): Promise<SaveQuestionResult> {
  const course = await requireEditableBankCourse(user, input.courseId);
  const check = checkQuestion(input.raw, competencyLookup(await listQuestionCompetencies(course.id)));
  if (!check.ok) return { status: "INVALID", errors: check.errors };
  const draft = check.question;

  return db.$transaction(async (tx) => {
    await lockQuestionBank(tx, course.id);
    if (input.questionId === null) {
      const rows = questionRows(course.id, draft);
      await insertQuestions(tx, [rows]);
      return { status: "SAVED", questionId: rows.question.id, isReplaced: false };
    }
    const current = await lockLiveQuestion(tx, course.id, input.questionId);
    if (!current) return { status: "GONE" };
    const usage = (await findQuestionUsage(tx, course.id, [current.id])).get(current.id)!;
    const outcome = await applyQuestionEdit(tx, { courseId: course.id, current, draft, usage, now });
    return { status: "SAVED", questionId: outcome.questionId, isReplaced: outcome.isReplaced };
  });
}
