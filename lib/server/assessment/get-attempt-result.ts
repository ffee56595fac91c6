import "server-only";
import { attemptsRemaining, isAttemptExpired } from "@/lib/domain/learning/attempt-rules";
import { buildQuestionPayload, parseAttemptOrder, type PublicQuestion } from "@/lib/domain/learning/shuffle";
import { db } from "@/lib/server/db";
import { loadAttemptQuestions } from "./attempt-questions";

export type ResultOption = { id: string; label: string; isSelected: boolean; /** Only when answers are revealed. */ isCorrect?: boolean };

export type ResultQuestion = {
  id: string;
  type: PublicQuestion["type"];
  prompt: string;
  points: number;
  pointsAwarded: number;
  isAnswered: boolean;
  isCorrect: boolean;
  options: ResultOption[];
  /** Only when answers are revealed. */
  explanation?: string | null;
};

export type AttemptResult = {
  attempt: {
    id: string;
    attemptNumber: number;
    status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
    submittedAt: Date | null;
    score: number | null;
    maxScore: number | null;
    percent: number | null;
    passed: boolean | null;
  };
  assessment: { id: string; title: string; passMarkPercent: number };
  course: { slug: string; title: string };
  /**
   * Correct answers and explanations are shown once they can no longer help with a later
   * attempt: after a pass, or when no attempts remain. Before that the official sees which of
   * their answers were right or wrong, but a retake would otherwise be a copying exercise.
   */
  revealsAnswers: boolean;
  canRetake: boolean;
  /** Empty while the attempt is still open: there is nothing to report yet. */
  questions: ResultQuestion[];
  certificateCode: string | null;
};

/** The results of one of the official's own attempts; null for an unknown or someone else's attempt. */
export async function getAttemptResult(input: { userId: string; attemptId: string; now?: Date }): Promise<AttemptResult | null> {
  const now = input.now ?? new Date();
  const attempt = await db.assessmentAttempt.findFirst({
    where: { id: input.attemptId, userId: input.userId },
    select: {
      id: true,
      attemptNumber: true,
      status: true,
      expiresAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      percent: true,
      passed: true,
      questionOrder: true,
      enrolmentId: true,
      answers: { select: { questionId: true, selectedOptionIds: true, isCorrect: true, pointsAwarded: true } },
      assessment: {
        select: { id: true, title: true, passMarkPercent: true, maxAttempts: true, course: { select: { slug: true, title: true } } },
      },
    },
  });
  if (!attempt) return null;

  const { expiresAt, questionOrder, answers, enrolmentId, assessment: assessmentRow, ...summary } = attempt;
  const status = summary.status === "IN_PROGRESS" && isAttemptExpired({ expiresAt }, now) ? "EXPIRED" : summary.status;
  const { course, maxAttempts, ...assessment } = assessmentRow;
  const base = { attempt: { ...summary, status }, assessment, course };
  if (status === "IN_PROGRESS") {
    return { ...base, revealsAnswers: false, canRetake: false, questions: [], certificateCode: null };
  }

  const [siblings, authored, certificate] = await Promise.all([
    db.assessmentAttempt.findMany({
      where: { assessmentId: assessment.id, userId: input.userId },
      select: { id: true, attemptNumber: true, status: true, expiresAt: true, passed: true },
    }),
    loadAttemptQuestions(db, parseAttemptOrder(questionOrder)?.questionIds ?? []),
    enrolmentId ? db.certificate.findUnique({ where: { enrolmentId }, select: { code: true, revokedAt: true } }) : null,
  ]);
  const hasPassed = siblings.some((sibling) => sibling.passed === true);
  const remaining = attemptsRemaining({ maxAttempts }, siblings);
  const revealsAnswers = hasPassed || remaining === 0;

  const byId = new Map(authored.map((question) => [question.id, question]));
  const answerById = new Map(answers.map((answer) => [answer.questionId, answer]));
  const order = parseAttemptOrder(questionOrder) ?? { questionIds: [], optionIdsByQuestion: {} };
  const questions = buildQuestionPayload(authored, order).map((question): ResultQuestion => {
    const source = byId.get(question.id);
    const answer = answerById.get(question.id);
    const selected = new Set(answer?.selectedOptionIds ?? []);
    const correct = new Set(source?.options.filter((option) => option.isCorrect).map((option) => option.id));
    return {
      id: question.id,
      type: question.type,
      prompt: question.prompt,
      points: question.points,
      pointsAwarded: answer?.pointsAwarded ?? 0,
      isAnswered: selected.size > 0,
      isCorrect: answer?.isCorrect ?? false,
      options: question.options.map((option) => ({
        id: option.id,
        label: option.label,
        isSelected: selected.has(option.id),
        ...(revealsAnswers ? { isCorrect: correct.has(option.id) } : {}),
      })),
      ...(revealsAnswers ? { explanation: source?.explanation ?? null } : {}),
    };
  });

  return {
    ...base,
    revealsAnswers,
    canRetake: !hasPassed && remaining !== 0,
    questions,
    certificateCode: certificate && !certificate.revokedAt ? certificate.code : null,
  };
}
