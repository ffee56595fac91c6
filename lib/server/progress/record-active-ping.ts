import "server-only";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { applyActivePing, type ActivePingResult } from "@/lib/domain/learning/active-time";
import { findLearnerLesson } from "./find-learner-lesson";
import { creditLearningTime, lockLessonProgress, touchEnrolment } from "./lock-lesson-progress";

export type ActivePingOutcome = { outcome: ActivePingResult["outcome"]; creditedSeconds: number; secondsSpent: number };

/**
 * Applies a "still reading" ping from a TEXT or PDF lesson, timed by the server clock. Throws
 * DomainError NOT_ENROLLED, or INVALID_PROGRESS for other lesson types (videos are timed by their
 * heartbeats, links by the visit, assessments by the attempt).
 */
export async function recordActivePing(input: { userId: string; lessonId: string; now?: Date }): Promise<ActivePingOutcome> {
  const now = input.now ?? new Date();
  const { lesson, enrolmentId, isCompetencyLinked } = await findLearnerLesson(input.userId, input.lessonId);
  if (lesson.type !== "TEXT" && lesson.type !== "PDF") throw new DomainError("INVALID_PROGRESS");

  return db.$transaction(async (tx) => {
    const progress = await lockLessonProgress(tx, { enrolmentId, lessonId: lesson.id, userId: input.userId, now });
    const result = applyActivePing(progress, now);
    if (result.outcome !== "STALE") {
      await tx.lessonProgress.update({
        where: { enrolmentId_lessonId: { enrolmentId, lessonId: lesson.id } },
        data: { secondsSpent: result.state.secondsSpent, lastHeartbeatAt: result.state.lastHeartbeatAt },
        select: { lessonId: true },
      });
      await creditLearningTime(tx, { userId: input.userId, now, seconds: result.creditedSeconds, isCompetencyLinked });
      await touchEnrolment(tx, { enrolmentId, now });
    }
    return { outcome: result.outcome, creditedSeconds: result.creditedSeconds, secondsSpent: result.state.secondsSpent };
  });
}
