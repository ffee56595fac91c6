import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { DRAW_SETTINGS_SELECT } from "./attempt-questions";

type Client = typeof db | Prisma.TransactionClient;

export type LearnerAssessment = {
  id: string;
  title: string;
  instructions: string | null;
  passMarkPercent: number;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  drawMode: "FIXED" | "RANDOM";
  drawCount: number | null;
  drawCompetencyId: string | null;
  drawLevel: number | null;
  course: { id: string; slug: string; title: string };
  enrolmentId: string;
};

/**
 * The assessment, if the official may take it: only through an active enrolment in its course.
 * Returns null for an unknown id; throws NOT_ENROLLED when the official is not (or no longer)
 * enrolled, so an assessment id guessed from another course opens nothing.
 */
export async function findLearnerAssessment(
  client: Client,
  input: { userId: string; assessmentId: string },
): Promise<LearnerAssessment | null> {
  // An archived assessment (its lesson dropped by a later version) starts no new attempts.
  const assessment = await client.assessment.findUnique({
    where: { id: input.assessmentId, archivedAt: null },
    select: {
      id: true,
      title: true,
      instructions: true,
      passMarkPercent: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      ...DRAW_SETTINGS_SELECT,
      course: {
        select: {
          id: true,
          slug: true,
          title: true,
          enrolments: { where: { userId: input.userId, status: { not: "WITHDRAWN" } }, select: { id: true } },
        },
      },
    },
  });
  if (!assessment) return null;
  const enrolment = assessment.course.enrolments[0];
  if (!enrolment) throw new DomainError("NOT_ENROLLED");
  const { course, ...rest } = assessment;
  return { ...rest, course: { id: course.id, slug: course.slug, title: course.title }, enrolmentId: enrolment.id };
}
