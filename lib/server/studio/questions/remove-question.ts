import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { requireEditableBankCourse } from "./question-bank-access";
import { findQuestionUsage, isDeletable } from "./question-usage";
import { lockLiveQuestion, lockQuestionBank, repointOpenVersion } from "./write-question";

export type RemoveQuestionResult = { status: "DELETED" | "ARCHIVED" | "GONE" };

/**
 * Takes a question out of the bank and out of the open version's fixed lists. One that no
 * attempt has asked and no live assessment lists is deleted outright. Any other is archived: it
 * leaves the bank and random draws while every answer keeps pointing at it, and a live
 * assessment that lists it keeps asking it until a version without it is published (learners
 * see only reviewed content change).
 */
export async function removeQuestion(user: Pick<CurrentUser, "id" | "grants">, input: { courseId: string; questionId: string }, now: Date = new Date()): Promise<RemoveQuestionResult> {
  const course = await requireEditableBankCourse(user, input.courseId);
  return db.$transaction(async (tx) => {
    await lockQuestionBank(tx, course.id);
    const current = await lockLiveQuestion(tx, course.id, input.questionId);
    if (!current) return { status: "GONE" };
    const usage = (await findQuestionUsage(tx, course.id, [current.id])).get(current.id)!;
    await repointOpenVersion(tx, course.id, new Map([[current.id, null]]));
    if (isDeletable(usage)) {
      await tx.question.delete({ where: { id: current.id }, select: { id: true } });
      return { status: "DELETED" };
    }
    await tx.question.update({ where: { id: current.id }, data: { archivedAt: now }, select: { id: true } });
    return { status: "ARCHIVED" };
  });
}
