import "server-only";
import type { AuthoredQuestion, OrderableQuestion } from "@/lib/domain/learning/shuffle";
import { drawRuleOf, selectAttemptQuestionIds } from "@/lib/domain/studio/question-draw";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

type Client = typeof db | Prisma.TransactionClient;

type DrawSettings = {
  id: string;
  drawMode: "FIXED" | "RANDOM";
  drawCount: number | null;
  drawCompetencyId: string | null;
  drawLevel: number | null;
};

/** The draw columns findLearnerAssessment and friends select. */
export const DRAW_SETTINGS_SELECT = { drawMode: true, drawCount: true, drawCompetencyId: true, drawLevel: true } as const;

/**
 * The questions a new attempt asks (the fixed list, or a draw from the live bank seeded by the
 * attempt id), with their options, positioned in the order chosen.
 */
export async function chooseAttemptQuestions(client: Client, assessment: DrawSettings & { courseId: string }, seed: string): Promise<OrderableQuestion[]> {
  const rule = drawRuleOf(assessment);
  const ids =
    rule.mode === "FIXED"
      ? selectAttemptQuestionIds(
          rule,
          {
            fixed: await client.assessmentQuestion.findMany({ where: { assessmentId: assessment.id }, select: { questionId: true, position: true } }),
            bank: [],
          },
          seed,
        )
      : selectAttemptQuestionIds(
          rule,
          {
            fixed: [],
            bank: await client.question.findMany({
              where: {
                courseId: assessment.courseId,
                archivedAt: null,
                ...(rule.competencyId ? { competencyId: rule.competencyId } : {}),
                ...(rule.level ? { level: rule.level } : {}),
              },
              select: { id: true, competencyId: true, level: true },
            }),
          },
          seed,
        );
  const rows = await client.question.findMany({
    where: { id: { in: ids } },
    select: { id: true, type: true, options: { select: { id: true, position: true } } },
  });
  return positioned(rows, ids);
}

/** How many questions an attempt will ask, for the start page. */
export async function countAttemptQuestions(client: Client, assessment: DrawSettings & { courseId: string }): Promise<number> {
  const rule = drawRuleOf(assessment);
  if (rule.mode === "FIXED") return client.assessmentQuestion.count({ where: { assessmentId: assessment.id } });
  const pool = await client.question.count({
    where: {
      courseId: assessment.courseId,
      archivedAt: null,
      ...(rule.competencyId ? { competencyId: rule.competencyId } : {}),
      ...(rule.level ? { level: rule.level } : {}),
    },
  });
  return Math.min(rule.count, pool);
}

/**
 * The questions an attempt asked, exactly as authored (answered questions are never edited, so
 * these are what the official saw), positioned in the attempt's order.
 */
export async function loadAttemptQuestions(client: Client, questionIds: readonly string[]): Promise<AuthoredQuestion[]> {
  const rows = await client.question.findMany({
    where: { id: { in: [...questionIds] } },
    select: {
      id: true,
      type: true,
      prompt: true,
      points: true,
      explanation: true,
      options: { select: { id: true, label: true, position: true, isCorrect: true } },
    },
  });
  return positioned(rows, questionIds);
}

function positioned<T extends { id: string }>(rows: readonly T[], ids: readonly string[]): (T & { position: number })[] {
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.map((row) => ({ ...row, position: order.get(row.id) ?? ids.length })).sort((a, b) => a.position - b.position);
}
