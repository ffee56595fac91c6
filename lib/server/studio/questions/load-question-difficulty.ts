import "server-only";
import { questionDifficulty, type Difficulty } from "@/lib/domain/studio/question-difficulty";
import type { QuestionTypeName } from "@/lib/domain/studio/question-rules";
import { db } from "@/lib/server/db";

export type DifficultySource = {
  id: string;
  type: QuestionTypeName;
  options: readonly { id: string; label: string; isCorrect: boolean; position: number }[];
};

/** Answers, share correct and flags per question, from AttemptAnswer (indexed by questionId). */
export async function loadQuestionDifficulty(questions: readonly DifficultySource[]): Promise<Map<string, Difficulty>> {
  const ids = questions.map((question) => question.id);
  if (ids.length === 0) return new Map();
  const [totals, picks] = await Promise.all([
    db.attemptAnswer.groupBy({ by: ["questionId", "isCorrect"], where: { questionId: { in: ids } }, _count: { _all: true } }),
    db.$queryRaw<{ optionId: string; picks: number }[]>`
      SELECT picked::text AS "optionId", count(*)::int AS picks
      FROM "AttemptAnswer" aa CROSS JOIN LATERAL unnest(aa."selectedOptionIds") AS picked
      WHERE aa."questionId" = ANY(${ids}::uuid[])
      GROUP BY picked`,
  ]);
  const pickCount = new Map(picks.map((row) => [row.optionId, row.picks]));
  const answered = new Map<string, { answered: number; correct: number }>();
  for (const row of totals) {
    const entry = answered.get(row.questionId) ?? { answered: 0, correct: 0 };
    entry.answered += row._count._all;
    if (row.isCorrect) entry.correct += row._count._all;
    answered.set(row.questionId, entry);
  }
  return new Map(
    questions.map((question) => {
      const counts = answered.get(question.id) ?? { answered: 0, correct: 0 };
      const options = question.options.map((option) => ({ ...option, picks: pickCount.get(option.id) ?? 0 }));
      return [question.id, questionDifficulty({ type: question.type, ...counts, options })];
    }),
  );
}
