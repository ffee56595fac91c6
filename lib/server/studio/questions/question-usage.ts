import "server-only";
import { draftQuestionListings } from "@/lib/domain/studio/repoint-draft-questions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

type Client = typeof db | Prisma.TransactionClient;

export type QuestionUsage = {
  /** Some attempt asked it (answered or not): it must never change again. */
  isAsked: boolean;
  /** Titles of live assessments whose fixed list holds it. */
  liveAssessments: string[];
  /** Titles of assessment lessons in the course's open version that list it. */
  draftAssessments: string[];
};

const UNUSED: QuestionUsage = { isAsked: false, liveAssessments: [], draftAssessments: [] };

/**
 * Where each of these questions of one course is used. "Asked" covers every attempt that showed
 * it — answered, skipped, or still in progress — because a result page shows the questions of
 * the attempt's stored order, answered or not.
 */
export async function findQuestionUsage(client: Client, courseId: string, questionIds: readonly string[]): Promise<Map<string, QuestionUsage>> {
  const ids = [...questionIds];
  const usage = new Map(ids.map((id) => [id, { ...UNUSED, liveAssessments: [] as string[], draftAssessments: [] as string[] }]));
  if (ids.length === 0) return usage;
  const [answered, ordered, listed, openVersion] = await Promise.all([
    client.attemptAnswer.findMany({ where: { questionId: { in: ids } }, distinct: ["questionId"], select: { questionId: true } }),
    // A submitted attempt has an answer row for every question it asked, so only the others
    // (in progress, expired) are read from their stored order, a jsonb array.
    client.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT q.id::text AS id
      FROM "AssessmentAttempt" a
      JOIN "Assessment" s ON s."id" = a."assessmentId" AND s."courseId" = ${courseId}::uuid
      CROSS JOIN LATERAL jsonb_array_elements_text(a."questionOrder"->'questionIds') AS q(id)
      WHERE a."status" <> 'SUBMITTED' AND q.id = ANY(${ids}::text[])`,
    client.assessmentQuestion.findMany({
      where: { questionId: { in: ids }, assessment: { archivedAt: null } },
      select: { questionId: true, assessment: { select: { title: true } } },
    }),
    client.courseRevision.findFirst({ where: { courseId, publishedAt: null, archivedAt: null }, select: { content: true } }),
  ]);
  for (const row of answered) usage.get(row.questionId)!.isAsked = true;
  for (const row of ordered) {
    const entry = usage.get(row.id);
    if (entry) entry.isAsked = true;
  }
  for (const row of listed) usage.get(row.questionId)?.liveAssessments.push(row.assessment.title);
  for (const [id, titles] of draftQuestionListings(openVersion?.content)) usage.get(id)?.draftAssessments.push(...titles);
  return usage;
}

export function isListedAnywhere(usage: QuestionUsage): boolean {
  return usage.liveAssessments.length > 0 || usage.draftAssessments.length > 0;
}

/** Deleting it loses no history and changes no assessment learners take. */
export function isDeletable(usage: QuestionUsage): boolean {
  return !usage.isAsked && usage.liveAssessments.length === 0;
}
