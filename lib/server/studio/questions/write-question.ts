import "server-only";
import { isSameQuestion, type QuestionDraft } from "@/lib/domain/studio/question-rules";
import { repointDraftQuestions } from "@/lib/domain/studio/repoint-draft-questions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { db } from "@/lib/server/db";
import { newId } from "@/lib/server/factories/new-id";
import { isListedAnywhere, type QuestionUsage } from "./question-usage";

type Tx = Prisma.TransactionClient;

// The writes behind the form, the import and removal, each inside the caller's transaction. The
// caller locks the course row first (lockQuestionBank), as publishing and review do, so a bank
// write and a publication of the same course never interleave.

export async function lockQuestionBank(tx: Tx, courseId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Course" WHERE "id" = ${courseId}::uuid FOR NO KEY UPDATE`;
}

/** Rows to insert for one question; the caller writes many at once with insertQuestions. */
export function questionRows(courseId: string, draft: QuestionDraft, replacesId: string | null = null) {
  const id = newId();
  return {
    question: {
      id,
      courseId,
      type: draft.type,
      prompt: draft.prompt,
      explanation: draft.explanation,
      points: draft.points,
      competencyId: draft.competencyId,
      level: draft.level,
      replacesId,
    },
    options: draft.options.map((option, index) => ({ id: newId(), questionId: id, label: option.label, isCorrect: option.isCorrect, position: index + 1 })),
  };
}

export async function insertQuestions(tx: Tx, rows: readonly ReturnType<typeof questionRows>[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.question.createMany({ data: rows.map((row) => row.question) });
  await tx.questionOption.createMany({ data: rows.flatMap((row) => row.options) });
}

export type StoredQuestion = QuestionDraft & { id: string };

/** A live question of the course, locked for the rest of the transaction; null when there is none. */
export async function lockLiveQuestion(tx: Tx, courseId: string, questionId: string): Promise<StoredQuestion | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Question" WHERE "id" = ${questionId}::uuid AND "courseId" = ${courseId}::uuid AND "archivedAt" IS NULL FOR UPDATE`;
  if (locked.length === 0) return null;
  const [question] = await loadStoredQuestions(tx, [questionId]);
  return question ?? null;
}

export async function loadStoredQuestions(tx: Tx | typeof db, ids: readonly string[]): Promise<StoredQuestion[]> {
  return tx.question.findMany({
    where: { id: { in: [...ids] } },
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
}

/**
 * The open version's fixed lists follow a replacement (or drop an archived question). The
 * version's editVersion moves on, so an editor holding the older copy is told its save is stale
 * instead of writing the old id back.
 */
export async function repointOpenVersion(tx: Tx, courseId: string, replacements: ReadonlyMap<string, string | null>): Promise<void> {
  const [revision] = await tx.$queryRaw<{ id: string; content: unknown }[]>`
    SELECT "id", "content" FROM "CourseRevision"
    WHERE "courseId" = ${courseId}::uuid AND "publishedAt" IS NULL AND "archivedAt" IS NULL FOR UPDATE`;
  if (!revision) return;
  const result = repointDraftQuestions(revision.content, replacements);
  if (!result.isChanged) return;
  await tx.courseRevision.update({
    where: { id: revision.id },
    data: { content: result.content as Prisma.InputJsonValue, editVersion: { increment: 1 } },
    select: { id: true },
  });
}

export type EditOutcome = { questionId: string; isReplaced: boolean; isChanged: boolean };

/**
 * Edits a live, locked question. One no attempt has asked changes in place; one an attempt asked
 * is never rewritten: a new question replaces it (replacesId), the old one is archived, and the
 * fixed lists of live assessments and of the open version move to the replacement.
 */
export async function applyQuestionEdit(
  tx: Tx,
  input: { courseId: string; current: StoredQuestion; draft: QuestionDraft; usage: QuestionUsage; now: Date },
): Promise<EditOutcome> {
  const { courseId, current, draft, usage, now } = input;
  if (isSameQuestion(current, draft)) return { questionId: current.id, isReplaced: false, isChanged: false };

  if (!usage.isAsked) {
    await tx.question.update({
      where: { id: current.id },
      data: { type: draft.type, prompt: draft.prompt, explanation: draft.explanation, points: draft.points, competencyId: draft.competencyId, level: draft.level },
      select: { id: true },
    });
    await tx.questionOption.deleteMany({ where: { questionId: current.id } });
    await tx.questionOption.createMany({
      data: draft.options.map((option, index) => ({ id: newId(), questionId: current.id, label: option.label, isCorrect: option.isCorrect, position: index + 1 })),
    });
    return { questionId: current.id, isReplaced: false, isChanged: true };
  }

  await tx.question.update({ where: { id: current.id }, data: { archivedAt: now }, select: { id: true } });
  const replacement = questionRows(courseId, draft, current.id);
  await insertQuestions(tx, [replacement]);
  const replacementId = replacement.question.id;
  if (isListedAnywhere(usage)) {
    await tx.assessmentQuestion.updateMany({
      where: { questionId: current.id, assessment: { courseId, archivedAt: null } },
      data: { questionId: replacementId },
    });
    await repointOpenVersion(tx, courseId, new Map([[current.id, replacementId]]));
  }
  return { questionId: replacementId, isReplaced: true, isChanged: true };
}
