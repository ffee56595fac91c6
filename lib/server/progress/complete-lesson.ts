import "server-only";
import { db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { courseProgressPercent } from "@/lib/domain/learning/course-completion";
import { evaluateLessonCompletion, type LessonCompletionFailureCode, type LessonShortfall } from "@/lib/domain/learning/lesson-integrity";
import { completeEnrolmentIfDone } from "@/lib/server/completion/complete-enrolment-if-done";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";
import { findLearnerLesson, type LearnerLesson } from "./find-learner-lesson";
import { lockLessonProgress, touchEnrolment, type LockedProgress } from "./lock-lesson-progress";

export type CompleteLessonResult =
  | {
      ok: true;
      isAlreadyCompleted: boolean;
      progressPercent: number;
      isCourseCompleted: boolean;
      certificateCode: string | null;
    }
  | { ok: false; code: LessonCompletionFailureCode; message: string; shortfall: LessonShortfall | null; isFlagged: boolean };

/**
 * "Mark complete": the server decides from the evidence it collected itself (evaluateLessonCompletion).
 * A refusal is a value, not an exception, because a refusal far ahead of the evidence still
 * commits an IntegrityFlag for review. Throws DomainError NOT_ENROLLED.
 */
export async function completeLesson(input: { userId: string; lessonId: string; now?: Date }): Promise<CompleteLessonResult> {
  const now = input.now ?? new Date();
  const learnerLesson = await findLearnerLesson(input.userId, input.lessonId);
  return db.$transaction(async (tx) => {
    const progress = await lockLessonProgress(tx, {
      enrolmentId: learnerLesson.enrolmentId,
      lessonId: learnerLesson.lesson.id,
      userId: input.userId,
      now,
    });
    return completeLockedLesson(tx, { userId: input.userId, learnerLesson, progress, now });
  });
}

/**
 * The same decision inside a caller's transaction, for a lesson whose progress row the caller
 * has already locked with lockLessonProgress (the link-visit route, and an assessment pass).
 */
export async function completeLockedLesson(
  tx: Prisma.TransactionClient,
  input: { userId: string; learnerLesson: LearnerLesson; progress: LockedProgress; now: Date },
): Promise<CompleteLessonResult> {
  const { userId, learnerLesson, progress, now } = input;
  const { lesson, enrolmentId } = learnerLesson;
  const hasPassedAssessment =
    lesson.type === "ASSESSMENT" && lesson.assessmentId !== null
      ? (await tx.assessmentAttempt.count({ where: { assessmentId: lesson.assessmentId, userId, passed: true } })) > 0
      : false;
  const evaluation = evaluateLessonCompletion(
    lesson,
    progress,
    { hasVisitedLink: progress.visitedAt !== null, hasPassedAssessment },
    now,
  );
  const where = { enrolmentId_lessonId: { enrolmentId, lessonId: lesson.id } };

  if (!evaluation.ok) {
    // One open flag per lesson and official is enough for a reviewer; repeated clicks add nothing.
    const isNewFlag = evaluation.shouldFlag && !progress.isFlagged;
    if (isNewFlag) {
      await tx.integrityFlag.create({
        data: {
          userId,
          lessonId: lesson.id,
          reason: evaluation.message,
          details: {
            code: evaluation.code,
            secondsMissing: evaluation.secondsMissing,
            secondsSpent: progress.secondsSpent,
            maxPositionSeconds: progress.maxPositionSeconds,
            openedAt: progress.startedAt.toISOString(),
            requestedAt: now.toISOString(),
          },
        },
        select: { id: true },
      });
      await tx.lessonProgress.update({ where, data: { isFlagged: true, flagReason: evaluation.message }, select: { lessonId: true } });
    }
    return {
      ok: false,
      code: evaluation.code,
      message: evaluation.message,
      shortfall: evaluation.shortfall,
      isFlagged: evaluation.shouldFlag || progress.isFlagged,
    };
  }

  if (evaluation.isAlreadyCompleted) {
    const enrolment = await tx.enrolment.findUniqueOrThrow({
      where: { id: enrolmentId },
      select: { progressPercent: true, status: true, certificate: { select: { code: true } } },
    });
    return {
      ok: true,
      isAlreadyCompleted: true,
      progressPercent: enrolment.progressPercent,
      isCourseCompleted: enrolment.status === "COMPLETED",
      certificateCode: enrolment.certificate?.code ?? null,
    };
  }

  await tx.lessonProgress.update({ where, data: { status: "COMPLETED", completedAt: now }, select: { lessonId: true } });
  const [required, completed] = await Promise.all([
    tx.lesson.findMany({ where: { courseId: lesson.courseId, isRequired: true, archivedAt: null }, select: { id: true } }),
    tx.lessonProgress.findMany({ where: { enrolmentId, status: "COMPLETED" }, select: { lessonId: true } }),
  ]);
  const progressPercent = courseProgressPercent(
    required.map((row) => row.id),
    completed.map((row) => row.lessonId),
  );
  await touchEnrolment(tx, { enrolmentId, now, progressPercent });
  await recordLearningEvent(tx, {
    actorId: userId,
    // An outside link can only be shown to have been opened, not worked through: "experienced".
    verb: lesson.type === "LINK" ? "experienced" : "completed",
    objectType: "lesson",
    objectId: lesson.id,
    result: { completion: true, durationSeconds: progress.secondsSpent },
    context: { registration: enrolmentId, courseId: lesson.courseId },
    timestamp: now,
  });
  const completion = await completeEnrolmentIfDone(tx, { enrolmentId, now });
  return {
    ok: true,
    isAlreadyCompleted: false,
    progressPercent,
    isCourseCompleted: completion.completed,
    certificateCode: completion.certificateCode ?? null,
  };
}
