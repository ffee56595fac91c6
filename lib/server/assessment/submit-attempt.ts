import "server-only";
import { assertAttemptSubmittable } from "@/lib/domain/learning/attempt-rules";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import { scoreAttempt, type SubmittedAnswers } from "@/lib/domain/learning/scoring";
import { parseAttemptOrder } from "@/lib/domain/learning/shuffle";
import type { Prisma } from "@/lib/generated/prisma/client";
import { completeEnrolmentIfDone } from "@/lib/server/completion/complete-enrolment-if-done";
import { db } from "@/lib/server/db";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";
import { completeAssessmentLesson } from "@/lib/server/progress/complete-assessment-lesson";
import { loadAttemptQuestions } from "./attempt-questions";

export type SubmitAttemptInput = {
  userId: string;
  attemptId: string;
  /** questionId → selected option ids, straight from the form: untrusted. */
  answers: SubmittedAnswers;
  now?: Date;
};

export type SubmitAttemptResult = {
  attemptId: string;
  assessmentId: string;
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  /** The course was completed by this submission: its certificate code. */
  certificateCode: string | null;
};

/**
 * Scores and records an attempt, on the server only. Throws PermissionDeniedError for an attempt
 * that is not the official's, and DomainError ATTEMPT_EXPIRED, ATTEMPT_ALREADY_SUBMITTED or
 * INVALID_ANSWER (an option id not in its question): in every such case nothing is written,
 * except that an attempt found past its deadline is marked EXPIRED.
 *
 * The status-conditional UPDATE inside the transaction is what makes a double submit count
 * once: the second one waits on the row lock, then matches no row and is refused.
 */
export async function submitAttempt(input: SubmitAttemptInput): Promise<SubmitAttemptResult> {
  const now = input.now ?? new Date();
  const attempt = await db.assessmentAttempt.findFirst({
    where: { id: input.attemptId, userId: input.userId },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      enrolmentId: true,
      questionOrder: true,
      assessment: { select: { id: true, courseId: true, passMarkPercent: true } },
    },
  });
  if (!attempt) throw new PermissionDeniedError("learning:own", "That attempt is not yours.");

  try {
    assertAttemptSubmittable(attempt, now);
  } catch (error) {
    if (error instanceof DomainError && error.code === "ATTEMPT_EXPIRED" && attempt.status === "IN_PROGRESS") {
      await db.assessmentAttempt.updateMany({
        where: { id: attempt.id, userId: input.userId, status: "IN_PROGRESS" },
        data: { status: "EXPIRED", passed: false },
      });
    }
    throw error;
  }

  const { assessment } = attempt;
  // Scored on the questions this attempt asked (fixed when it started), never the bank as it is now.
  const order = parseAttemptOrder(attempt.questionOrder);
  if (!order) throw new DomainError("INVALID_ANSWER");
  const questions = await loadAttemptQuestions(db, order.questionIds);
  // Throws INVALID_ANSWER before anything is written.
  const scored = scoreAttempt(
    questions.map((question) => ({
      id: question.id,
      type: question.type,
      points: question.points,
      optionIds: question.options.map((option) => option.id),
      correctOptionIds: question.options.filter((option) => option.isCorrect).map((option) => option.id),
    })),
    input.answers,
    assessment.passMarkPercent,
  );

  const certificateCode = await db.$transaction(async (tx) => {
    const submitted = await tx.assessmentAttempt.updateMany({
      where: { id: attempt.id, userId: input.userId, status: "IN_PROGRESS" },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        score: scored.score,
        maxScore: scored.maxScore,
        percent: scored.percent,
        passed: scored.passed,
      },
    });
    if (submitted.count === 0) throw new DomainError("ATTEMPT_ALREADY_SUBMITTED");

    await tx.attemptAnswer.createMany({
      data: scored.questions.map((question) => ({
        attemptId: attempt.id,
        questionId: question.questionId,
        selectedOptionIds: question.selectedOptionIds,
        isCorrect: question.isCorrect,
        pointsAwarded: question.pointsAwarded,
      })),
    });
    const enrolmentId = await findActiveEnrolmentId(tx, input.userId, assessment.courseId);
    const context = { courseId: assessment.courseId, ...(enrolmentId ? { registration: enrolmentId } : {}) };
    await recordLearningEvent(tx, {
      actorId: input.userId,
      verb: scored.passed ? "passed" : "failed",
      objectType: "assessment",
      objectId: assessment.id,
      result: {
        score: { raw: scored.score, min: 0, max: scored.maxScore },
        success: scored.passed,
        completion: true,
      },
      context,
      timestamp: now,
    });
    if (!scored.passed || !enrolmentId) return null;

    // The pass completes the lesson carrying the assessment (progress, its record, and the course
    // if that was the last thing left); an assessment on no lesson can still finish the course.
    const lesson = await completeAssessmentLesson(tx, { userId: input.userId, assessmentId: assessment.id, now });
    if (lesson?.ok) return lesson.certificateCode;
    const completion = await completeEnrolmentIfDone(tx, { enrolmentId, now });
    return completion.certificateCode ?? null;
  });

  return {
    attemptId: attempt.id,
    assessmentId: assessment.id,
    score: scored.score,
    maxScore: scored.maxScore,
    percent: scored.percent,
    passed: scored.passed,
    certificateCode,
  };
}

/** Withdrawn officials keep their attempt history, but a pass no longer moves a course they left. */
async function findActiveEnrolmentId(tx: Prisma.TransactionClient, userId: string, courseId: string): Promise<string | null> {
  const enrolment = await tx.enrolment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { id: true, status: true } });
  return enrolment && enrolment.status !== "WITHDRAWN" ? enrolment.id : null;
}
