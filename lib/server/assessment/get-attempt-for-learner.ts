import "server-only";
import { isAttemptExpired, secondsRemaining } from "@/lib/domain/learning/attempt-rules";
import { buildQuestionPayload, parseAttemptOrder, type PublicQuestion } from "@/lib/domain/learning/shuffle";
import { db } from "@/lib/server/db";
import { loadAttemptQuestions } from "./attempt-questions";

export type AttemptForLearner = {
  attempt: {
    id: string;
    attemptNumber: number;
    status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
    /** The deadline shown (no grace), ISO; null when untimed. */
    expiresAt: string | null;
    secondsRemaining: number | null;
  };
  assessment: { id: string; title: string; instructions: string | null; passMarkPercent: number; maxAttempts: number | null };
  course: { slug: string; title: string };
  /** Empty unless the attempt is IN_PROGRESS: there is nothing to answer otherwise. */
  questions: PublicQuestion[];
};

/**
 * Everything the attempt page renders, and nothing more. The questions go through
 * buildQuestionPayload, which copies only public fields: no isCorrect, no explanation ever
 * leaves here (an integration test serialises the whole result to prove it). Scoped by the
 * official, so another official's attempt id reads as not found.
 */
export async function getAttemptForLearner(input: { userId: string; attemptId: string; now?: Date }): Promise<AttemptForLearner | null> {
  const now = input.now ?? new Date();
  const attempt = await db.assessmentAttempt.findFirst({
    where: { id: input.attemptId, userId: input.userId },
    select: {
      id: true,
      attemptNumber: true,
      status: true,
      expiresAt: true,
      questionOrder: true,
      assessment: {
        select: {
          id: true,
          title: true,
          instructions: true,
          passMarkPercent: true,
          maxAttempts: true,
          course: { select: { slug: true, title: true } },
        },
      },
    },
  });
  if (!attempt) return null;

  const status = attempt.status === "IN_PROGRESS" && isAttemptExpired(attempt, now) ? "EXPIRED" : attempt.status;
  const { course, ...assessment } = attempt.assessment;
  let questions: PublicQuestion[] = [];
  if (status === "IN_PROGRESS") {
    const authored = await loadAttemptQuestions(db, parseAttemptOrder(attempt.questionOrder)?.questionIds ?? []);
    // A stored order that cannot be read falls back to the authored order rather than locking
    // the official out of an attempt they have already started.
    const order = parseAttemptOrder(attempt.questionOrder) ?? { questionIds: [], optionIdsByQuestion: {} };
    questions = buildQuestionPayload(authored, order);
  }

  return {
    attempt: {
      id: attempt.id,
      attemptNumber: attempt.attemptNumber,
      status,
      expiresAt: attempt.expiresAt?.toISOString() ?? null,
      secondsRemaining: secondsRemaining(attempt, now),
    },
    assessment,
    course,
    questions,
  };
}
