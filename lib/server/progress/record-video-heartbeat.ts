import "server-only";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { applyVideoHeartbeat, type HeartbeatOutcome } from "@/lib/domain/learning/video-heartbeat";
import { findLearnerLesson } from "./find-learner-lesson";
import { creditLearningTime, lockLessonProgress, touchEnrolment } from "./lock-lesson-progress";

export type VideoHeartbeatResult = {
  outcome: HeartbeatOutcome;
  creditedSeconds: number;
  positionSeconds: number;
  /** The player must not let the learner seek past this: only continuous watching moves it. */
  maxPositionSeconds: number;
  secondsSpent: number;
};

/**
 * Applies a heartbeat from the video player. Only the reported position comes from the browser;
 * time is the server's own clock (`now`, injectable for tests). Throws DomainError NOT_ENROLLED or
 * INVALID_PROGRESS (not a video lesson, or a nonsensical position).
 */
export async function recordVideoHeartbeat(input: {
  userId: string;
  lessonId: string;
  positionSeconds: number;
  now?: Date;
}): Promise<VideoHeartbeatResult> {
  const now = input.now ?? new Date();
  const { lesson, enrolmentId, isCompetencyLinked } = await findLearnerLesson(input.userId, input.lessonId);
  if (lesson.type !== "VIDEO") throw new DomainError("INVALID_PROGRESS");

  return db.$transaction(async (tx) => {
    const progress = await lockLessonProgress(tx, { enrolmentId, lessonId: lesson.id, userId: input.userId, now });
    const result = applyVideoHeartbeat(progress, { positionSeconds: input.positionSeconds }, now, lesson);
    const { state } = result;
    if (result.outcome !== "STALE") {
      await tx.lessonProgress.update({
        where: { enrolmentId_lessonId: { enrolmentId, lessonId: lesson.id } },
        data: {
          positionSeconds: state.positionSeconds,
          maxPositionSeconds: state.maxPositionSeconds,
          secondsSpent: state.secondsSpent,
          lastHeartbeatAt: state.lastHeartbeatAt,
        },
        select: { lessonId: true },
      });
      await creditLearningTime(tx, { userId: input.userId, now, seconds: result.creditedSeconds, isCompetencyLinked });
      await touchEnrolment(tx, { enrolmentId, now });
    }
    return {
      outcome: result.outcome,
      creditedSeconds: result.creditedSeconds,
      positionSeconds: state.positionSeconds,
      maxPositionSeconds: state.maxPositionSeconds,
      secondsSpent: state.secondsSpent,
    };
  });
}
