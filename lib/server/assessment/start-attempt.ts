import "server-only";
import { planAttemptStart, type AttemptSummary } from "@/lib/domain/learning/attempt-rules";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { buildAttemptOrder } from "@/lib/domain/learning/shuffle";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { newId } from "@/lib/server/factories/new-id";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";
import { chooseAttemptQuestions } from "./attempt-questions";
import { findLearnerAssessment } from "./find-learner-assessment";
import { attemptSeeds } from "./attempt-seeds";

export type StartAttemptResult = { attemptId: string; isResumed: boolean } | null;

/**
 * Starts a new attempt or resumes the open one (planAttemptStart decides). Returns null for an
 * unknown assessment; throws DomainError NOT_ENROLLED, ALREADY_PASSED or ATTEMPTS_EXHAUSTED.
 *
 * Two tabs pressing Start at once both plan attempt N+1; the unique (assessmentId, userId,
 * attemptNumber) lets one insert win and the other gets P2002, re-plans and resumes the
 * winner's attempt — so a race never burns two attempts or exceeds maxAttempts.
 */
export async function startAttempt(input: { userId: string; assessmentId: string; now?: Date }): Promise<StartAttemptResult> {
  const now = input.now ?? new Date();
  try {
    return await startOnce(input.userId, input.assessmentId, now);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return startOnce(input.userId, input.assessmentId, now);
  }
}

async function startOnce(userId: string, assessmentId: string, now: Date): Promise<StartAttemptResult> {
  const assessment = await findLearnerAssessment(db, { userId, assessmentId });
  if (!assessment) return null;

  const attempts = await db.assessmentAttempt.findMany({
    where: { assessmentId, userId },
    select: { id: true, attemptNumber: true, status: true, expiresAt: true, passed: true },
  });
  const plan = planAttemptStart({
    policy: { maxAttempts: assessment.maxAttempts, timeLimitSeconds: assessment.timeLimitSeconds },
    attempts: attempts satisfies AttemptSummary[],
    now,
  });
  if (plan.action === "RESUME") return { attemptId: plan.attemptId, isResumed: true };

  // The id (keyed with a server secret) seeds the shuffle, so it is chosen before the insert and
  // the order stored with it: reloads show the same order, whatever happens to the secret later.
  const attemptId = newId(now.getTime());
  const seeds = attemptSeeds(attemptId);
  // The questions are chosen (drawn, for a RANDOM assessment) once, here, and stored with the
  // attempt: every later read and the scoring use exactly these.
  const questions = await chooseAttemptQuestions(db, { ...assessment, courseId: assessment.course.id }, seeds("draw"));
  if (questions.length === 0) throw new DomainError("NO_QUESTIONS");
  const questionOrder = buildAttemptOrder({ ...assessment, questions }, seeds);
  const context = { registration: assessment.enrolmentId, courseId: assessment.course.id };

  await db.$transaction(async (tx) => {
    if (plan.expireAttemptIds.length > 0) {
      await tx.assessmentAttempt.updateMany({
        where: { id: { in: plan.expireAttemptIds }, userId, status: "IN_PROGRESS" },
        data: { status: "EXPIRED", passed: false },
      });
    }
    await tx.assessmentAttempt.create({
      data: {
        id: attemptId,
        assessmentId,
        userId,
        enrolmentId: assessment.enrolmentId,
        attemptNumber: plan.attemptNumber,
        questionOrder,
        startedAt: now,
        expiresAt: plan.expiresAt,
      },
      select: { id: true },
    });
    await tx.enrolment.updateMany({
      where: { id: assessment.enrolmentId, status: "ENROLLED" },
      data: { status: "IN_PROGRESS", startedAt: now, lastAccessedAt: now },
    });
    await recordLearningEvent(tx, { actorId: userId, verb: "attempted", objectType: "assessment", objectId: assessmentId, context, timestamp: now });
  });
  return { attemptId, isResumed: false };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
