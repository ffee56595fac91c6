import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { completeLockedLesson, type CompleteLessonResult } from "./complete-lesson";
import { findLearnerLesson } from "./find-learner-lesson";
import { lockLessonProgress } from "./lock-lesson-progress";

/**
 * For assessment submission (inside its transaction, after a passed attempt is written): completes
 * the lesson that carries the assessment, if there is one, so the course outline and progress
 * show it. Returns null when no lesson carries the assessment. Completion of the course itself
 * follows from completeLockedLesson's call to completeEnrolmentIfDone.
 *
 * Lock order: this locks LessonProgress, then Enrolment. Call it before locking the enrolment
 * in the same transaction, or a concurrent heartbeat (which locks in that order) may deadlock.
 */
export async function completeAssessmentLesson(
  tx: Prisma.TransactionClient,
  input: { userId: string; assessmentId: string; now: Date },
): Promise<CompleteLessonResult | null> {
  // An attempt begun before a new version dropped its lesson still scores; the archived lesson
  // takes no new progress.
  const lesson = await tx.lesson.findUnique({ where: { assessmentId: input.assessmentId, archivedAt: null }, select: { id: true } });
  if (!lesson) return null;
  const learnerLesson = await findLearnerLesson(input.userId, lesson.id, tx);
  const progress = await lockLessonProgress(tx, {
    enrolmentId: learnerLesson.enrolmentId,
    lessonId: lesson.id,
    userId: input.userId,
    now: input.now,
  });
  return completeLockedLesson(tx, { userId: input.userId, learnerLesson, progress, now: input.now });
}
