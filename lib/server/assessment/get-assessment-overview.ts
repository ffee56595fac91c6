import "server-only";
import { attemptsRemaining, isAttemptExpired } from "@/lib/domain/learning/attempt-rules";
import { db } from "@/lib/server/db";
import { countAttemptQuestions } from "./attempt-questions";
import { findLearnerAssessment } from "./find-learner-assessment";

export type AttemptHistoryItem = {
  id: string;
  attemptNumber: number;
  /** IN_PROGRESS past its deadline and grace reads as EXPIRED, whether or not the row says so yet. */
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
  startedAt: Date;
  submittedAt: Date | null;
  percent: number | null;
  passed: boolean | null;
};

export type AssessmentOverview = {
  id: string;
  title: string;
  instructions: string | null;
  passMarkPercent: number;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  questionCount: number;
  course: { id: string; slug: string; title: string };
  /** Newest first. */
  attempts: AttemptHistoryItem[];
  attemptsRemaining: number | null;
  openAttemptId: string | null;
  hasPassed: boolean;
  canStart: boolean;
  certificateCode: string | null;
};

/**
 * The assessment's start page and the official's attempt history. Returns null for an unknown
 * assessment; throws DomainError NOT_ENROLLED when the official may not take it.
 */
export async function getAssessmentOverview(input: { userId: string; assessmentId: string; now?: Date }): Promise<AssessmentOverview | null> {
  const now = input.now ?? new Date();
  const assessment = await findLearnerAssessment(db, input);
  if (!assessment) return null;

  const [questionCount, rows, certificate] = await Promise.all([
    countAttemptQuestions(db, { ...assessment, courseId: assessment.course.id }),
    db.assessmentAttempt.findMany({
      where: { assessmentId: assessment.id, userId: input.userId },
      orderBy: { attemptNumber: "desc" },
      select: { id: true, attemptNumber: true, status: true, startedAt: true, expiresAt: true, submittedAt: true, percent: true, passed: true },
    }),
    db.certificate.findUnique({ where: { enrolmentId: assessment.enrolmentId }, select: { code: true, revokedAt: true } }),
  ]);

  const attempts: AttemptHistoryItem[] = rows.map(({ expiresAt, ...row }) => ({
    ...row,
    status: row.status === "IN_PROGRESS" && isAttemptExpired({ expiresAt }, now) ? "EXPIRED" : row.status,
  }));
  const openAttemptId = attempts.find((attempt) => attempt.status === "IN_PROGRESS")?.id ?? null;
  const hasPassed = attempts.some((attempt) => attempt.passed === true);
  const remaining = attemptsRemaining({ maxAttempts: assessment.maxAttempts }, rows);

  return {
    id: assessment.id,
    title: assessment.title,
    instructions: assessment.instructions,
    passMarkPercent: assessment.passMarkPercent,
    timeLimitSeconds: assessment.timeLimitSeconds,
    maxAttempts: assessment.maxAttempts,
    questionCount,
    course: assessment.course,
    attempts,
    attemptsRemaining: remaining,
    openAttemptId,
    hasPassed,
    canStart: !hasPassed && questionCount > 0 && (openAttemptId !== null || remaining === null || remaining > 0),
    certificateCode: certificate && !certificate.revokedAt ? certificate.code : null,
  };
}
