// Scores a submitted attempt on the server. The browser never sees which options are correct
// (see shuffle.ts), so everything here treats the submitted answers as untrusted input.

import { DomainError } from "./domain-error";

export type QuestionType = "SINGLE" | "MULTIPLE" | "TRUE_FALSE";

export type ScorableQuestion = {
  id: string;
  type: QuestionType;
  /** Non-negative whole points, as stored on Question. */
  points: number;
  optionIds: readonly string[];
  correctOptionIds: readonly string[];
};

/** questionId → selected option ids, as submitted. A missing or empty entry is unanswered. */
export type SubmittedAnswers =
  | ReadonlyMap<string, readonly string[]>
  | Readonly<Record<string, readonly string[] | undefined>>;

export type QuestionScore = {
  questionId: string;
  /** De-duplicated, in the order first submitted: what AttemptAnswer.selectedOptionIds stores. */
  selectedOptionIds: string[];
  isAnswered: boolean;
  isCorrect: boolean;
  pointsAwarded: number;
  maxPoints: number;
  /** For the review screen after submission, never before. */
  correctOptionIds: string[];
};

export type AttemptScore = {
  questions: QuestionScore[];
  score: number;
  maxScore: number;
  /** Whole percent, rounded down. */
  percent: number;
  passed: boolean;
};

/**
 * Scores answers against the questions of an assessment.
 *
 * - SINGLE and TRUE_FALSE take exactly one option; two or more is not something the form can
 *   send, so it is treated as tampering.
 * - MULTIPLE is all-or-nothing: full points only when the selected set equals the correct set.
 *   Partial credit invites "tick every box" strategies unless wrong ticks are penalised, and
 *   negative marking is a policy question for course authors, not a default.
 * - The percent is rounded DOWN so that 59.9 % never passes a 60 % pass mark.
 * - An assessment with no points to earn cannot be passed: failing closed keeps a misconfigured
 *   assessment from handing out completions.
 *
 * Throws DomainError INVALID_ANSWER for a question id that is not in the assessment or an option
 * id that does not belong to its question.
 */
export function scoreAttempt(
  questions: readonly ScorableQuestion[],
  answers: SubmittedAnswers,
  passMarkPercent: number,
): AttemptScore {
  const answerMap = toMap(answers);
  const questionIds = new Set(questions.map((question) => question.id));
  for (const questionId of answerMap.keys()) {
    if (!questionIds.has(questionId)) throw new DomainError("INVALID_ANSWER");
  }

  const scored = questions.map((question) => scoreQuestion(question, answerMap.get(question.id) ?? []));
  const score = scored.reduce((sum, question) => sum + question.pointsAwarded, 0);
  const maxScore = scored.reduce((sum, question) => sum + question.maxPoints, 0);
  const percent = maxScore > 0 ? Math.floor((score * 100) / maxScore) : 0;
  return { questions: scored, score, maxScore, percent, passed: maxScore > 0 && percent >= passMarkPercent };
}

function scoreQuestion(question: ScorableQuestion, submitted: readonly string[]): QuestionScore {
  const selected = [...new Set(submitted)];
  const validOptions = new Set(question.optionIds);
  if (selected.some((optionId) => !validOptions.has(optionId))) throw new DomainError("INVALID_ANSWER");
  if (question.type !== "MULTIPLE" && selected.length > 1) throw new DomainError("INVALID_ANSWER");

  const correct = new Set(question.correctOptionIds);
  const isAnswered = selected.length > 0;
  const isCorrect =
    isAnswered &&
    (question.type === "MULTIPLE"
      ? selected.length === correct.size && selected.every((optionId) => correct.has(optionId))
      : selected.every((optionId) => correct.has(optionId)));
  return {
    questionId: question.id,
    selectedOptionIds: selected,
    isAnswered,
    isCorrect,
    pointsAwarded: isCorrect ? question.points : 0,
    maxPoints: question.points,
    correctOptionIds: [...question.correctOptionIds],
  };
}

function toMap(answers: SubmittedAnswers): ReadonlyMap<string, readonly string[]> {
  if (answers instanceof Map) return answers;
  const map = new Map<string, readonly string[]>();
  for (const [questionId, optionIds] of Object.entries(answers as Readonly<Record<string, readonly string[] | undefined>>)) {
    if (optionIds !== undefined) map.set(questionId, optionIds);
  }
  return map;
}
